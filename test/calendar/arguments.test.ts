import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { planCalendar, planToCsv, type PlanCalendarInput } from '../../src/calendar/index.js';

function issuesOf(fn: () => unknown): ValidationError['issues'] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

// Issue 11.
describe('calendar arguments', () => {
  it('planCalendar({}) names period, timeZone, platforms, editorialLine and slots in one error', () => {
    const issues = issuesOf(() => planCalendar({} as PlanCalendarInput));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalidType', ['period']],
      ['invalidType', ['timeZone']],
      ['invalidType', ['platforms']],
      ['invalidType', ['editorialLine']],
      ['invalidType', ['slots']],
    ]);
  });

  it('a misspelt field of planCalendar is unknownKey with a suggestion, and the missing field names it', () => {
    const issues = issuesOf(() => planCalendar({ timezone: 'Europe/Paris' } as never));
    expect(issues.find((i) => i.path[0] === 'timeZone')?.message).toContain('the input has `timezone`');
    expect(issues.find((i) => i.code === 'unknownKey')).toMatchObject({ path: ['timezone'], message: expect.stringContaining('did you mean `timeZone`?') as string });
  });

  it('a misspelt option is refused with a suggestion: planToCsv(plan, { delimeter })', () => {
    const plan = { timeZone: 'UTC', period: { from: '2027-01-01', to: '2027-01-31' }, posts: [] };
    const issues = issuesOf(() => planToCsv(plan, { delimeter: ';' } as never));
    expect(issues).toEqual([
      { code: 'unknownKey', path: ['options', 'delimeter'], message: 'options.delimeter is not an option: did you mean `delimiter`? (options: delimiter, bom, formulas)' },
    ]);
  });
});
