import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { buildUtmUrl, checkUtm, GA4_CHANNEL_GROUPS_SOURCE, GA4_MEDIUM_RULES, parseUtm, UTM_KEYS, UtmParametersSchema, utmParameters, type UtmParameters } from '../../src/strategy/index.js';
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
      'https://boulangerie-martin.fr/galette?taille=6&utm_source=instagram&utm_medium=social&utm_campaign=galette-2027&utm_term=galette%20des%20rois&utm_content=story#commande',
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
      'https://example.com/?utm_source=a%26b%3Dc&utm_medium=x%20y%2Bz&utm_campaign=f%C3%AAte%20%231%20%3F%F0%9F%A5%90&utm_term=l%27%C3%A9t%C3%A9&utm_content=100%25',
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
    expect(codeOf(() => buildUtmUrl('https://example.com', { ...utm, campaignId: '7' } as never))).toBe('unknownUtmParameter');
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
    expect(codeOf(() => parseUtm('https://example.com/?utm_medium=m&utm_campaign=c'))).toBe('incompleteUtm');
    expect(codeOf(() => parseUtm('https://example.com/?utm_id=7'))).toBe('incompleteUtm');
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
      fc.property(base, value, value, value, fc.option(value, { nil: undefined }), fc.option(value, { nil: undefined }), fc.option(value, { nil: undefined }), fc.option(value, { nil: undefined }), (url, source, medium, campaign, content, term, id, tactic) => {
        const params: UtmParameters = { source, medium, campaign };
        if (content !== undefined) params.content = content;
        if (term !== undefined) params.term = term;
        if (id !== undefined) params.id = id;
        if (tactic !== undefined) params.marketingTactic = tactic;
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

// Google Analytics help, "URL builders: collect campaign data with custom URLs": https://support.google.com/analytics/answer/10917952
describe('GA4 parameters (utm_id, utm_source_platform, utm_creative_format, utm_marketing_tactic)', () => {
  const all: UtmParameters = {
    id: 'c42',
    source: 'dv360',
    medium: 'cpm',
    campaign: 'galette-2027',
    sourcePlatform: 'Display & Video 360',
    term: 'galette',
    content: 'banniere-a',
    creativeFormat: 'native',
    marketingTactic: 'remarketing',
  };

  it("writes them in GA4's order, utm_id first", () => {
    expect(UTM_KEYS.map(([, k]) => k)).toEqual([
      'utm_id',
      'utm_source',
      'utm_medium',
      'utm_campaign',
      'utm_source_platform',
      'utm_term',
      'utm_content',
      'utm_creative_format',
      'utm_marketing_tactic',
    ]);
    expect(buildUtmUrl('https://boulangerie-martin.fr/', all)).toBe(
      'https://boulangerie-martin.fr/?utm_id=c42&utm_source=dv360&utm_medium=cpm&utm_campaign=galette-2027&utm_source_platform=Display%20%26%20Video%20360&utm_term=galette&utm_content=banniere-a&utm_creative_format=native&utm_marketing_tactic=remarketing',
    );
    // an existing utm_id is replaced, not repeated
    expect(buildUtmUrl('https://example.com/?utm_id=old&a=1', { ...utm, id: 'new' })).toBe('https://example.com/?a=1&utm_id=new&utm_source=instagram&utm_medium=social&utm_campaign=galette-2027');
  });

  it('reads them back', () => {
    expect(parseUtm(buildUtmUrl('https://boulangerie-martin.fr/', all))).toEqual(all);
    expect(utmParameters(all)).toEqual(all);
    expect(UtmParametersSchema.parse(all)).toEqual(all);
    expect(codeOf(() => utmParameters({ ...utm, sourcePlatform: '' }))).toBe('empty');
    expect(codeOf(() => utmParameters({ ...utm, creativeFormat: 3 }))).toBe('invalidType');
  });

  it('returns what is present: source and medium without a campaign is a GA4 link', () => {
    expect(parseUtm('https://example.com/?utm_source=newsletter&utm_medium=email')).toEqual({ source: 'newsletter', medium: 'email' });
    expect(parseUtm('https://example.com/?utm_source=s')).toEqual({ source: 's' });
    expect(parseUtm('https://example.com/?utm_source=s&utm_campaign=c')).toEqual({ source: 's', campaign: 'c' });
    expect(Object.keys(parseUtm('https://example.com/?utm_source=s&utm_medium=m')!)).toEqual(['source', 'medium']);
  });
});

// Google Analytics help, "[GA4] Default channel group": https://support.google.com/analytics/answer/9756891
describe('checkUtm', () => {
  const codes = (url: string) => checkUtm(url).map((f) => f.code);

  it('finds nothing wrong with a clean link, or a link without UTM parameters', () => {
    expect(checkUtm('https://example.com/?utm_source=instagram&utm_medium=social&utm_campaign=galette-2027')).toEqual([]);
    expect(checkUtm('https://example.com/?q=1')).toEqual([]);
    expect(checkUtm(new URL('https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=x'))).toEqual([]);
  });

  it('reports a missing source, medium or campaign', () => {
    expect(codes('https://example.com/?utm_id=7')).toEqual(['missingSource', 'missingMedium', 'missingCampaign']);
    expect(codes('https://example.com/?utm_source=s&utm_medium=email')).toEqual(['missingCampaign']);
    expect(codes('https://example.com/?utm_source=s&utm_campaign=c')).toEqual(['missingMedium']);
    const [f] = checkUtm('https://example.com/?utm_medium=email&utm_campaign=c');
    expect(f).toMatchObject({ code: 'missingSource', severity: 'error', path: ['url', 'utm_source'] });
  });

  it('reports mixed letter case, GA4 being case-sensitive (Instagram and instagram are two sources)', () => {
    const findings = checkUtm('https://example.com/?utm_source=Instagram&utm_medium=social&utm_campaign=Galette-2027');
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['mixedCase', ['url', 'utm_source']],
      ['mixedCase', ['url', 'utm_campaign']],
    ]);
    expect(findings[0]!.message).toContain('"instagram"');
    expect(codes('https://example.com/?utm_source=IG&utm_medium=social&utm_campaign=fete-2027')).toEqual([]); // one case throughout
    expect(codes('https://example.com/?utm_source=%C3%89t%C3%A9&utm_medium=social&utm_campaign=c')).toEqual(['mixedCase']); // Été
  });

  it('reports a medium that meets no default channel group rule', () => {
    expect(codes('https://example.com/?utm_source=instagram&utm_medium=story&utm_campaign=c')).toEqual(['unknownMedium']);
    expect(codes('https://example.com/?utm_source=s&utm_medium=newsletter&utm_campaign=c')).toEqual(['unknownMedium']);
    for (const medium of ['social', 'paid_social', 'paid', 'cpc', 'ppc', 'retargeting', 'cpm', 'display', 'banner', 'email', 'e-mail', 'affiliate', 'referral', 'app', 'link', 'organic', 'video', 'audio', 'sms', 'web-push', 'mobile', 'sm', 'social%20media', '(none)']) {
      expect(codes(`https://example.com/?utm_source=s&utm_medium=${medium}&utm_campaign=c`), medium).toEqual([]);
    }
    // GA4's definitions ignore letter case, so EMAIL is a known medium, but the mixed-case rule still applies to Email
    expect(codes('https://example.com/?utm_source=s&utm_medium=EMAIL&utm_campaign=c')).toEqual([]);
    expect(codes('https://example.com/?utm_source=s&utm_medium=Email&utm_campaign=c')).toEqual(['mixedCase']);
    expect(checkUtm('https://example.com/?utm_source=s&utm_medium=story&utm_campaign=c')[0]!.message).toContain(GA4_CHANNEL_GROUPS_SOURCE);
  });

  it('reports a key repeated with different values instead of throwing', () => {
    expect(codes('https://example.com/?utm_source=a&utm_source=b&utm_medium=social&utm_campaign=c')).toEqual(['ambiguousUtm']);
  });

  it('refuses what is not an http(s) link', () => {
    expect(codeOf(() => checkUtm('mailto:a@b.fr?utm_source=x'))).toBe('unsupportedProtocol');
    expect(codeOf(() => checkUtm(''))).toBe('invalidUrl');
    expect(codeOf(() => checkUtm(42 as never))).toBe('invalidType');
  });

  it('keeps the grouping rules as frozen data with their source', () => {
    expect(GA4_CHANNEL_GROUPS_SOURCE).toBe('https://support.google.com/analytics/answer/9756891');
    expect(Object.isFrozen(GA4_MEDIUM_RULES)).toBe(true);
    for (const r of GA4_MEDIUM_RULES) {
      expect(Object.isFrozen(r)).toBe(true);
      for (const list of [r.equals, r.contains, r.startsWith, r.endsWith]) if (list !== undefined) expect(Object.isFrozen(list)).toBe(true);
    }
    expect(GA4_MEDIUM_RULES.map((r) => r.channel)).toContain('Organic Social');
  });

  it('survives hostile input', () => {
    sweep(checkUtm, ['https://example.com/?utm_source=s&utm_medium=m&utm_campaign=c']);
  });
});
