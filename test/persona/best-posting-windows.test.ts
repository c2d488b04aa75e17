import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { audienceActivity, bestPostingWindows, buildActivityMatrix } from '../../src/persona/index.js';
import { sweep } from '../support/hostile.js';
import { flat, persona } from './fixtures.js';

describe('bestPostingWindows', () => {
  const m = buildActivityMatrix([
    { weekdays: ['tue'], fromHour: 7, toHour: 8, value: 5 },
    { weekdays: ['tue'], fromHour: 8, toHour: 9, value: 4 },
    { weekdays: ['tue'], fromHour: 10, toHour: 11, value: 3.5 },
    { weekdays: ['sat'], fromHour: 10, toHour: 11, value: 3 },
    { weekdays: ['sun'], fromHour: 23, toHour: 24, value: 2 },
    { weekdays: ['mon'], fromHour: 1, toHour: 2, value: 1.5 },
  ]);

  it('takes the best hours greedily, at least minGapHours apart', () => {
    expect(bestPostingWindows(m, { count: 3, minGapHours: 3 })).toEqual([
      { weekday: 'tue', time: '07:00', score: 5 },
      { weekday: 'tue', time: '10:00', score: 3.5 },
      { weekday: 'sat', time: '10:00', score: 3 },
    ]);
    expect(bestPostingWindows(m, { count: 3, minGapHours: 1 })).toEqual([
      { weekday: 'tue', time: '07:00', score: 5 },
      { weekday: 'tue', time: '08:00', score: 4 },
      { weekday: 'tue', time: '10:00', score: 3.5 },
    ]);
  });

  it('measures the gap around the week (Sunday 23:00 to Monday 01:00 is 2 hours)', () => {
    const windows = bestPostingWindows(m, { count: 10, minGapHours: 3 });
    expect(windows.map((w) => `${w.weekday} ${w.time}`)).toEqual(['tue 07:00', 'tue 10:00', 'sat 10:00', 'sun 23:00']);
    expect(bestPostingWindows(m, { count: 10, minGapHours: 2 }).map((w) => `${w.weekday} ${w.time}`)).toContain('mon 01:00');
  });

  it('uses defaults of 3 windows and 3 hours, and accepts an AudienceActivity', () => {
    expect(bestPostingWindows(m)).toEqual(bestPostingWindows(m, { count: 3, minGapHours: 3 }));
    const map = audienceActivity([persona({ activity: m })], { timeZone: 'Europe/Paris', range: { from: '2027-01-04', to: '2027-01-10' } });
    expect(bestPostingWindows(map, { count: 1 })).toEqual([{ weekday: 'tue', time: '07:00', score: 5 / 19 }]);
  });

  it('breaks ties by position in the week, Monday 00:00 first', () => {
    expect(bestPostingWindows(flat(1), { count: 3, minGapHours: 0 })).toEqual([
      { weekday: 'mon', time: '00:00', score: 1 },
      { weekday: 'mon', time: '01:00', score: 1 },
      { weekday: 'mon', time: '02:00', score: 1 },
    ]);
    expect(bestPostingWindows(flat(1), { count: 2, minGapHours: 84 }).map((w) => `${w.weekday} ${w.time}`)).toEqual(['mon 00:00', 'thu 12:00']);
  });

  it('returns fewer windows when few hours have activity, and none for count 0', () => {
    expect(bestPostingWindows(flat(0))).toEqual([]);
    expect(bestPostingWindows(m, { count: 0 })).toEqual([]);
    expect(bestPostingWindows(m, { count: 10, minGapHours: 168 })).toHaveLength(1);
  });

  it('refuses bad arguments', () => {
    expect(() => bestPostingWindows([[1]])).toThrow(ValidationError);
    expect(() => bestPostingWindows({ matrix: 'x' } as never)).toThrow(/activity\.matrix/);
    expect(() => bestPostingWindows(m, { count: -1 })).toThrow(/options\.count/);
    expect(() => bestPostingWindows(m, { minGapHours: 169 })).toThrow(/options\.minGapHours/);
    expect(() => bestPostingWindows(m, null as never)).toThrow(/options/);
  });

  it('does not mutate its input', () => {
    const copy = m.map((r) => [...r]);
    bestPostingWindows(Object.freeze(m.map((r) => Object.freeze([...r]))), Object.freeze({ count: 5 }));
    expect(m).toEqual(copy);
  });

  it('survives hostile input', () => {
    sweep(bestPostingWindows, [m, { count: 3, minGapHours: 3 }], ['count', 'minGapHours']);
  });

  it('property: windows are distinct, spaced, sorted by score, at most count, all positive', () => {
    const matrixArb = fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 24, maxLength: 24 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 }), (matrix, count, gap) => {
        const windows = bestPostingWindows(matrix, { count, minGapHours: gap });
        expect(windows.length).toBeLessThanOrEqual(count);
        const idx = windows.map((w) => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(w.weekday) * 24 + Number(w.time.slice(0, 2)));
        for (let i = 0; i < windows.length; i += 1) {
          expect(windows[i]!.score).toBeGreaterThan(0);
          if (i > 0) expect(windows[i]!.score).toBeLessThanOrEqual(windows[i - 1]!.score);
          for (let j = 0; j < i; j += 1) {
            const d = Math.abs(idx[i]! - idx[j]!);
            expect(Math.min(d, 168 - d)).toBeGreaterThanOrEqual(Math.max(gap, 1));
          }
        }
        // The first window is the best cell.
        const best = Math.max(...matrix.flat());
        if (count > 0 && best > 0) expect(windows[0]!.score).toBe(best);
      }),
      { numRuns: 200 },
    );
  });
});
