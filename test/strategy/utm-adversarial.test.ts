/**
 * buildUtmUrl on adversarial input (issue 13): credentials kept in a link
 * meant for public posting, and a 600 KB URL from a 100,000-character campaign.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { buildUtmUrl } from '../../src/strategy/index.js';

const utm = { source: 'instagram', medium: 'social', campaign: 'galette' };

function issueOf(run: () => unknown): { code: string; path: readonly (string | number)[] } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('buildUtmUrl refuses what must not be posted', () => {
  it.each(['https://admin:s3cret@shop.example/promo', 'https://admin@shop.example/promo', 'https://:s3cret@shop.example/promo', new URL('http://u:p@shop.example/')])('credentials in %s (credentialsInUrl)', (url) => {
    expect(issueOf(() => buildUtmUrl(url, utm))).toEqual(expect.objectContaining({ code: 'credentialsInUrl', path: ['url'] }));
  });

  it('a result longer than 2,048 characters (urlTooLong), such as a 100,000-character campaign', () => {
    expect(issueOf(() => buildUtmUrl('https://shop.example/promo', { ...utm, campaign: 'x'.repeat(100_000) }))?.code).toBe('urlTooLong');
    const path = `https://shop.example/${'p'.repeat(1950)}`;
    expect(issueOf(() => buildUtmUrl(path, { ...utm, content: 'c'.repeat(50) }))?.code).toBe('urlTooLong');
  });

  it('accepts a result of exactly 2,048 characters', () => {
    const head = 'https://shop.example/?utm_source=instagram&utm_medium=social&utm_campaign=';
    const campaign = 'x'.repeat(2048 - head.length);
    const url = buildUtmUrl('https://shop.example/', { ...utm, campaign });
    expect(url).toBe(head + campaign);
    expect(url).toHaveLength(2048);
    expect(issueOf(() => buildUtmUrl('https://shop.example/', { ...utm, campaign: `${campaign}x` }))?.code).toBe('urlTooLong');
  });
});
