import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError, InfeasibleError, SocialKitError, TransitionError, ValidationError } from '../../src/core/index.js';
import { formatPath, invalid, toPath } from '../../src/core/internal.js';

describe('errors', () => {
  it('share one base class with a stable code, a path and details', () => {
    const errors = [
      new ValidationError([{ code: 'negative', message: 'reach must not be negative, got -1', path: ['reach'] }]),
      new CurrencyMismatchError('EUR', 'USD'),
      new InfeasibleError('The minimums exceed the budget.', { details: { shortfall: '200' } }),
      new TransitionError('draft', 'publish'),
    ];
    expect(errors.map((e) => e.code)).toEqual(['validation', 'currencyMismatch', 'infeasible', 'transition']);
    expect(errors.map((e) => e.name)).toEqual(['ValidationError', 'CurrencyMismatchError', 'InfeasibleError', 'TransitionError']);
    for (const e of errors) {
      expect(e).toBeInstanceOf(SocialKitError);
      expect(e).toBeInstanceOf(Error);
      expect(Array.isArray(e.path)).toBe(true);
      expect(typeof e.details).toBe('object');
    }
    expect(errors[2]!.details).toEqual({ shortfall: '200' });
    expect(errors[3]!.message).toBe("Cannot publish from status 'draft'.");
  });

  it('ValidationError lists every issue and takes its path from the first', () => {
    const e = new ValidationError([
      { code: 'negative', message: 'reach must not be negative, got -1', path: ['posts', 3, 'reach'] },
      { code: 'notInteger', message: 'clicks must be a whole number', path: ['posts', 4, 'clicks'] },
    ]);
    expect(e.path).toEqual(['posts', 3, 'reach']);
    expect(e.issues).toHaveLength(2);
    expect(e.message).toBe('reach must not be negative, got -1\nclicks must be a whole number');
    expect(new ValidationError([]).message).toBe('Invalid input.');
    expect(new ValidationError([], 'custom').message).toBe('custom');
  });

  it('keeps a cause', () => {
    const cause = new Error('inner');
    expect(new SocialKitError('overflow', 'outer', { cause }).cause).toBe(cause);
  });

  it('invalid() builds a one-issue ValidationError', () => {
    const e = invalid('negative', 'reach must not be negative', 'reach');
    expect(e.issues).toEqual([{ code: 'negative', message: 'reach must not be negative', path: ['reach'] }]);
    expect(invalid('invalidValue', 'y').path).toEqual([]);
  });

  it('paths render for people', () => {
    expect(formatPath(['posts', 3, 'reach'])).toBe('posts[3].reach');
    expect(formatPath([3, 'reach'])).toBe('[3].reach');
    expect(formatPath('reach')).toBe('reach');
    expect(formatPath([])).toBe('(root)');
    expect(toPath(7)).toEqual([7]);
    const original = ['a'] as const;
    expect(toPath(original)).not.toBe(original);
  });
});
