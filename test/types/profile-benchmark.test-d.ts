// Type tests of issue 20: the contract shapes of socialkit/profile and
// socialkit/benchmark compile, their misuses do not, and the finding codes
// are literal.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import * as benchmark from '../../src/benchmark/index.js';
import * as editorial from '../../src/editorial/index.js';
import * as profile from '../../src/profile/index.js';

type IsLiteralUnion<T> = [T] extends [string] ? (string extends T ? false : true) : false;

describe('profile', () => {
  it('checkProfile(profile, { platform, overrides, brandHandles, requireUtm }) and the literal codes', () => {
    const findings = profile.checkProfile({ username: 'boulangerie_m' }, { platform: 'x', brandHandles: { instagram: 'boulangerie_m' }, requireUtm: true });
    expectTypeOf(findings[0]!.code).toEqualTypeOf<profile.ProfileFindingCode>();
    expectTypeOf<IsLiteralUnion<profile.ProfileFindingCode>>().toEqualTypeOf<true>();
    // @ts-expect-error: the platform is required
    profile.checkProfile({}, {});
    // @ts-expect-error: 'twitter' is not a platform id
    profile.checkProfile({}, { platform: 'twitter' });
  });
  it('ProfileInput is the schema input; profileKit(platforms, { brand })', () => {
    expectTypeOf<profile.ProfileInput>().toEqualTypeOf<z.input<typeof profile.ProfileSchema>>();
    expectTypeOf(profile.profileKit(['x'], { brand: 'B' }).masters[0]!.size.width).toEqualTypeOf<number>();
    // @ts-expect-error: the brand is required
    profile.profileKit(['x'], {});
  });
  it("measureText(text, platform, { field: 'bio' })", () => {
    expectTypeOf(editorial.measureText('a', 'x', { field: 'bio' }).limit).toEqualTypeOf<number>();
    // @ts-expect-error: not a field
    editorial.measureText('a', 'x', { field: 'about' });
  });
});

describe('benchmark', () => {
  it('benchmarkCompetitors({ brand, competitors, period, timeZone, locale })', () => {
    const account = { id: 'a', name: 'A', posts: [] };
    const result = benchmark.benchmarkCompetitors({ brand: account, competitors: [account], period: { from: '2027-03-01', to: '2027-03-07' }, timeZone: 'Europe/Paris', locale: 'fr' });
    expectTypeOf(result.metrics[0]!.zScore).toEqualTypeOf<number | null>();
    expectTypeOf(result.engagementRate).toEqualTypeOf<{ base: 'followers'; method: 'meanOfRatios' }>();
    expectTypeOf<benchmark.CompetitorPostInput>().toEqualTypeOf<z.input<typeof benchmark.CompetitorPostSchema>>();
    // @ts-expect-error: the period is required
    benchmark.benchmarkCompetitors({ brand: account, competitors: [], timeZone: 'Europe/Paris' });
  });
});
