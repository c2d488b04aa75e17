import { buildActivityMatrix, type PersonaInput } from '../../src/persona/index.js';

/** A 7 × 24 matrix with the same value everywhere. */
export function flat(value = 1): number[][] {
  return Array.from({ length: 7 }, () => new Array<number>(24).fill(value));
}

/** A minimal valid persona, with overrides. */
export function persona(overrides: Partial<PersonaInput> = {}): PersonaInput {
  return {
    id: 'claire',
    name: 'Claire',
    market: 'b2c',
    timeZone: 'Europe/Paris',
    platforms: [{ platform: 'instagram', weight: 1 }],
    activity: buildActivityMatrix([{ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], fromHour: 7, toHour: 9, value: 2 }]),
    ...overrides,
  };
}

/** Sum of all cells of a matrix. */
export function total(matrix: readonly (readonly number[])[]): number {
  let s = 0;
  for (const row of matrix) for (const v of row) s += v;
  return s;
}
