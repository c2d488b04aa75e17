import { checkYear, daysFromCivil, formatDay } from '../core/internal.js';

/**
 * The day number of Easter Sunday (days since 1970-01-01). Internal fast path of {@link easterSunday}.
 *
 * @param year - a checked year
 * @returns the day number
 */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/**
 * The date of (Western, Gregorian) Easter Sunday in a year, computed with the
 * anonymous Gregorian algorithm (Meeus/Jones/Butcher, *Astronomical
 * Algorithms*, ch. 8):
 * a = Y mod 19, b = ⌊Y/100⌋, c = Y mod 100, d = ⌊b/4⌋, e = b mod 4,
 * f = ⌊(b+8)/25⌋, g = ⌊(b−f+1)/3⌋, h = (19a+b−d−g+15) mod 30, i = ⌊c/4⌋,
 * k = c mod 4, l = (32+2e+2i−h−k) mod 7, m = ⌊(a+11h+22l)/451⌋,
 * month = ⌊(h+l−7m+114)/31⌋, day = ((h+l−7m+114) mod 31) + 1.
 * Years before 1583 get the proleptic Gregorian date.
 *
 * @param year - a whole number from 1 to 9999
 * @returns `'YYYY-MM-DD'`
 * @throws {ValidationError} `invalidYear`
 * @example
 * easterSunday(2027); // '2027-03-28'
 * easterSunday(2019); // '2019-04-21'
 */
export function easterSunday(year: number): string {
  return formatDay(easterDay(checkYear(year)));
}
