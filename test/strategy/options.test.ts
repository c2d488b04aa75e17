import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { recommendedKpis } from '../../src/strategy/index.js';

// Issue 11: a misspelt option is refused with a suggestion.
describe('strategy options', () => {
  it("recommendedKpis('engagement', { override }) suggests overrides", () => {
    try {
      recommendedKpis('engagement', { override: {} } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        { code: 'unknownKey', path: ['options', 'override'], message: 'options.override is not an option: did you mean `overrides`? (options: overrides)' },
      ]);
    }
  });
});
