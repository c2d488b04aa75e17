// Type tests (vitest typecheck mode): the argument shapes the issues call
// contracts compile, their misuses do not, and the exported types say what
// the runtime does. Run by `npm test` (vitest `typecheck`), and once more
// under TypeScript 5.4 by `.ci/run` (`npm run test:types:5.4`).
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Decimal, Ratio } from '../../src/core/index.js';
import * as core from '../../src/core/index.js';
import * as kpi from '../../src/kpi/index.js';
import * as persona from '../../src/persona/index.js';
import * as strategy from '../../src/strategy/index.js';
import * as editorial from '../../src/editorial/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as crisis from '../../src/crisis/index.js';

/** True when `T` is a union of string literals, not `string` itself. */
type IsLiteralUnion<T> = [T] extends [string] ? (string extends T ? false : true) : false;

describe('ratios', () => {
  it('Ratio is number | null', () => {
    expectTypeOf<Ratio>().toEqualTypeOf<number | null>();
    expectTypeOf(kpi.ctr({ clicks: 1, impressions: 2 })).toEqualTypeOf<number | null>();
    expectTypeOf(kpi.engagementRateByReach({ engagements: 1, reach: 2 })).toEqualTypeOf<number | null>();
    expectTypeOf(core.ratio(1, 2)).toEqualTypeOf<number | null>();
  });
  it('money-valued results are Decimal (or null)', () => {
    expectTypeOf(kpi.cpc({ cost: '1.5', clicks: 3 })).toEqualTypeOf<Decimal | null>();
  });
});

describe('input types equal their schemas', () => {
  it('every XxxInput is z.input of XxxSchema', () => {
    expectTypeOf<core.FindingInput>().toEqualTypeOf<z.input<typeof core.FindingSchema>>();
    expectTypeOf<persona.PersonaInput>().toEqualTypeOf<z.input<typeof persona.PersonaSchema>>();
    expectTypeOf<strategy.ObjectiveInput>().toEqualTypeOf<z.input<typeof strategy.ObjectiveSchema>>();
    expectTypeOf<strategy.StrategyInput>().toEqualTypeOf<z.input<typeof strategy.StrategySchema>>();
    expectTypeOf<editorial.PostInput>().toEqualTypeOf<z.input<typeof editorial.PostSchema>>();
    expectTypeOf<editorial.PostMediaInput>().toEqualTypeOf<z.input<typeof editorial.PostMediaSchema>>();
    expectTypeOf<editorial.EditorialLineInput>().toEqualTypeOf<z.input<typeof editorial.EditorialLineSchema>>();
    expectTypeOf<editorial.ContentPillarInput>().toEqualTypeOf<z.input<typeof editorial.ContentPillarSchema>>();
    expectTypeOf<editorial.ToneOfVoiceInput>().toEqualTypeOf<z.input<typeof editorial.ToneOfVoiceSchema>>();
    expectTypeOf<editorial.HashtagPolicyInput>().toEqualTypeOf<z.input<typeof editorial.HashtagPolicySchema>>();
    expectTypeOf<calendar.PlanInput>().toEqualTypeOf<z.input<typeof calendar.PlanSchema>>();
    expectTypeOf<calendar.PlannedPostInput>().toEqualTypeOf<z.input<typeof calendar.PlannedPostSchema>>();
    expectTypeOf<calendar.SlotPatternInput>().toEqualTypeOf<z.input<typeof calendar.SlotPatternSchema>>();
    expectTypeOf<calendar.ObservanceInput>().toEqualTypeOf<z.input<typeof calendar.ObservanceSchema>>();
    expectTypeOf<calendar.BlackoutInput>().toEqualTypeOf<z.input<typeof calendar.BlackoutSchema>>();
    expectTypeOf<calendar.FreezeInput>().toEqualTypeOf<z.input<typeof calendar.FreezeSchema>>();
    expectTypeOf<calendar.HistoryEntryInput>().toEqualTypeOf<z.input<typeof calendar.HistoryEntrySchema>>();
    expectTypeOf<calendar.ApprovalPolicyInput>().toEqualTypeOf<z.input<typeof calendar.ApprovalPolicySchema>>();
    expectTypeOf<calendar.PlatformConstraintsInput>().toEqualTypeOf<z.input<typeof calendar.PlatformConstraintsSchema>>();
    expectTypeOf<calendar.PlanCalendarInput>().toEqualTypeOf<z.input<typeof calendar.PlanCalendarInputSchema>>();
  });
  it('every Xxx is z.output of XxxSchema', () => {
    expectTypeOf<persona.Persona>().toEqualTypeOf<z.output<typeof persona.PersonaSchema>>();
    expectTypeOf<editorial.Post>().toEqualTypeOf<z.output<typeof editorial.PostSchema>>();
    expectTypeOf<calendar.Plan>().toEqualTypeOf<z.output<typeof calendar.PlanSchema>>();
  });
});

