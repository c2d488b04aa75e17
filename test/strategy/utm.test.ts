import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { buildUtmUrl, parseUtm, UtmParametersSchema, utmParameters, type UtmParameters } from '../../src/strategy/index.js';
import { sweep } from '../support/hostile.js';

const utm: UtmParameters = { source: 'instagram', medium: 'social', campaign: 'galette-2027' };

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!.code;
  }
  throw new Error('expected a ValidationError');
}

describe('buildUtmUrl', () => {
  it('appends the parameters after the existing query, before the fragment', () => {
    expect(buildUtmUrl('https://boulangerie-martin.fr/galette?taille=6#commande', { ...utm, content: 'story', term: 'galette des rois' })).toBe(
      'https://boulangerie-martin.fr/galette?taille=6&utm_source=instagram&utm_medium=social&utm_campaign=galette-2027&utm_content=story&utm_term=galette%20des%20rois#commande',
    );
    expect(buildUtmUrl('https://boulangerie-martin.fr', utm)).toBe(
      'https://boulangerie-martin.fr/?utm_source=instagram&utm_medium=social&utm_campaign=galette-2027',
    );
    expect(buildUtmUrl(new URL('http://example.com/a?b'), utm)).toBe('http://example.com/a?b&utm_source=instagram&utm_medium=social&utm_campaign=galette-2027');
  });

  it('keeps the existing query as written and replaces only the UTM keys it sets', () => {
    const url = 'https://example.com/?q=pain%20au%20chocolat&flag&&x=1+2&utm_source=old&utm_content=keep&utm_id=7';
    expect(buildUtmUrl(url, utm)).toBe(
      'https://example.com/?q=pain%20au%20chocolat&flag&&x=1+2&utm_content=keep&utm_id=7&utm_source=instagram&utm_medium=social&utm_campaign=galette-2027',
    );
    expect(buildUtmUrl('https://example.com/?utm%5Fsource=encoded-key', utm)).toBe(
      'https://example.com/?utm_source=instagram&utm_medium=social&utm_campaign=galette-2027',
    );
    expect(buildUtmUrl('https://example.com/?bad=%E0%A4%A', utm)).toContain('bad=%E0%A4%A&');
    expect(buildUtmUrl('https://example.com/?%E0%A4%A=1', utm)).toContain('?%E0%A4%A=1&utm_source=');
  });

  it('encodes reserved and non-ASCII characters so they read back unchanged', () => {
    const tricky = { source: 'a&b=c', medium: 'x y+z', campaign: 'fête #1 ?🥐', content: '100%', term: "l'été" };
    const url = buildUtmUrl('https://example.com/', tricky);
    expect(url).toBe(
      'https://example.com/?utm_source=a%26b%3Dc&utm_medium=x%20y%2Bz&utm_campaign=f%C3%AAte%20%231%20%3F%F0%9F%A5%90&utm_content=100%25&utm_term=l%27%C3%A9t%C3%A9',
    );
    expect(parseUtm(url)).toEqual(tricky);
  });

  it('refuses what is not an http(s) URL or not valid parameters', () => {
    expect(codeOf(() => buildUtmUrl('mailto:contact@boulangerie-martin.fr', utm))).toBe('unsupportedProtocol');
    expect(codeOf(() => buildUtmUrl('javascript:alert(1)', utm))).toBe('unsupportedProtocol');
    expect(codeOf(() => buildUtmUrl('ftp://example.com/', utm))).toBe('unsupportedProtocol');
    expect(codeOf(() => buildUtmUrl('/relative/path', utm))).toBe('invalidUrl');
    expect(codeOf(() => buildUtmUrl('https://exa\uD800mple.com', utm))).toBe('malformedText');
    expect(codeOf(() => buildUtmUrl(42 as never, utm))).toBe('invalidType');
    expect(codeOf(() => buildUtmUrl('https://example.com', { ...utm, source: '' }))).toBe('empty');
    expect(codeOf(() => buildUtmUrl('https://example.com', { ...utm, medium: undefined as never }))).toBe('invalidType');
    expect(codeOf(() => buildUtmUrl('https://example.com', { ...utm, term: 'a\uDC00' }))).toBe('malformedText');
    expect(codeOf(() => buildUtmUrl('https://example.com', { ...utm, id: '7' } as never))).toBe('unknownUtmParameter');
    expect(codeOf(() => buildUtmUrl('https://example.com', null as never))).toBe('invalidType');
  });

  it('does not mutate its input', () => {
    const u = new URL('https://example.com/?a=1');
    const params = Object.freeze({ ...utm });
    buildUtmUrl(u, params);
    expect(u.href).toBe('https://example.com/?a=1');
  });

  it('survives hostile input', () => {
    sweep(buildUtmUrl, ['https://example.com/?a=1#f', { ...utm, content: 'c', term: 't' }], ['source', 'medium', 'campaign', 'content', 'term']);
  });
});

