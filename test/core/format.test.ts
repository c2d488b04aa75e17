import { describe, expect, it } from 'vitest';
import { formatMoney, roundMoney, formatPercent, ValidationError } from '../../src/core/index.js';

// ICU data differs between Node versions (U+00A0 vs U+202F as the French
// group separator and before % or €): compare modulo those spaces.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPercent()', () => {
  it('formats fractions as percentages in en-US and fr-FR', () => {
    expect(formatPercent(0.034, { locale: 'en-US' })).toBe('3.4%');
    expect(spaces(formatPercent(0.034, { locale: 'fr-FR' }))).toBe('3,4 %');
    expect(formatPercent(0.03456, { locale: 'en-US', digits: 2 })).toBe('3.46%');
    expect(formatPercent(0.5, { digits: 0 })).toBe('50%');
    expect(formatPercent(-0.125, { locale: 'en-US' })).toBe('-12.5%');
  });

  it('shows an undefined ratio as a dash, or your text', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(null, { empty: 'n/a' })).toBe('n/a');
  });

  it('refuses non-finite ratios, bad digits and malformed locales', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(ValidationError);
    expect(() => formatPercent(Number.POSITIVE_INFINITY)).toThrow(ValidationError);
    expect(() => formatPercent(0.1, { digits: 1.5 })).toThrow(ValidationError);
    expect(() => formatPercent(0.1, { digits: 21 })).toThrow(ValidationError);
    expect(() => formatPercent(0.1, { locale: 'not a locale!' })).toThrow(/BCP 47/);
    expect(() => formatPercent(0.1, { locale: '' })).toThrow(/BCP 47/);
  });
});

describe('formatMoney()', () => {
  it('formats euros for en-US and fr-FR readers', () => {
    expect(formatMoney('1234.5', { currency: 'EUR', locale: 'en-US' })).toBe('€1,234.50');
    expect(spaces(formatMoney('1234.5', { currency: 'EUR', locale: 'fr-FR' }))).toBe('1 234,50 €');
    expect(formatMoney(1234, { currency: 'USD', locale: 'en-US' })).toBe('$1,234.00');
    expect(formatMoney(1234, { currency: 'JPY', locale: 'ja-JP' })).toBe('￥1,234');
    expect(spaces(formatMoney('1.2345', { currency: 'KWD', locale: 'en-US' }))).toBe('KWD 1.234');
  });

  it('rounds half to even at the minor unit and keeps every digit of huge amounts', () => {
    expect(formatMoney('0.125', { currency: 'EUR', locale: 'en-US' })).toBe('€0.12');
    expect(formatMoney('0.135', { currency: 'EUR', locale: 'en-US' })).toBe('€0.14');
    expect(formatMoney('12345678901234567.89', { currency: 'USD', locale: 'en-US' })).toBe('$12,345,678,901,234,567.89');
  });

  it('shows ISO digits by default (HUF has 2) and other digits on request', () => {
    expect(spaces(formatMoney('1000', { currency: 'HUF', locale: 'en-US' }))).toBe('HUF 1,000.00');
    expect(spaces(formatMoney('1000.4', { currency: 'HUF', locale: 'en-US', digits: 0 }))).toBe('HUF 1,000');
  });

  it('refuses bad amounts, currencies and locales', () => {
    expect(() => formatMoney('1,5', { currency: 'EUR' })).toThrow(ValidationError);
    expect(() => formatMoney('1', { currency: 'EURO' })).toThrow(ValidationError);
    expect(() => formatMoney('1', { currency: 'EUR', locale: '!!' })).toThrow(ValidationError);
    expect(() => formatMoney('1', { currency: 'EUR', digits: -1 })).toThrow(ValidationError);
    expect(() => formatMoney('1', { currency: 'EUR', digits: 0.5 })).toThrow(ValidationError);
  });

  it('takes the currency as an option and says so to a caller of the former positional form', () => {
    expect(() => formatMoney('1', 'EUR' as never)).toThrow("formatMoney takes the currency as an option: formatMoney(amount, { currency: \"EUR\" })");
    expect(() => formatMoney('1', undefined as never)).toThrow(/formatMoney needs the currency/);
    expect(() => formatMoney('1', {} as never)).toThrow(ValidationError);
    expect(() => roundMoney('1', 'EUR' as never)).toThrow(/roundMoney takes the currency as an option/);
    expect(() => roundMoney('1', { currency: 'eur' })).toThrow(/upper case/);
    expect(roundMoney('1.005', { currency: 'XAU', minorUnits: { XAU: 2 } }).toString()).toBe('1');
  });
});
