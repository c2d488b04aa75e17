import * as z from 'zod';

/**
 * Whether a string is a well-formed BCP 47 language tag, as
 * `Intl.getCanonicalLocales` accepts it (`'fr'`, `'fr-FR'`, `'zh-Hant-TW'`).
 *
 * @param value - the candidate tag
 * @returns true for a well-formed tag (`'fr-FR'`; not `'français'`)
 */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag (`'fr'`, `'fr-CA'`, `'en-GB'`). */
export const LanguageTagSchema = z.string().refine((v) => isLanguageTag(v), { message: "Expected a BCP 47 language tag such as 'fr' or 'fr-FR'", params: { code: 'invalidLocale' } });
