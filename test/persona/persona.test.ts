import { describe, expect, it } from 'vitest';
import { toJsonSchema, ValidationError } from '../../src/core/index.js';
import { parseWithSchema } from '../../src/core/internal.js';
import { PERSONA_MARKETS, PersonaSchema } from '../../src/persona/index.js';
import { persona } from './fixtures.js';

function problems(input: unknown): string[] {
  const r = PersonaSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('PersonaSchema', () => {
  it('parses a full persona and fills the lists it lacks', () => {
    const full = PersonaSchema.parse(
      persona({
        description: 'Works in the Part-Dieu business district, buys lunch near the office.',
        market: 'b2b',
        ageRange: { min: 25, max: 35 },
        locations: [{ country: 'FR', region: 'Auvergne-Rhône-Alpes', city: 'Lyon' }],
        languages: ['fr-fr', 'en'],
        goals: ['A quick, good lunch'],
        painPoints: ['Queues at noon'],
        objections: ['Too expensive for every day'],
        interests: ['Food', 'Running'],
        platforms: [
          { platform: 'instagram', weight: 3 },
          { platform: 'linkedin', weight: 1 },
        ],
        preferredFormats: ['story', 'shortVideo'],
      }),
    );
    expect(full.languages).toEqual(['fr-FR', 'en']);
    expect(full.ageRange).toEqual({ min: 25, max: 35 });
    const minimal = PersonaSchema.parse(persona());
    expect(minimal.description).toBe('');
    expect(minimal.goals).toEqual([]);
    expect(minimal.locations).toEqual([]);
    expect(minimal.preferredFormats).toEqual([]);
    expect(PERSONA_MARKETS).toEqual(['b2b', 'b2c']);
  });

  it('refuses what is wrong, naming the field', () => {
    expect(problems(persona({ market: 'B2C' as never }))[0]).toMatch(/^market/);
    expect(problems(persona({ ageRange: { min: 40, max: 30 } }))[0]).toMatch(/^ageRange\.max: ageRange\.min must not be above/);
    expect(problems(persona({ ageRange: { min: 20.5, max: 30 } }))[0]).toMatch(/^ageRange\.min/);
    expect(problems(persona({ locations: [{ country: 'UK' }] }))[0]).toMatch(/GB/);
    expect(problems(persona({ locations: [{ country: 'EL' }] }))[0]).toMatch(/GR/);
    expect(problems(persona({ locations: [{ country: 'fr' }] }))[0]).toMatch(/^locations\.0\.country/);
    expect(problems(persona({ languages: ['not a tag'] }))[0]).toMatch(/BCP 47/);
    expect(problems(persona({ platforms: [{ platform: 'instagram', weight: -1 }] }))[0]).toMatch(/negative/);
    expect(problems(persona({ platforms: [{ platform: 'twitter' as never, weight: 1 }] }))[0]).toMatch(/^platforms\.0\.platform/);
    expect(
      problems(
        persona({
          platforms: [
            { platform: 'x', weight: 1 },
            { platform: 'x', weight: 2 },
          ],
        }),
      ),
    ).toEqual(["platforms.1.platform: Platform 'x' is listed twice"]);
    expect(problems(persona({ timeZone: 'Europe/Lyon' }))[0]).toMatch(/^timeZone/);
    expect(problems(persona({ preferredFormats: ['reel' as never] }))[0]).toMatch(/^preferredFormats\.0/);
    expect(problems(persona({ name: '' }))[0]).toMatch(/^name: Must not be empty/);
    expect(problems({ ...persona(), painpoints: ['typo'] })[0]).toMatch(/painpoints/);
    expect(problems(JSON.parse('{"__proto__": {"x": 1}}'))).not.toEqual([]);
    expect(() => parseWithSchema(PersonaSchema, persona({ id: '' }), { name: 'persona' })).toThrow(ValidationError);
  });

  it('exports as JSON Schema', () => {
    const json = toJsonSchema(PersonaSchema) as { properties: Record<string, unknown> };
    expect(Object.keys(json.properties)).toContain('activity');
  });
});
