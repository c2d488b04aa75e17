/** The private BCP 47 check behind `Post.language` and `EditorialLine.languages`. */
import { describe, expect, it } from 'vitest';
import { isLanguageTag, LanguageTagSchema } from '../../src/editorial/language-tag.js';

describe('isLanguageTag and LanguageTagSchema', () => {
  it('accepts well-formed tags and refuses the rest', () => {
    expect(isLanguageTag('fr-FR')).toBe(true);
    expect(isLanguageTag('zh-Hant-TW')).toBe(true);
    expect(isLanguageTag('français')).toBe(false);
    expect(isLanguageTag('')).toBe(false);
    expect(isLanguageTag(42)).toBe(false);
    expect(LanguageTagSchema.parse('fr-FR')).toBe('fr-FR');
    expect(LanguageTagSchema.safeParse('français').success).toBe(false);
  });
});