describe('finding codes are literal unions', () => {
  it('are not plain strings', () => {
    expectTypeOf<IsLiteralUnion<editorial.PostFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<calendar.PlanFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<core.ErrorCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<core.IssueCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<editorial.AdaptationFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<persona.AudienceFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<strategy.SmartFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<strategy.StrategyFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<strategy.UtmFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<crisis.ResponsePlanFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<IsLiteralUnion<kpi.MetricFindingCode>>().toEqualTypeOf<true>();
    expectTypeOf<'unknownKey'>().toMatchTypeOf<core.IssueCode>();
    expectTypeOf<'overLimit'>().toMatchTypeOf<editorial.PostFindingCode>();
  });
});

describe('summarizeAsync takes the iterables its docs name', () => {
  const record = { platform: 'x' as const, publishedAt: new Date(0), impressions: 2, reach: 1, engagements: 1, clicks: 0 };
  it('an array, a generator, an async generator', () => {
    void kpi.summarizeAsync([record], { by: ['platform'] });
    void kpi.summarizeAsync((function* () { yield record; })(), { by: ['platform'] });
    void kpi.summarizeAsync((async function* () { yield record; })(), { by: ['platform'] });
    expectTypeOf(kpi.summarizeAsync([record])).resolves.toEqualTypeOf<kpi.SummaryResult>();
  });
  it('a record whose metric the platform never reports (null), and null totals in the rows', () => {
    void kpi.summarizeAsync([{ ...record, reach: null }]);
    expectTypeOf<kpi.SummaryRow['reach']>().toEqualTypeOf<number | null>();
  });
  it('not a single record', () => {
    // @ts-expect-error a record is not an iterable of records
    void kpi.summarizeAsync(record);
  });
});

describe('contract shapes', () => {
  it('ctr({ clicks, impressions })', () => {
    expectTypeOf(kpi.ctr).parameters.toEqualTypeOf<[{ clicks: number; impressions: number }]>();
    // @ts-expect-error formulas take one object, not positional numbers
    kpi.ctr(5, 100);
    // @ts-expect-error impressions is required
    kpi.ctr({ clicks: 5 });
    // @ts-expect-error counts are numbers, not strings
    kpi.ctr({ clicks: '5', impressions: 100 });
  });
  it('measureText(text, platform, options?)', () => {
    expectTypeOf(editorial.measureText('hi', 'x').length).toEqualTypeOf<number>();
    // @ts-expect-error an unknown platform id
    editorial.measureText('hi', 'myspace');
    // @ts-expect-error the text comes first
    editorial.measureText('x');
  });
  it('planCalendar(input)', () => {
    expectTypeOf(calendar.planCalendar).parameter(0).toMatchTypeOf<object>();
    expectTypeOf(calendar.planCalendar).returns.toEqualTypeOf<calendar.Plan>();
    // @ts-expect-error planCalendar takes one input object
    calendar.planCalendar();
  });
  it('instants and money inputs are typed, not unknown', () => {
    // @ts-expect-error an instant is a Date or an ISO string, not a number
    const at: calendar.PlannedPostInput['at'] = 42;
    void at;
    expectTypeOf<core.MoneyInput>().toEqualTypeOf<number | string | Decimal>();
  });
});
