import { describe, expect, it } from 'vitest';
import { metricObservations } from '../../src/strategy/index.js';
import { sweep } from '../support/hostile.js';

describe('metricObservations', () => {
  it('checks and copies observations', () => {
    const at = new Date('2027-01-31T00:00:00Z');
    const out = metricObservations([{ at, value: 3 }, { at: '2027-02-28T00:00:00+01:00', value: -0 }]);
    expect(out[0]!.at).not.toBe(at);
    expect(out[1]).toEqual({ at: new Date('2027-02-27T23:00:00Z'), value: 0 });
    expect(() => metricObservations([{ at, value: '3' }])).toThrow(/series\[0\]\.value/);
    expect(() => metricObservations([null], ['history'])).toThrow(/history\[0\]/);
    expect(() => metricObservations('x')).toThrow(/series/);
  });

  it('survives hostile input', () => {
    sweep(metricObservations, [[{ at: '2027-01-31T00:00:00Z', value: 3 }], 'series']);
  });
});
