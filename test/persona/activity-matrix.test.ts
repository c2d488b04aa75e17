import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { activityMatrix, ActivityMatrixSchema, buildActivityMatrix } from '../../src/persona/index.js';
import { sweep } from '../support/hostile.js';
import { flat, total } from './fixtures.js';

function issue(call: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const first = (error as ValidationError).issues[0]!;
    return { code: first.code, path: first.path };
  }
  throw new Error('expected a ValidationError');
}

describe('activityMatrix', () => {
  it('returns a fresh copy of a valid 7 × 24 matrix', () => {
    const input = flat(2);
    const out = activityMatrix(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    expect(out[0]).not.toBe(input[0]);
  });

  it('turns -0 into 0', () => {
    const m = flat(0);
    m[0]![0] = -0;
    expect(Object.is(activityMatrix(m)[0]![0], 0)).toBe(true);
  });

  it('refuses wrong shapes and values, naming the cell', () => {
    expect(issue(() => activityMatrix([[1, 2, 3]]))).toEqual({ code: 'invalidType', path: ['activity'] });
    expect(issue(() => activityMatrix(null, ['personas', 0, 'activity']))).toEqual({ code: 'invalidType', path: ['personas', 0, 'activity'] });
    const short = flat(1);
    short[3] = [1, 2];
    expect(issue(() => activityMatrix(short))).toEqual({ code: 'invalidType', path: ['activity', 3] });
    const negative = flat(1);
    negative[6]![23] = -1;
    expect(issue(() => activityMatrix(negative))).toEqual({ code: 'outOfRange', path: ['activity', 6, 23] });
    const nan = flat(1);
    nan[1]![2] = Number.NaN;
    expect(issue(() => activityMatrix(nan))).toEqual({ code: 'notANumber', path: ['activity', 1, 2] });
    const inf = flat(1);
    inf[1]![2] = Number.POSITIVE_INFINITY;
    expect(issue(() => activityMatrix(inf))).toEqual({ code: 'notFinite', path: ['activity', 1, 2] });
    const holes = flat(1);
    holes[2] = new Array<number>(24);
    expect(issue(() => activityMatrix(holes))).toEqual({ code: 'notANumber', path: ['activity', 2, 0] });
    expect(issue(() => activityMatrix([], []))).toEqual({ code: 'invalidType', path: [] });
    expect(issue(() => activityMatrix(flat(1), [{}] as never))).toEqual({ code: 'invalidType', path: [] });
  });

  it('survives hostile input', () => {
    sweep(activityMatrix, [flat(1), 'activity']);
  });
});

describe('ActivityMatrixSchema', () => {
  it('accepts 7 rows of 24 non-negative numbers and refuses anything else', () => {
    expect(ActivityMatrixSchema.safeParse(flat(0.5)).success).toBe(true);
    expect(ActivityMatrixSchema.safeParse(flat(1).slice(0, 6)).success).toBe(false);
    expect(ActivityMatrixSchema.safeParse([...flat(1).slice(0, 6), [1]]).success).toBe(false);
    const bad = flat(1);
    bad[0]![0] = -0.1;
    expect(ActivityMatrixSchema.safeParse(bad).success).toBe(false);
    bad[0]![0] = Number.POSITIVE_INFINITY;
    expect(ActivityMatrixSchema.safeParse(bad).success).toBe(false);
  });
});

describe('buildActivityMatrix', () => {
  it('adds each block to its weekdays and hours, overlapping blocks summing', () => {
    const m = buildActivityMatrix([
      { weekdays: ['mon', 'tue'], fromHour: 7, toHour: 9, value: 2 },
      { weekdays: ['tue'], fromHour: 8, toHour: 24, value: 1 },
    ]);
    expect(m[0]![7]).toBe(2);
    expect(m[0]![9]).toBe(0);
    expect(m[1]![8]).toBe(3);
    expect(m[1]![23]).toBe(1);
    expect(total(m)).toBe(2 * 2 + 2 * 2 + 16);
    expect(buildActivityMatrix([])).toEqual(flat(0));
  });

  it('refuses bad blocks', () => {
    expect(issue(() => buildActivityMatrix('x' as never))).toEqual({ code: 'invalidType', path: ['blocks'] });
    expect(issue(() => buildActivityMatrix([null as never]))).toEqual({ code: 'invalidType', path: ['blocks', 0] });
    expect(issue(() => buildActivityMatrix([{ weekdays: ['monday' as never], fromHour: 1, toHour: 2, value: 1 }]))).toEqual({
      code: 'invalidWeekday',
      path: ['blocks', 0, 'weekdays', 0],
    });
    expect(issue(() => buildActivityMatrix([{ weekdays: ['mon'], fromHour: 24, toHour: 24, value: 1 }]))).toEqual({ code: 'outOfRange', path: ['blocks', 0, 'fromHour'] });
    expect(issue(() => buildActivityMatrix([{ weekdays: ['mon'], fromHour: 5, toHour: 5, value: 1 }]))).toEqual({ code: 'outOfRange', path: ['blocks', 0, 'toHour'] });
    expect(issue(() => buildActivityMatrix([{ weekdays: ['mon'], fromHour: 5, toHour: 25, value: 1 }]))).toEqual({ code: 'outOfRange', path: ['blocks', 0, 'toHour'] });
    expect(issue(() => buildActivityMatrix([{ weekdays: ['mon'], fromHour: 1.5, toHour: 3, value: 1 }]))).toEqual({ code: 'notInteger', path: ['blocks', 0, 'fromHour'] });
    expect(issue(() => buildActivityMatrix([{ weekdays: ['mon'], fromHour: 1, toHour: 3, value: -1 }]))).toEqual({ code: 'outOfRange', path: ['blocks', 0, 'value'] });
    expect(issue(() => buildActivityMatrix([{ weekdays: 'mon' as never, fromHour: 1, toHour: 3, value: 1 }]))).toEqual({ code: 'invalidType', path: ['blocks', 0, 'weekdays'] });
    expect(
      issue(() =>
        buildActivityMatrix([
          { weekdays: ['mon'], fromHour: 1, toHour: 3, value: 1e308 },
          { weekdays: ['mon'], fromHour: 1, toHour: 3, value: 1e308 },
        ]),
      ),
    ).toEqual({ code: 'notFinite', path: ['blocks', 1, 'value'] });
  });

  it('does not mutate its input', () => {
    const blocks = [{ weekdays: ['mon', 'sun'] as const, fromHour: 0, toHour: 24, value: 1 }];
    const before = JSON.stringify(blocks);
    buildActivityMatrix(Object.freeze(blocks.map((b) => Object.freeze({ ...b, weekdays: [...b.weekdays] }))));
    expect(JSON.stringify(blocks)).toBe(before);
  });

  it('survives hostile input', () => {
    sweep(buildActivityMatrix, [[{ weekdays: ['mon'], fromHour: 1, toHour: 3, value: 1 }]]);
  });
});
