import { type InstantInput } from '../core/index.js';
import { describeValue, instant, invalid, objectArgument } from '../core/internal.js';
import type { PlanInput } from './plan.js';
import { readPlan } from './plan-tools.js';
import { inPlannableYears } from './planned-post.js';
import type { PostStatus } from './post-status.js';

/** The calendar's stamp and name for {@link toICalendar}. */
export interface ToICalendarOptions {
  /** When the file is made: every event's `DTSTAMP` (socialkit reads no clock). */
  now: InstantInput;
  /** The calendar's name, shown by calendar apps (`X-WR-CALNAME`). */
  name?: string;
  /** The right-hand part of every `UID` (`id@uidDomain`); `'socialkit'` when left out. Give each brand its own (`'boulangerie-martin.fr'`) when several plans meet in one calendar app. */
  uidDomain?: string;
}

const EVENT_STATUS: Readonly<Record<PostStatus, string>> = {
  draft: 'TENTATIVE',
  inReview: 'TENTATIVE',
  changesRequested: 'TENTATIVE',
  paused: 'TENTATIVE',
  approved: 'CONFIRMED',
  scheduled: 'CONFIRMED',
  published: 'CONFIRMED',
  failed: 'CANCELLED',
};

// Linear: one class, anchored.
const DOMAIN = /^[A-Za-z0-9.-]{1,253}$/;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma
 * get a backslash; CR LF, LF and a lone CR become `\n`; the other control
 * characters, which TEXT cannot carry, are dropped; a lone surrogate, which
 * UTF-8 cannot carry, becomes U+FFFD.
 *
 * @param value - the text
 * @returns the escaped text
 */
export function escapeText(value: string): string {
  let out = '';
  let start = 0;
  const flush = (i: number, replacement: string): void => {
    out += value.slice(start, i) + replacement;
  };
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 0x20 && c !== 0x5c && c !== 0x3b && c !== 0x2c && c !== 0x7f && (c < 0xd800 || c > 0xdfff)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
    }
    if (c === 0x0d && value.charCodeAt(i + 1) === 0x0a) {
      flush(i, '\\n');
      i += 1;
      start = i + 1;
      continue;
    }
    flush(i, c === 0x5c || c === 0x3b || c === 0x2c ? `\\${value[i]}` : c === 0x0a || c === 0x0d ? '\\n' : c === 0x09 ? '\t' : c >= 0xd800 && c <= 0xdfff ? '\ufffd' : '');
    start = i + 1;
  }
  return out + value.slice(start);
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets of
 * UTF-8 (the leading space of a continuation counts), never inside a UTF-8
 * sequence (a code point stays whole), lines joined by CRLF.
 *
 * @param line - one unfolded line, without CRLF (no lone surrogate)
 * @returns the folded line, without a final CRLF
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  let start = 0;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > 75) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1;
    }
    octets += size;
    if (pair) i += 1;
  }
  return out + line.slice(start);
}

const HEX = '0123456789ABCDEF';

function isUidSafe(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x2d;
}

/**
 * The left-hand part of a post's `UID`: an id made of `[A-Za-z0-9._-]` as it
 * is; any other code unit percent-encoded from its UTF-8 bytes (`%` itself
 * included, so the mapping is injective), a lone surrogate from its WTF-8
 * bytes (U+D800 is `%ED%A0%80`). Distinct ids give distinct UIDs: ids that
 * differ only in control characters, CR LF against LF, or lone surrogates
 * no longer meet in one UID (TEXT escaping dropped or merged them).
 *
 * @param id - the post's id
 * @returns the UID's left-hand part, ASCII only
 */
function uidPart(id: string): string {
  let out = '';
  let from = 0;
  const percent = (byte: number): string => `%${HEX[byte >> 4] as string}${HEX[byte & 15] as string}`;
  for (let i = 0; i < id.length; i += 1) {
    const c = id.charCodeAt(i);
    if (isUidSafe(c)) continue;
    out += id.slice(from, i);
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = id.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i += 1;
      }
    }
    if (cp < 0x80) out += percent(cp);
    else if (cp < 0x800) out += percent(0xc0 | (cp >> 6)) + percent(0x80 | (cp & 63));
    else if (cp < 0x10000) out += percent(0xe0 | (cp >> 12)) + percent(0x80 | ((cp >> 6) & 63)) + percent(0x80 | (cp & 63));
    else out += percent(0xf0 | (cp >> 18)) + percent(0x80 | ((cp >> 12) & 63)) + percent(0x80 | ((cp >> 6) & 63)) + percent(0x80 | (cp & 63));
    from = i + 1;
  }
  return from === 0 ? id : out + id.slice(from);
}

