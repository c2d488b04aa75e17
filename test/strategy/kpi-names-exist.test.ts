import { describe, expect, it } from 'vitest';
import * as kpi from '../../src/kpi/index.js';
import { KPI_NAMES, OBJECTIVE_TYPES, recommendedKpis } from '../../src/index.js';

describe('recommendedKpis names real socialkit/kpi functions', () => {
  it('every KpiName is a function exported by socialkit/kpi', () => {
    for (const name of KPI_NAMES) expect(typeof (kpi as Record<string, unknown>)[name], name).toBe('function');
  });

  it('every recommendation, for every objective type, is one of them', () => {
    for (const type of OBJECTIVE_TYPES) {
      for (const name of recommendedKpis(type)) expect(typeof (kpi as Record<string, unknown>)[name], `${type}: ${name}`).toBe('function');
    }
  });
});
