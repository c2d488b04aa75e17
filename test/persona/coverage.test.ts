import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/persona/index.js';
import { sweep } from '../support/hostile.js';
import { persona } from './fixtures.js';

describe('coverage', () => {
  const personas = [
    persona({ id: 'lea', platforms: [{ platform: 'instagram', weight: 3 }, { platform: 'tiktok', weight: 1 }] }),
    persona({ id: 'marc', platforms: [{ platform: 'linkedin', weight: 1 }] }),
    persona({ id: 'odile', platforms: [{ platform: 'facebook', weight: 9 }, { platform: 'instagram', weight: 1 }] }),
    persona({ id: 'nobody', platforms: [] }),
  ];

  it('lists who each chosen platform reaches, and who none reaches', () => {
    expect(coverage(personas, ['instagram', 'facebook'])).toEqual({
      personas: [
        { personaId: 'lea', reachedBy: ['instagram'], share: 0.75 },
        { personaId: 'marc', reachedBy: [], share: 0 },
        { personaId: 'odile', reachedBy: ['facebook', 'instagram'], share: 1 },
        { personaId: 'nobody', reachedBy: [], share: 0 },
      ],
      uncovered: ['marc', 'nobody'],
    });
  });

  it('ignores platforms below minShare', () => {
    const c = coverage(personas, ['instagram', 'facebook'], { minShare: 0.2 });
    expect(c.personas[2]).toEqual({ personaId: 'odile', reachedBy: ['facebook'], share: 0.9 });
    expect(coverage(personas, ['instagram'], { minShare: 0.2 }).uncovered).toEqual(['marc', 'odile', 'nobody']);
  });

  it('refuses bad input', () => {
    expect(() => coverage([personas[0]!, personas[0]!], ['x'])).toThrow(/appears twice/);
    expect(() => coverage(personas, ['x'], { minShare: 2 })).toThrow(/options\.minShare/);
    expect(() => coverage(personas, ['x', 'x'])).toThrow(/listed twice/);
    expect(() => coverage(null as never, ['x'])).toThrow(/personas/);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(personas);
    coverage(Object.freeze(personas.map((p) => Object.freeze(p))), ['instagram'], Object.freeze({ minShare: 0.1 }));
    expect(JSON.stringify(personas)).toBe(before);
  });

  it('survives hostile input', () => {
    sweep(coverage, [personas.slice(0, 2), ['instagram'], { minShare: 0 }], ['minShare']);
  });
});
