import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { InfeasibleError, toJsonSchema, ValidationError } from '../../src/core/index.js';
import {
  EditorialLineSchema,
  expandMixPreset,
  mixPresets,
  mixReport,
  nextPillar,
  PostSchema,
  type EditorialLineInput,
  type PostInput,
} from '../../src/editorial/index.js';
import { LINE, POST } from './fixtures.js';

const posts = (pillars: string[], extra: Partial<PostInput> = {}): PostInput[] => pillars.map((pillar, i) => ({ ...POST, id: `p${i}`, pillar, ...extra }));

describe('mix presets', () => {
  it('split each bucket equally between the pillars of its roles', () => {
    expect(expandMixPreset('eightyTwenty', [{ id: 'tips' }, { id: 'offers', role: 'promotional' }])).toEqual({ tips: 0.8, offers: 0.2 });
    expect(expandMixPreset('eightyTwenty', [{ id: 'a' }, { id: 'b', role: 'curated' }, { id: 'c', role: 'conversation' }, { id: 'd', role: 'promotional' }])).toEqual({
      a: 0.8 / 3,
      b: 0.8 / 3,
      c: 0.8 / 3,
      d: 0.2,
    });
    const fourOneOne = expandMixPreset('fourOneOne', [{ id: 'press', role: 'curated' }, { id: 'tips' }, { id: 'offers', role: 'promotional' }]);
    expect(fourOneOne.press).toBeCloseTo(4 / 6, 12);
    expect(fourOneOne.tips).toBeCloseTo(1 / 6, 12);
    expect(fourOneOne.offers).toBeCloseTo(1 / 6, 12);
    const thirds = expandMixPreset('ruleOfThirds', [{ id: 'offers', role: 'promotional' }, { id: 'tips' }, { id: 'press', role: 'curated' }, { id: 'replies', role: 'conversation' }]);
    expect(thirds).toEqual({ offers: 1 / 3, tips: 1 / 6, press: 1 / 6, replies: 1 / 3 });
  });

  it('sum to 1', () => {
    for (const buckets of Object.values(mixPresets)) expect(buckets.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
  });

  it('refuse a preset whose bucket has no pillar, and malformed arguments', () => {
    expect(() => expandMixPreset('fourOneOne', [{ id: 'tips' }, { id: 'offers', role: 'promotional' }])).toThrow(InfeasibleError);
    expect(() => expandMixPreset('fourOneOne', [{ id: 'tips' }])).toThrow(/gives 66.7 % to curated content/);
    expect(() => expandMixPreset('sixtyForty' as never, [])).toThrow(ValidationError);
    expect(() => expandMixPreset('eightyTwenty', 'all' as never)).toThrow(ValidationError);
    expect(() => expandMixPreset('eightyTwenty', [null as never])).toThrow(ValidationError);
    expect(() => expandMixPreset('eightyTwenty', [{ id: '__proto__' }])).toThrow(/camelCase/);
    expect(() => expandMixPreset('eightyTwenty', [{ id: 'a', role: 'sales' as never }])).toThrow(/role/);
  });
});

describe('EditorialLineSchema and PostSchema', () => {
  it('applies defaults and accepts a preset instead of shares', () => {
    const line = EditorialLineSchema.parse({ name: 'D', languages: ['fr'], mixPreset: 'eightyTwenty', pillars: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', role: 'promotional' }] });
    expect(line.tone.forbiddenTerms).toEqual([]);
    expect(line.hashtags).toEqual({ branded: [], maxPerPlatform: {} });
    expect(line.pillars[0]!.role).toBe('original');
  });

  it.each<[string, EditorialLineInput, RegExp]>([
    ['shares that do not add up to 1', { ...LINE, pillars: [{ id: 'a', name: 'A', targetShare: 0.5 }] }, /add up to 0.5/],
    ['a pillar without share and no preset', { ...LINE, pillars: [{ id: 'a', name: 'A' }] }, /needs a targetShare/],
    ['both a preset and shares', { ...LINE, mixPreset: 'eightyTwenty' }, /either mixPreset or each pillar's targetShare/],
    ['a preset missing a role', { ...LINE, mixPreset: 'fourOneOne', pillars: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', role: 'promotional' }] }, /needs a pillar with role curated/],
    ['a pillar id used twice', { ...LINE, pillars: [{ id: 'a', name: 'A', targetShare: 0.5 }, { id: 'a', name: 'B', targetShare: 0.5 }] }, /used twice/],
    ['format shares that do not add up to 1', { ...LINE, formatTargets: { image: 0.5 } }, /format target shares add up to 0.5/],
    ['a language that is not BCP 47', { ...LINE, languages: ['français'] }, /BCP 47/],
    ['a pillar id that is not camelCase', { ...LINE, pillars: [{ id: 'Savoir Faire', name: 'A', targetShare: 1 }] }, /camelCase/],
  ])('refuses %s', (_what, line, message) => {
    const result = EditorialLineSchema.safeParse(line);
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error!)).toMatch(message);
  });

  it('keeps PostSchema a plain object the calendar can extend, and exportable as JSON Schema', () => {
    const Scheduled = PostSchema.extend({ at: z.string() });
    expect(Scheduled.parse({ ...POST, at: '2027-03-01T09:00:00+01:00' }).at).toBe('2027-03-01T09:00:00+01:00');
    const json = toJsonSchema(PostSchema);
    expect(Object.keys(json.properties as object)).toEqual(['id', 'platform', 'text', 'format', 'pillar', 'objectiveType', 'language', 'media', 'links', 'callToAction']);
    expect(PostSchema.safeParse({ ...POST, links: ['javascript:alert(1)'] }).success).toBe(false);
  });
});

describe('mixReport', () => {
  it('compares actual shares with the targets (worked example: 3 of 4 posts in a 50 % pillar)', () => {
    const line: EditorialLineInput = { ...LINE, pillars: [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5 }, { id: 'offres', name: 'Offres', targetShare: 0.5 }], formatTargets: { image: 0.75, carousel: 0.25 } };
    const r = mixReport([...posts(['savoirFaire', 'savoirFaire', 'offres', 'savoirFaire']).slice(0, 3), { ...POST, id: 'x', pillar: 'savoirFaire', platform: 'linkedin', format: 'text' }], { editorialLine: line });
    expect(r.total).toBe(4);
    expect(r.pillars).toEqual([
      { key: 'savoirFaire', name: 'Savoir-faire', count: 3, actual: 0.75, target: 0.5, deviation: 0.25, absoluteDeviation: 0.25 },
      { key: 'offres', name: 'Offres', count: 1, actual: 0.25, target: 0.5, deviation: -0.25, absoluteDeviation: 0.25 },
    ]);
    expect(r.largestDeviation).toEqual({ pillar: 'savoirFaire', deviation: 0.25 });
    // TVD = ½ (0.25 + 0.25); chi-square = (3 − 2)²/2 + (1 − 2)²/2 = 1 with 1 degree of freedom.
    expect(r.totalVariationDistance).toBe(0.25);
    expect(r.chiSquare).toEqual({ statistic: 1, degreesOfFreedom: 1 });
    expect(r.formats).toEqual([
      { key: 'text', count: 1, actual: 0.25, target: 0, deviation: 0.25, absoluteDeviation: 0.25 },
      { key: 'image', count: 3, actual: 0.75, target: 0.75, deviation: 0, absoluteDeviation: 0 },
      { key: 'carousel', count: 0, actual: 0, target: 0.25, deviation: -0.25, absoluteDeviation: 0.25 },
    ]);
    expect(r.platforms).toEqual([
      { key: 'instagram', count: 3, actual: 0.75, target: 0.8, deviation: 0.75 - 0.8, absoluteDeviation: Math.abs(0.75 - 0.8) },
      { key: 'linkedin', count: 1, actual: 0.25, target: 0.2, deviation: 0.25 - 0.2, absoluteDeviation: Math.abs(0.25 - 0.2) },
    ]);
    expect(r.unknownPillars).toEqual([]);
  });

  it('counts posts in unknown pillars in the distance and drops the chi-square', () => {
    const r = mixReport(posts(['savoirFaire', 'recettes']), { editorialLine: LINE });
    expect(r.unknownPillars).toEqual([{ pillar: 'recettes', count: 1 }]);
    expect(r.totalVariationDistance).toBeCloseTo(0.5 * (Math.abs(0.5 - 0.5) + 0.3 + 0.2 + 0.5), 12);
    expect(r.chiSquare).toBeNull();
  });

  it('says null, not NaN, without posts; null targets when the line sets none', () => {
    const r = mixReport([], { editorialLine: { ...LINE, frequencyPerWeek: {} } });
    expect(r).toMatchObject({ total: 0, largestDeviation: null, totalVariationDistance: null, chiSquare: null, formats: [], platforms: [] });
    expect(r.pillars[0]).toMatchObject({ actual: null, deviation: null, absoluteDeviation: null });
    expect(mixReport(posts(['offres']), { editorialLine: { ...LINE, frequencyPerWeek: {} } }).platforms).toEqual([{ key: 'instagram', count: 1, actual: 1, target: null, deviation: null, absoluteDeviation: null }]);
  });

  it('drops the chi-square when a pillar with target 0 has posts', () => {
    const line = { ...LINE, pillars: [{ id: 'a', name: 'A', targetShare: 1 }, { id: 'b', name: 'B', targetShare: 0 }] };
    expect(mixReport(posts(['a', 'b']), { editorialLine: line }).chiSquare).toBeNull();
    expect(mixReport(posts(['a']), { editorialLine: line }).chiSquare).toEqual({ statistic: 0, degreesOfFreedom: 0 });
  });

  it('refuses malformed posts and lines', () => {
    expect(() => mixReport('posts' as never, { editorialLine: LINE })).toThrow(ValidationError);
    expect(() => mixReport([{ ...POST, format: 'reel' } as never], { editorialLine: LINE })).toThrow(/posts\[0\]|format/);
    expect(() => mixReport([], { name: 'x' } as never)).toThrow(ValidationError);
  });
});

describe('nextPillar', () => {
  it('starts with the largest target and follows the deficits', () => {
    expect(nextPillar([], { editorialLine: LINE })).toEqual({ pillar: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5, actualShare: null, deficit: 0.5 });
    expect(nextPillar(posts(['savoirFaire']), { editorialLine: LINE }).pillar).toBe('communaute');
    expect(nextPillar(posts(['savoirFaire', 'communaute']), { editorialLine: LINE }).pillar).toBe('offres');
  });

  it('keeps every pillar within one post of its target share when followed (quota property), for each preset', () => {
    const lines: EditorialLineInput[] = [
      LINE,
      { ...LINE, pillars: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', role: 'curated' }, { id: 'c', name: 'C', role: 'promotional' }], mixPreset: 'fourOneOne' },
      { ...LINE, pillars: [{ id: 'a', name: 'A' }, { id: 'c', name: 'C', role: 'promotional' }, { id: 'd', name: 'D', role: 'conversation' }], mixPreset: 'ruleOfThirds' },
    ];
    for (const line of lines) {
      const parsed = EditorialLineSchema.parse(line);
      const plan: PostInput[] = [];
      for (let n = 0; n < 60; n += 1) {
        plan.push({ ...POST, id: `p${n}`, pillar: nextPillar(plan, { editorialLine: line }).pillar });
        const report = mixReport(plan, { editorialLine: line });
        for (const p of report.pillars) expect(Math.abs(p.count - (p.target ?? 0) * plan.length)).toBeLessThan(1);
      }
      expect(parsed.pillars.length).toBeGreaterThan(0);
    }
  });

  it('ignores pillars with target 0 and breaks ties by the larger target, then the line’s order', () => {
    const line = { ...LINE, pillars: [{ id: 'a', name: 'A', targetShare: 0.25 }, { id: 'b', name: 'B', targetShare: 0.75 }, { id: 'z', name: 'Z', targetShare: 0 }] };
    expect(nextPillar([], { editorialLine: line }).pillar).toBe('b');
    expect(nextPillar(posts(['z', 'z']), { editorialLine: line }).pillar).toBe('b');
    const even = { ...LINE, pillars: [{ id: 'a', name: 'A', targetShare: 0.5 }, { id: 'b', name: 'B', targetShare: 0.5 }] };
    expect(nextPillar([], { editorialLine: even }).pillar).toBe('a');
  });
});