describe('parseUtm', () => {
  it('reads the parameters back, with content and term only when present', () => {
    expect(parseUtm('https://example.com/?utm_source=instagram&utm_medium=social&utm_campaign=galette%202027')).toEqual({
      source: 'instagram',
      medium: 'social',
      campaign: 'galette 2027',
    });
    expect(parseUtm('https://example.com/?utm_campaign=c&utm_medium=m&utm_source=s&utm_term=a+b&utm_content=')).toEqual({
      source: 's',
      medium: 'm',
      campaign: 'c',
      term: 'a b',
    });
    expect(parseUtm('https://example.com/?utm_source=s&utm_source=s&utm_medium=m&utm_campaign=c')).toEqual({ source: 's', medium: 'm', campaign: 'c' });
    expect(parseUtm('https://example.com/?q=1')).toBeNull();
    expect(parseUtm(new URL('https://example.com/'))).toBeNull();
  });

  it('refuses incomplete or ambiguous parameters and non-http URLs', () => {
    expect(codeOf(() => parseUtm('https://example.com/?utm_source=s'))).toBe('incompleteUtm');
    expect(codeOf(() => parseUtm('https://example.com/?utm_source=a&utm_source=b&utm_medium=m&utm_campaign=c'))).toBe('ambiguousUtm');
    expect(codeOf(() => parseUtm('mailto:a@b.fr?utm_source=x'))).toBe('unsupportedProtocol');
    expect(codeOf(() => parseUtm(''))).toBe('invalidUrl');
  });

  it('survives hostile input', () => {
    sweep(parseUtm, ['https://example.com/?utm_source=s&utm_medium=m&utm_campaign=c']);
  });
});

describe('utmParameters and UtmParametersSchema', () => {
  it('check the same rules', () => {
    expect(utmParameters({ ...utm, content: 'a' })).toEqual({ ...utm, content: 'a' });
    expect(codeOf(() => utmParameters({ ...utm, campaign: 5 }, ['tracking', 'utm']))).toBe('invalidType');
    expect(codeOf(() => utmParameters(utm, null as never))).toBe('invalidType');
    expect(UtmParametersSchema.safeParse(utm).success).toBe(true);
    expect(UtmParametersSchema.safeParse({ ...utm, source: '' }).success).toBe(false);
    expect(UtmParametersSchema.safeParse({ ...utm, source: '\uD800' }).success).toBe(false);
    expect(UtmParametersSchema.safeParse({ ...utm, extra: 'x' }).success).toBe(false);
  });

  it('survives hostile input', () => {
    sweep(utmParameters, [utm, 'utm']);
  });
});

describe('property: UTM round trip', () => {
  const value = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((s) => !/[\uD800-\uDFFF]/.test(s) || /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/.test(s));
  const base = fc.constantFrom(
    'https://example.com/',
    'http://example.com/path/to?x=1&y=%20z#frag',
    'https://sub.example.fr:8443/a?b=c&d#',
    'https://example.com/?q=a+b&flag',
  );
  it('parseUtm(buildUtmUrl(url, p)) gives p back, and the other query segments stay as written', () => {
    fc.assert(
      fc.property(base, value, value, value, fc.option(value, { nil: undefined }), fc.option(value, { nil: undefined }), (url, source, medium, campaign, content, term) => {
        const params: UtmParameters = { source, medium, campaign };
        if (content !== undefined) params.content = content;
        if (term !== undefined) params.term = term;
        const built = buildUtmUrl(url, params);
        expect(parseUtm(built)).toEqual(params);
        const original = new URL(url);
        const query = new URL(built).search.slice(1).split('&');
        const kept = original.search === '' ? [] : original.search.slice(1).split('&');
        expect(query.slice(0, kept.length)).toEqual(kept);
        expect(new URL(built).hash).toBe(original.hash);
      }),
      { numRuns: 300 },
    );
  });
});
