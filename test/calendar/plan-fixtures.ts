/** Shared inputs for the planner, plan operation and export tests. */
import { expect } from 'vitest';
import type { PlanCalendarInput, PlanInput, PlannedPostInput } from '../../src/calendar/index.js';
import { ValidationError } from '../../src/core/index.js';

export const line = {
  name: 'Boulangerie Martin',
  languages: ['fr'],
  frequencyPerWeek: { instagram: 3, linkedin: 2 },
  formatsByPlatform: { instagram: ['image', 'carousel'] as ('image' | 'carousel')[] },
  pillars: [
    { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5, objectives: ['notoriety' as const] },
    { id: 'coulisses', name: 'Coulisses', targetShare: 0.3 },
    { id: 'offres', name: 'Offres', targetShare: 0.2, objectives: ['conversion' as const] },
  ],
};

/** A quarter in Paris for Instagram (Mon/Wed/Fri 09:00) and LinkedIn (Tue/Thu 08:30). */
export function input(overrides: Partial<PlanCalendarInput> = {}): PlanCalendarInput {
  return {
    period: { from: '2027-01-04', to: '2027-03-28' },
    timeZone: 'Europe/Paris',
    platforms: ['instagram', 'linkedin'],
    editorialLine: line,
    slots: {
      instagram: [{ kind: 'weekly', weekdays: ['mon', 'wed', 'fri'], times: ['09:00'], timeZone: 'Europe/Paris' }],
      linkedin: [{ kind: 'weekly', weekdays: ['tue', 'thu'], times: ['08:30'], timeZone: 'Europe/Paris' }],
    },
    ...overrides,
  };
}

/** A post for hand-made plans. */
export function post(id: string, at: string, localTime: string, extra: Partial<PlannedPostInput> = {}): PlannedPostInput {
  return { id, platform: 'x', text: '', format: 'text', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr', at, localTime, ...extra };
}

/** A hand-made plan in Paris, March 2027. */
export function plan(posts: PlannedPostInput[], extra: Partial<PlanInput> = {}): PlanInput {
  return { timeZone: 'Europe/Paris', period: { from: '2027-03-01', to: '2027-03-31' }, posts, ...extra };
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function errorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}
