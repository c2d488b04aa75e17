import { type EditorialLineInput, type PostInput } from '../../src/editorial/index.js';

/** A post that passes every check of {@link LINE} on Instagram. */
export const POST: PostInput = {
  id: 'p1',
  platform: 'instagram',
  text: 'Notre pain au levain, cuit ce matin. Venez le goûter ! #SocialKit',
  format: 'image',
  pillar: 'savoirFaire',
  objectiveType: 'engagement',
  language: 'fr',
  media: [{ kind: 'image', altText: 'Une miche de pain au levain sur une planche' }],
  links: [],
};

/** The editorial line of a bakery. */
export const LINE: EditorialLineInput = {
  name: 'Boulangerie Dupain',
  languages: ['fr'],
  pillars: [
    { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5, role: 'original', objectives: ['engagement'] },
    { id: 'communaute', name: 'Communauté', targetShare: 0.3, role: 'conversation' },
    { id: 'offres', name: 'Offres', targetShare: 0.2, role: 'promotional', objectives: ['conversion'] },
  ],
  tone: {
    descriptors: ['chaleureux', 'artisanal'],
    do: ['parler du geste'],
    dont: ['promettre des prix'],
    forbiddenTerms: ['pas cher', 'industriel'],
    brandSpellings: ['SocialKit'],
    maxEmojiPerPost: 2,
    maxExclamationsPerPost: 1,
    maxUppercaseRatio: 0.3,
    formality: 'vous',
  },
  hashtags: { branded: ['#SocialKit'], max: 3, maxPerPlatform: { linkedin: 2 } },
  formatsByPlatform: { instagram: ['image', 'carousel', 'shortVideo', 'story'], linkedin: ['text', 'image', 'document'] },
  frequencyPerWeek: { instagram: 4, linkedin: 1 },
};