function stamp(d: Date): string {
  // toISOString is 'YYYY-MM-DDTHH:mm:ss.sssZ' for years 0001–9999.
  const iso = d.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/**
 * Exports a plan as an iCalendar file (RFC 5545) that calendar apps import
 * or subscribe to: one `VEVENT` per post, in the plan's order.
 * - `UID`: the post's id and `@uidDomain` (stable: the same post keeps it across exports); an id
 *   made of `[A-Za-z0-9._-]` as it is, any other character percent-encoded from its UTF-8 bytes
 *   (a lone surrogate from its WTF-8 bytes), so distinct ids never share a UID;
 * - `DTSTAMP`: `now`; `DTSTART`: the post's instant in UTC (`…Z`), so no `VTIMEZONE` is needed;
 *   the event has no duration;
 * - `SUMMARY`: platform, pillar and observance (`instagram · savoirFaire · valentinesDay`);
 *   `DESCRIPTION`: the text, when there is one; `CATEGORIES`: platform and pillar;
 * - `STATUS`: `TENTATIVE` (draft, inReview, changesRequested, paused), `CONFIRMED`
 *   (approved, scheduled, published) or `CANCELLED` (failed), and the exact status in `X-SOCIALKIT-STATUS`.
 *
 * Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
 * sequence; text escapes backslash, semicolon, comma and newlines (control
 * characters other than tab are dropped, lone surrogates become U+FFFD).
 *
 * @param plan - the plan; not mutated
 * @param options - `now` (required), optional `name` and `uidDomain`
 * @returns the iCalendar text
 * @throws {ValidationError} for a malformed plan or option (`now` outside the years 0001–9999, a `uidDomain` with other characters than letters, digits, dots and hyphens)
 * @example
 * const post = { platform: 'instagram', text: 'Galette, frangipane; 🥐', format: 'image', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' };
 * const ics = toICalendar({ timeZone: 'Europe/Paris', period: { from: '2027-01-01', to: '2027-01-31' },
 *   posts: [{ ...post, id: 'instagram-2027-01-06-0900', at: '2027-01-06T08:00:00Z', localTime: '09:00' }] }, { now: '2027-01-01T12:00:00Z', name: 'Boulangerie Martin' });
 * ics.split('\r\n').filter((l) => /^(UID|DTSTART|DESCRIPTION)/.test(l));
 * // ['UID:instagram-2027-01-06-0900@socialkit', 'DTSTART:20270106T080000Z', 'DESCRIPTION:Galette\\, frangipane\\; 🥐']
 */
export function toICalendar(plan: PlanInput, options: ToICalendarOptions): string {
  const p = readPlan(plan);
  const o = objectArgument(options, 'options');
  const now = instant(o.now, ['options', 'now']);
  if (!inPlannableYears(now.getTime())) throw invalid('invalidDate', `options.now must fall in the years 0001 to 9999, got ${now.toISOString()}`, ['options', 'now']);
  const dtstamp = stamp(now);
  if (o.name !== undefined && (typeof o.name !== 'string' || o.name.length > 1000)) {
    throw invalid('invalidType', `options.name must be a string of at most 1,000 characters, got ${describeValue(o.name)}`, ['options', 'name']);
  }
  const domain = o.uidDomain ?? 'socialkit';
  if (typeof domain !== 'string' || !DOMAIN.test(domain)) {
    throw invalid('invalidUidDomain', `options.uidDomain must be a domain such as 'boulangerie-martin.fr' (letters, digits, dots, hyphens), got ${describeValue(domain)}`, ['options', 'uidDomain']);
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//socialkit//calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (o.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(o.name)}`);
  lines.push(`X-WR-TIMEZONE:${p.timeZone}`);
  for (const post of p.posts) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidPart(post.id)}@${domain}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART:${stamp(post.at)}`,
      `SUMMARY:${escapeText([post.platform, post.pillar, ...(post.observanceId === null ? [] : [post.observanceId])].join(' · '))}`,
    );
    if (post.text !== '') lines.push(`DESCRIPTION:${escapeText(post.text)}`);
    lines.push(`CATEGORIES:${post.platform},${escapeText(post.pillar)}`, `STATUS:${EVENT_STATUS[post.status]}`, `X-SOCIALKIT-STATUS:${post.status}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
