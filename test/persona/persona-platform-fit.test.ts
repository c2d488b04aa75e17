import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { personaPlatformFit } from '../../src/persona/index.js';
import { sweep } from '../support/hostile.js';
import { persona } from './fixtures.js';

describe('personaPlatformFit', () => {
  const lea = persona({
    platforms: [
      { platform: 'instagram', weight: 6 },
      { platform: 'tiktok', weight: 2 },
      { platform: 'facebook', weight: 2 },
    ],
  });

  it('scores each platform by its share of the persona’s use, best first, ties in input order', () => {
    expect(personaPlatformFit(lea, ['linkedin', 'facebook', 'tiktok', 'instagram'])).toEqual([
      { platform: 'instagram', score: 0.6, reaches: true },
      { platform: 'facebook', score: 0.2, reaches: true },
      { platform: 'tiktok', score: 0.2, reaches: true },
      { platform: 'linkedin', score: 0, reaches: false },
    ]);
    expect(personaPlatformFit(lea, [])).toEqual([]);
  });

  it('gives 0 everywhere when all weights are 0', () => {
    expect(personaPlatformFit(persona({ platforms: [{ platform: 'x', weight: 0 }] }), ['x'])).toEqual([{ platform: 'x', score: 0, reaches: false }]);
  });

  it('handles huge weights without overflow', () => {
    const fit = personaPlatformFit(persona({ platforms: [{ platform: 'x', weight: 1e308 }, { platform: 'threads', weight: 1e308 }] }), ['x']);
    expect(fit[0]!.score).toBe(0.5);
  });

  it('refuses bad input', () => {
    expect(() => personaPlatformFit(lea, ['instagram', 'instagram'])).toThrow(/listed twice/);
    expect(() => personaPlatformFit(lea, ['twitter' as never])).toThrow(ValidationError);
    expect(() => personaPlatformFit({ ...lea, id: undefined } as never, ['x'])).toThrow(ValidationError);
    expect(() => personaPlatformFit(lea, 'x' as never)).toThrow(/platforms/);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(lea);
    personaPlatformFit(Object.freeze(lea), Object.freeze(['x', 'instagram'] as const));
    expect(JSON.stringify(lea)).toBe(before);
  });

  it('survives hostile input', () => {
    sweep(personaPlatformFit, [lea, ['instagram']]);
  });
});
