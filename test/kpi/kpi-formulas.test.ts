import { describe, expect, it } from 'vitest';
import * as kpi from '../../src/kpi/index.js';
import { KPI_FORMULAS } from '../../src/kpi/index.js';

/** Functions socialkit/kpi exports that are not KPI formulas, and why. */
const NOT_KPIS: Readonly<Record<string, string>> = {
  summarize: 'the bulk summarizer: it computes many KPIs over many posts, it is not one',
  summarizeAsync: 'the streaming form of summarize',
  relativeToPlatformMedian: 'a comparison of each post with its platform\'s median post, over many records; not one formula (the report and the boost recommendations build on it)',
  engagements: 'the count of interactions the engagement rates divide; a building block, not a rate or a cost',
  normalizeMetrics: "a converter from a platform's native rows to kpi records (names, renames, units): it measures nothing",
};

describe('KPI_FORMULAS', () => {
  const functions = Object.entries(kpi)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k)
    .sort();

  it('names every function socialkit/kpi exports, except the short list of non-KPIs with their reasons', () => {
    const listed = new Set<string>(KPI_FORMULAS);
    for (const name of functions) expect(listed.has(name) || Object.hasOwn(NOT_KPIS, name), `${name} is neither in KPI_FORMULAS nor in NOT_KPIS`).toBe(true);
    expect([...KPI_FORMULAS, ...Object.keys(NOT_KPIS)].sort()).toEqual(functions);
  });

  it('names only functions, each once, and is frozen', () => {
    for (const name of KPI_FORMULAS) expect(typeof (kpi as Record<string, unknown>)[name], name).toBe('function');
    expect(new Set(KPI_FORMULAS).size).toBe(KPI_FORMULAS.length);
    expect(Object.isFrozen(KPI_FORMULAS)).toBe(true);
    expect(() => (KPI_FORMULAS as unknown as string[]).push('likes')).toThrow(TypeError);
    for (const name of Object.keys(NOT_KPIS)) expect(KPI_FORMULAS as readonly string[]).not.toContain(name);
  });
});
