/**
 * Type-level checks (issue 11: schemas are the source of types), run by
 * `npm run typecheck`: each `@ts-expect-error` line must be a type error.
 */
import type * as z from 'zod';
import type { PlannedPostInput, PlanCalendarInput } from '../../src/calendar/index.js';
import type { InstantInput, InstantSchema, MoneyInput, MoneySchema } from '../../src/core/index.js';
import type { GoalProgressInput } from '../../src/strategy/index.js';
import { money, sumMoney } from '../../src/core/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const moneyInput: Equal<z.input<typeof MoneySchema>, MoneyInput> = true;
const instantInput: Equal<z.input<typeof InstantSchema>, InstantInput> = true;

// @ts-expect-error an instant is a Date or an ISO 8601 string, not a number
const at: PlannedPostInput['at'] = 42;
// @ts-expect-error money is a number, a decimal string or a Decimal
money({ amount: 1 });
// @ts-expect-error money is a number, a decimal string or a Decimal
sumMoney([true]);
// @ts-expect-error the planner's input is its schema's: a misspelt field is a type error too
const input: PlanCalendarInput = { timezone: 'UTC' };
// @ts-expect-error goalProgress's input is its schema's
const goal: GoalProgressInput = { targt: 1 };

export const checks = [moneyInput, instantInput, at, input, goal];
