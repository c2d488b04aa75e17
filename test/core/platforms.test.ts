import { describe, expect, it } from 'vitest';
import { getPlatform, isPlatformId, PLATFORM_IDS, PlatformOverridesSchema, platforms, TEXT_METHODS, toJsonSchema, ValidationError } from '../../src/core/index.js';
import { platformId } from '../../src/core/internal.js';

describe('the platform registry', () => {
  it('covers the ten platforms, each value with a source and a date', () => {
    expect(Object.keys(platforms).sort()).toEqual([...PLATFORM_IDS].sort());
    const facts: { path: string; source: string; asOf: string | null }[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      if ('value' in node && 'source' in node) {
        const f = node as unknown as { source: string; asOf: string | null };
        facts.push({ path, source: f.source, asOf: f.asOf });
        return;
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
    };
    walk(platforms, 'platforms');
    expect(facts.length).toBeGreaterThan(40);
    for (const f of facts) {
      expect(f.source, f.path).toMatch(/^https:\/\//);
      expect(f.asOf, f.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('records the limits the issue names', () => {
    const limit = (id: keyof typeof platforms) => platforms[id].text.limit.value;
    expect(limit('x')).toBe(280);
    expect(limit('bluesky')).toBe(300);
    expect(platforms.bluesky.text.bytes?.value).toBe(3000);
    expect(limit('mastodon')).toBe(500);
    expect(platforms.mastodon.text.urlLength?.value).toBe(23);
    expect(platforms.mastodon.text.remoteMentionDomainCounts?.value).toBe(false);
    expect(limit('threads')).toBe(500);
    expect(platforms.threads.text.method.value).toBe('emojiBytes');
    expect(platforms.threads.text.maxLinks?.value).toBe(5);
    expect(limit('linkedin')).toBe(3000);
    expect(limit('instagram')).toBe(2200);
    expect(platforms.instagram.hashtags?.max.value).toBe(5);
    expect(limit('tiktok')).toBe(2200);
    expect(limit('facebook')).toBe(63206);
    expect(platforms.youtube.title?.limit.value).toBe(100);
    expect(limit('youtube')).toBe(5000);
    expect(limit('pinterest')).toBe(800);
    for (const p of Object.values(platforms)) expect(TEXT_METHODS).toContain(p.text.method.value);
  });

  it("records X's weighting (twitter-text config v3)", () => {
    const w = platforms.x.text.weighting!.value;
    expect(w.scale).toBe(100);
    expect(w.defaultWeight).toBe(200);
    expect(w.emojiWeight).toBe(200);
    expect(w.ranges).toEqual([
      { start: 0, end: 4351, weight: 100 },
      { start: 8192, end: 8205, weight: 100 },
      { start: 8208, end: 8223, weight: 100 },
      { start: 8242, end: 8247, weight: 100 },
    ]);
    expect(platforms.x.text.urlLength?.value).toBe(23);
  });
});

describe('getPlatform()', () => {
  it('applies bare-value overrides as "override" facts and leaves the registry alone', () => {
    const premium = getPlatform('x', { text: { limit: 25000 } });
    expect(premium.text.limit).toEqual({ value: 25000, source: 'override', asOf: null });
    expect(platforms.x.text.limit.value).toBe(280);
    expect(premium.text.method.value).toBe('weighted');
    const instance = getPlatform('mastodon', { text: { limit: 5000 }, media: { maxImages: 8 } });
    expect(instance.text.limit.value).toBe(5000);
    expect(instance.media.maxImages?.value).toBe(8);
  });

  it('accepts whole facts with their own source', () => {
    const p = getPlatform('mastodon', {
      text: { limit: { value: 11000, source: 'https://example.social/api/v2/instance', asOf: '2027-01-01', note: 'our instance' } },
      name: 'Example Social',
    });
    expect(p.text.limit).toEqual({ value: 11000, source: 'https://example.social/api/v2/instance', asOf: '2027-01-01', note: 'our instance' });
    expect(p.name).toBe('Example Social');
  });

  it('adds a section the platform lacks, when complete', () => {
    const p = getPlatform('facebook', { hashtags: { max: 10 } });
    expect(p.hashtags?.max.value).toBe(10);
    expect(() => getPlatform('facebook', { title: { limit: 10 } })).toThrow(/both title\.limit and title\.method/);
    expect(getPlatform('facebook', { title: { limit: 10, method: 'graphemes' } }).title?.method.value).toBe('graphemes');
  });

  it('refuses typos, bad values and unknown platforms', () => {
    expect(() => getPlatform('x', { text: { limt: 1 } } as never)).toThrow(/overrides.text.limt is not a field: did you mean `limit`/);
    expect(() => getPlatform('x', { txt: {} } as never)).toThrow(/is not a field/);
    expect(() => getPlatform('x', { text: { limit: -5 } })).toThrow(ValidationError);
    expect(() => getPlatform('x', { text: { limit: 0 } })).toThrow(/at least 1/);
    expect(() => getPlatform('x', { text: { method: 'bytes' as never } })).toThrow(/weighted, graphemes/);
    expect(() => getPlatform('x', { text: { remoteMentionDomainCounts: 'no' as never } })).toThrow(ValidationError);
    expect(() => getPlatform('x', { text: 5 as never })).toThrow(ValidationError);
    expect(() => getPlatform('x', 5 as never)).toThrow(ValidationError);
    expect(() => getPlatform('x', { name: '' })).toThrow(ValidationError);
    expect(() => getPlatform('twitter' as never)).toThrow(/use 'x'/);
    expect(() => getPlatform('x', { text: { limit: { value: 5, source: '', asOf: null } } })).toThrow(/source/);
    expect(() => getPlatform('x', { text: { limit: { value: 5, source: 's', asOf: 5 as never } } })).toThrow(/asOf/);
    expect(() => getPlatform('x', JSON.parse('{"__proto__": {"text": 1}}'))).toThrow(/is not a field/);
  });

  it('validates a weighting override field by field', () => {
    const w = { scale: 100, defaultWeight: 200, emojiWeight: 200, ranges: [{ start: 0, end: 127, weight: 100 }] };
    expect(getPlatform('x', { text: { weighting: w } }).text.weighting?.value.ranges).toHaveLength(1);
    expect(() => getPlatform('x', { text: { weighting: null as never } })).toThrow(ValidationError);
    expect(() => getPlatform('x', { text: { weighting: { ...w, scale: 0 } } })).toThrow(ValidationError);
    expect(() => getPlatform('x', { text: { weighting: { ...w, ranges: 'x' as never } } })).toThrow(/ranges must be an array/);
    expect(() => getPlatform('x', { text: { weighting: { ...w, ranges: [null as never] } } })).toThrow(ValidationError);
    expect(() => getPlatform('x', { text: { weighting: { ...w, ranges: [{ start: -1, end: 1, weight: 1 }] } } })).toThrow(ValidationError);
  });

  it('ignores undefined overrides', () => {
    expect(getPlatform('x', { text: { limit: undefined } }).text.limit.value).toBe(280);
    expect(getPlatform('x', { text: undefined }).text.limit.value).toBe(280);
    expect(getPlatform('x', undefined).text.limit.value).toBe(280);
  });
});

describe('platform ids', () => {
  it('knows the ten ids and suggests the right one for aliases', () => {
    expect(isPlatformId('bluesky')).toBe(true);
    expect(isPlatformId('twitter')).toBe(false);
    expect(platformId('linkedin')).toBe('linkedin');
    expect(() => platformId('twitter')).toThrow(/use 'x'/);
    expect(() => platformId('X')).toThrow(/use 'x'/);
    expect(() => platformId('myspace', ['posts', 0, 'platform'])).toThrow(/posts\[0\]\.platform must be one of/);
    expect(() => platformId(null, [])).toThrow(/^The platform/);
  });
});

describe('PlatformOverridesSchema (issue 11: the override table is a schema)', () => {
  it('exports to JSON Schema with every section and fact, strict', () => {
    const json = toJsonSchema(PlatformOverridesSchema) as { properties: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }>; additionalProperties?: unknown };
    expect(Object.keys(json.properties)).toEqual(['name', 'text', 'title', 'hashtags', 'mentions', 'media', 'profile']);
    expect(Object.keys(json.properties.profile?.properties ?? {})).toEqual(['displayName', 'username', 'bio', 'links', 'avatar', 'cover']);
    expect(json.additionalProperties).toBe(false);
    expect(Object.keys(json.properties.text?.properties ?? {})).toContain('weighting');
    expect(Object.keys(json.properties.media?.properties ?? {})).toEqual(['maxImages', 'maxCarouselItems', 'maxVideoSeconds']);
  });

  it('names the field and the fix of each bad override, with every problem at once', () => {
    try {
      getPlatform('x', { text: { limit: 0, method: 'bytes' as never }, media: { maxImages: -1 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues.map((i) => [i.code, i.path.join('.'), i.message]);
      expect(issues).toEqual([
        ['outOfRange', 'overrides.text.limit', 'must be at least 1, got 0'],
        ['invalidValue', 'overrides.text.method', 'must be one of weighted, graphemes, codePoints, utf16, emojiBytes'],
        ['outOfRange', 'overrides.media.maxImages', 'must be a count (a whole number ≥ 0), got -1'],
      ]);
    }
  });

  it('keeps a whole fact as given, and a bare value as an override', () => {
    const p = getPlatform('x', { text: { limit: { value: 500, source: 'https://example.com', asOf: '2027-01-01', note: 'n' }, maxLinks: 3 } });
    expect(p.text.limit).toEqual({ value: 500, source: 'https://example.com', asOf: '2027-01-01', note: 'n' });
    expect(p.text.maxLinks).toEqual({ value: 3, source: 'override', asOf: null });
    expect(getPlatform('x', { text: { limit: { value: 500, source: 's' } } }).text.limit).toEqual({ value: 500, source: 's', asOf: null });
  });
});
