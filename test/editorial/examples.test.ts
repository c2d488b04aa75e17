import { describe, expect, it } from 'vitest';
import {
  adaptPost,
  checkPost,
  ContentPillarSchema,
  EditorialLineSchema,
  expandMixPreset,
  extractEntities,
  HashtagPolicySchema,
  measureText,
  mixPresets,
  MixPresetSchema,
  mixReport,
  nextPillar,
  PostMediaSchema,
  PostSchema,
  ToneOfVoiceSchema,
} from '../../src/editorial/index.js';
import { isLanguageTag, LanguageTagSchema } from '../../src/editorial/language-tag.js';

describe('the @example of every editorial export', () => {
  it('measureText', () => {
    expect(measureText('Nouvelle collection ☕🥐 https://boulangerie.fr/ete', 'x')).toEqual({
      length: 48,
      limit: 280,
      remaining: 232,
      valid: true,
      method: 'weighted',
      checks: [{ unit: 'weighted', length: 48, limit: 280, remaining: 232, valid: true }],
    });
    expect(measureText('x'.repeat(300), 'x', { overrides: { text: { limit: 25000 } } }).valid).toBe(true);
  });

  it('extractEntities', () => {
    expect(extractEntities('Été à #Noël ☕ https://boulangerie.fr/ete', { platform: 'bluesky' }).map((e) => [e.kind, e.text, e.byteStart])).toEqual([
      ['hashtag', '#Noël', 9],
      ['emoji', '☕', 16],
      ['url', 'https://boulangerie.fr/ete', 20],
    ]);
  });

  it('checkPost', () => {
    expect(
      checkPost({
        id: 'p1',
        platform: 'instagram',
        text: 'Nouveau pain ! #pain',
        format: 'image',
        pillar: 'savoirFaire',
        objectiveType: 'acquisition',
        language: 'fr',
        media: [{ kind: 'image' }],
      }).map((f) => f.code),
    ).toEqual(['missingCallToAction', 'missingAltText']);
  });

  it('adaptPost', () => {
    const r = adaptPost(
      { id: 'p1', platform: 'linkedin', text: `${'Du pain chaque matin. '.repeat(20)}#pain #boulangerie`, format: 'text', pillar: 'savoirFaire', objectiveType: 'notoriety', language: 'fr' },
      { platform: 'bluesky' },
    );
    expect(r.measure.valid).toBe(true);
    expect(r.changes.map((c) => c.code)).toEqual(['platformChanged', 'textTruncated']);
  });

  it('mixReport', () => {
    const line = { name: 'Dupain', languages: ['fr'], pillars: [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5 }, { id: 'offres', name: 'Offres', targetShare: 0.5 }] };
    const post = { id: 'p', platform: 'instagram', text: '', format: 'image', objectiveType: 'engagement', language: 'fr' } as const;
    const r = mixReport([{ ...post, pillar: 'savoirFaire' }, { ...post, pillar: 'savoirFaire' }, { ...post, pillar: 'offres' }, { ...post, pillar: 'savoirFaire' }], { editorialLine: line });
    expect(r.largestDeviation).toEqual({ pillar: 'savoirFaire', deviation: 0.25 });
    expect(r.totalVariationDistance).toBe(0.25);
    expect(r.chiSquare).toEqual({ statistic: 1, degreesOfFreedom: 1 });
  });

  it('nextPillar', () => {
    const line = {
      name: 'Dupain',
      languages: ['fr'],
      mixPreset: 'eightyTwenty' as const,
      pillars: [{ id: 'savoirFaire', name: 'Savoir-faire' }, { id: 'offres', name: 'Offres', role: 'promotional' as const }],
    };
    expect(nextPillar([], { editorialLine: line }).pillar).toBe('savoirFaire');
  });

  it('expandMixPreset, mixPresets, MixPresetSchema', () => {
    expect(expandMixPreset('eightyTwenty', [{ id: 'tips' }, { id: 'offers', role: 'promotional' }])).toEqual({ tips: 0.8, offers: 0.2 });
    expect(mixPresets.fourOneOne[0]).toEqual({ roles: ['curated'], share: 4 / 6 });
    expect(MixPresetSchema.parse('ruleOfThirds')).toBe('ruleOfThirds');
  });

  it('the schemas', () => {
    expect(PostMediaSchema.parse({ kind: 'image', altText: 'Une baguette sur une table en bois' })).toEqual({ kind: 'image', altText: 'Une baguette sur une table en bois' });
    expect(PostSchema.parse({ id: 'p1', platform: 'instagram', text: 'Nouvelle collection', format: 'image', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' }).media).toEqual([]);
    expect(ContentPillarSchema.parse({ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.4 }).role).toBe('original');
    expect(ToneOfVoiceSchema.parse({ forbiddenTerms: ['pas cher'], brandSpellings: ['SocialKit'], formality: 'vous' }).descriptors).toEqual([]);
    expect(HashtagPolicySchema.parse({ branded: ['#SocialKit'], maxPerPlatform: { linkedin: 3 } }).max).toBeUndefined();
    expect(
      EditorialLineSchema.parse({
        name: 'Boulangerie Dupain',
        languages: ['fr'],
        mixPreset: 'eightyTwenty',
        pillars: [{ id: 'savoirFaire', name: 'Savoir-faire' }, { id: 'offres', name: 'Offres', role: 'promotional' }],
      }).pillars.length,
    ).toBe(2);
    expect(isLanguageTag('fr-FR')).toBe(true);
    expect(isLanguageTag('français')).toBe(false);
    expect(isLanguageTag(42)).toBe(false);
    expect(LanguageTagSchema.parse('fr-FR')).toBe('fr-FR');
  });
});
