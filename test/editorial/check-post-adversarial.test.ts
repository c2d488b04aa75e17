/**
 * checkPost on adversarial text (issue 13): forbidden terms and brand
 * spellings in one pass (Aho–Corasick), a term over 200 characters refused,
 * a failing built-in rule named by its codes. Work is counted, not timed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { checkPost, type EditorialLineInput, type PostInput } from '../../src/editorial/index.js';
import { createTermMatcher } from '../../src/editorial/term-matcher.js';
import { countWork } from '../support/work.js';
import { LINE, POST } from './fixtures.js';

const post = (text: string): PostInput => ({ ...POST, platform: 'facebook', text, media: [] });
const line = (tone: Partial<NonNullable<EditorialLineInput['tone']>>): EditorialLineInput => ({ ...LINE, tone: { ...LINE.tone, maxUppercaseRatio: undefined, ...tone } });

function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createTermMatcher (Aho–Corasick)', () => {
  it('finds every occurrence of every term, overlapping ones included, as a naive search does (fast-check)', () => {
    const naive = (text: string, terms: string[]) => {
      const out: string[] = [];
      terms.forEach((term, t) => {
        if (term === '') return;
        for (let i = 0; i + term.length <= text.length; i += 1) if (text.startsWith(term, i)) out.push(`${t}@${i}`);
      });
      return out.sort();
    };
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '\ud83d', '\ude00'), maxLength: 5 }), { maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '\ud83d', '\ude00'), maxLength: 60 }), (terms, text) => {
        const found: string[] = [];
        createTermMatcher(terms).each(text, (t, start) => found.push(`${t}@${start}`));
        expect(found.sort()).toEqual(naive(text, terms));
      }),
    );
  });
});

describe('checkPost on adversarial text', () => {
  it('forbidden terms: overlapping occurrences of long terms cost text + matches, not text × term length', async () => {
    const text = 'a '.repeat(10_000);
    const terms = Array.from({ length: 20 }, (_, k) => `${'a '.repeat(80 + k)}a`);
    const options = { editorialLine: line({ forbiddenTerms: terms, brandSpellings: [] }) };
    const findings = checkPost(post(text), options);
    // Term k (81 + k words, at most 199 characters) occurs at every word but the last 80 + k: overlapping, whole words.
    expect(findings.filter((f) => f.code === 'forbiddenTerm').map((f) => Number(/(\d+) times/.exec(f.message)?.[1]))).toEqual(terms.map((_, k) => 10_000 - 80 - k));
    const matches = terms.reduce((sum, _, k) => sum + 10_000 - 80 - k, 0);
    const termLength = terms.reduce((sum, t) => sum + t.length, 0);
    const work = await countWork(() => checkPost(post(text), options));
    // One regular expression per term read ~term length per overlapping occurrence: 20 × 9,900 × 190 ≈ 38 M.
    expect(work).toBeLessThan(10 * (text.length + termLength + matches));
  });

  it('brand spellings: each occurrence is checked against the entities in constant time (no scan of every entity)', () => {
    // Count the elements Array.prototype.some / find / filter go through: the old check ran entities.some per occurrence.
    let scanned = 0;
    for (const key of ['some', 'find', 'filter'] as const) {
      const orig = Array.prototype[key] as (...args: unknown[]) => unknown;
      vi.spyOn(Array.prototype, key).mockImplementation(function (this: unknown[], ...args: unknown[]) {
        scanned += this.length;
        return orig.apply(this, args);
      });
    }
    const scan = (n: number) => {
      scanned = 0;
      const findings = checkPost(post('#SocialKit socialkit '.repeat(n)), { editorialLine: line({ brandSpellings: ['SocialKit'], forbiddenTerms: [] }), platform: 'facebook' });
      expect(findings.filter((f) => f.code === 'brandMisspelt').map((f) => f.message)).toEqual(['Write the brand "SocialKit", not "socialkit".']);
      return scanned;
    };
    const small = scan(500);
    const large = scan(5000);
    expect(large).toBeLessThanOrEqual(12 * Math.max(small, 1000));
  });

  it('refuses a forbidden term or brand spelling longer than 200 characters (termTooLong), instead of a regular expression error', () => {
    const long = 'x'.repeat(32_768);
    const e = errorOf(() => checkPost(post('Bonjour'), { editorialLine: line({ forbiddenTerms: [long] }) }));
    expect(e.issues[0]?.code).toBe('termTooLong');
    expect(e.issues[0]?.path).toEqual(['options', 'editorialLine', 'tone', 'forbiddenTerms', 0]);
    expect(e.message).not.toContain('options.rules[-');
    expect(errorOf(() => checkPost(post('Bonjour'), { editorialLine: line({ brandSpellings: ['y'.repeat(201)] }) })).issues[0]?.code).toBe('termTooLong');
    // 200 is still accepted.
    expect(checkPost(post(`Bonjour ${'z'.repeat(200)}`), { editorialLine: line({ forbiddenTerms: ['z'.repeat(200)] }) }).map((f) => f.code)).toContain('forbiddenTerm');
  });

  it('names a failing built-in rule by its finding code, not as options.rules[-10]', () => {
    const normalize = String.prototype.normalize;
    vi.spyOn(String.prototype, 'normalize').mockImplementation(function (this: string, form?: string) {
      if (this.includes('BOOM')) throw new Error('boom');
      return normalize.call(this, form);
    });
    const e = errorOf(() => checkPost(post('Un texte BOOM'), { editorialLine: line({}), platform: 'facebook' }));
    expect(e.issues).toEqual([{ code: 'ruleFailed', message: 'The built-in rule forbiddenTerm threw: boom', path: ['post'] }]);
  });
});
