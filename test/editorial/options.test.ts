import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { checkPost, measureText } from '../../src/editorial/index.js';

// Issue 11: a misspelt option is refused with a suggestion.
describe('editorial options', () => {
  it('checkPost(post, { platfrom }) suggests platform; measureText(…, { overide }) suggests overrides', () => {
    for (const [call, key, hint] of [
      [() => checkPost({ platform: 'x', text: 'Bonjour' } as never, { platfrom: 'x' } as never), 'platfrom', 'platform'],
      [() => measureText('Bonjour', 'x', { overide: {} } as never), 'overide', 'overrides'],
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
