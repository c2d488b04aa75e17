import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { bestPostingWindows, buildActivityMatrix, coverage } from '../../src/persona/index.js';

// Issue 11: a misspelt option is refused with a suggestion.
describe('persona options', () => {
  it('bestPostingWindows(…, { minGap }) suggests minGapHours; coverage(…, { minShares }) suggests minShare', () => {
    for (const [call, key, hint] of [
      [() => bestPostingWindows(buildActivityMatrix([{ weekdays: ['tue'], fromHour: 7, toHour: 8, value: 5 }]), { minGap: 2 } as never), 'minGap', 'minGapHours'],
      [() => coverage([], ['x'], { minShares: 0.1 } as never), 'minShares', 'minShare'],
    ] as const) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        const issue = (error as ValidationError).issues[0];
        expect(issue?.code).toBe('unknownKey');
        expect(issue?.path).toEqual(['options', key]);
        expect(issue?.message).toContain(`did you mean \`${hint}\`?`);
      }
    }
  });
});
