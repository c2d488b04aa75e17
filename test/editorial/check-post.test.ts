import { describe, expect, it } from 'vitest';
import { SocialKitError, ValidationError } from '../../src/core/index.js';
import { checkPost, POST_FINDING_CODES, type PostInput, type PostRule } from '../../src/editorial/index.js';
import { LINE, POST } from './fixtures.js';

const codes = (post: Partial<PostInput>, options: Parameters<typeof checkPost>[1] = { editorialLine: LINE }): string[] =>
  checkPost({ ...POST, ...post } as PostInput, options).map((f) => f.code);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('checkPost', () => {
  it('finds nothing wrong with a post that follows the line', () => {
    expect(checkPost(POST, { editorialLine: LINE })).toEqual([]);
  });

  it('checks only the platform rules without an editorial line', () => {
    expect(codes({ pillar: 'inconnu', text: 'TOUT EN MAJUSCULES !!!' }, {})).toEqual([]);
  });

  describe('every finding code', () => {
    it.each<[string, Partial<PostInput>, Parameters<typeof checkPost>[1]?]>([
      ['overLimit', { platform: 'x', text: 'pain '.repeat(60), format: 'text', media: [] }, { editorialLine: { ...LINE, formatsByPlatform: {} } }],
      ['overByteLimit', { platform: 'bluesky', text: '👨‍👩‍👧‍👦'.repeat(121), format: 'text', media: [] }, {}],
      ['tooManyLinks', { platform: 'threads', text: 'https://a.fr https://b.fr https://c.fr', links: ['https://d.fr', 'https://e.fr', 'https://f.fr'] }, {}],
      ['tooManyHashtagsForPlatform', { text: '#un #deux #trois #quatre #cinq #six' }, {}],
      ['tooManyHashtagsForPolicy', { platform: 'linkedin', text: 'Du pain. #SocialKit #pain #levain' }],
      ['tooManyMentions', { text: Array.from({ length: 21 }, (_, i) => `@ami${i}`).join(' ') }, {}],
      ['forbiddenTerm', { text: 'Du bon pain au levain, Pas Chèr du tout' }],
      ['brandMisspelt', { text: 'Merci à Socialkit' }],
      ['missingCallToAction', { objectiveType: 'acquisition' }, {}],
      ['missingAltText', { media: [{ kind: 'image' }, { kind: 'video' }] }, {}],
      ['unknownPillar', { pillar: 'recettes' }],
      ['formatNotAllowed', { format: 'text' }],
      ['tooManyExclamations', { text: 'Venez !! Vite !' }],
      ['tooMuchUppercase', { text: 'NOTRE PAIN AU LEVAIN EST PRÊT ce matin' }],
      ['tooManyEmoji', { text: 'Du pain 🥖🥐🍞' }],
      ['formalityMismatch', { text: 'Tu vas adorer notre pain.' }],
      ['languageNotInLine', { language: 'de' }],
      ['emptyText', { text: '   ', format: 'text', platform: 'linkedin' }],
      ['unsafeCharacters', { platform: 'youtube', format: 'video', text: 'Le pain <3 et le levain > tout', media: [] }, {}],
      ['linkNotClickable', { text: 'Recette sur https://boulangerie.fr/recettes' }, {}],
    ])('%s', (code, post, options = { editorialLine: LINE }) => {
      const findings = checkPost({ ...POST, ...post } as PostInput, options);
      expect(findings.map((f) => f.code)).toEqual([code]);
      const [f] = findings;
      expect(f!.message.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(f!.severity);
    });

    it('covers every documented code', () => {
      expect(POST_FINDING_CODES).toHaveLength(20);
    });
  });

  describe('the rules, in detail', () => {
    it('says how much to cut, in the platform’s unit', () => {
      const [f] = checkPost({ ...POST, platform: 'x', format: 'text', media: [], text: '東京'.repeat(141) }, {});
      expect(f).toEqual({ code: 'overLimit', severity: 'error', message: expect.stringMatching(/564 characters \(weighted.*limit of 280: shorten it by 284/), path: ['text'] });
    });

    it('matches forbidden terms whole-word, ignoring case and accents', () => {
      expect(codes({ text: 'Pas chers, nos pains ?' })).toEqual([]);
      expect(codes({ text: 'Un goût Industriel, jamais.' })).toEqual(['forbiddenTerm']);
      expect(codes({ text: 'Pain pas cher… et industriel' })).toEqual(['forbiddenTerm', 'forbiddenTerm']);
    });

    it('reports each misspelling of the brand once, and accepts the right spelling', () => {
      const messages = checkPost({ ...POST, text: 'SocialKit, Socialkit, Social Kit, social-kit et Socialkit. SocialKits' }, { editorialLine: LINE }).map((f) => f.message);
      expect(messages).toEqual(['Write the brand "SocialKit", not "Socialkit".', 'Write the brand "SocialKit", not "Social Kit".', 'Write the brand "SocialKit", not "social-kit".']);
    });

    it('asks a call to action of conversion posts too, and not of others', () => {
      expect(codes({ objectiveType: 'conversion' }, {})).toEqual(['missingCallToAction']);
      expect(codes({ objectiveType: 'acquisition', callToAction: 'Commandez sur dupain.fr' }, {})).toEqual([]);
      expect(codes({ objectiveType: 'loyalty' }, {})).toEqual([]);
    });

    it('points at the media item without alternative text', () => {
      const [f] = checkPost({ ...POST, media: [{ kind: 'image', altText: 'ok' }, { kind: 'gif', altText: ' ' }] }, {});
      expect(f!.path).toEqual(['media', 1, 'altText']);
    });

    it('does not judge capitals on short texts, or inside URLs and hashtags', () => {
      expect(codes({ text: 'OK' })).toEqual([]);
      expect(codes({ text: 'Voir https://EXAMPLE.COM/PAIN-AU-LEVAIN-DU-JOUR #SocialKit ici' }, { editorialLine: LINE, ignore: ['linkNotClickable'] })).toEqual([]);
    });

    it('applies the French form of address only to French posts, in both directions', () => {
      expect(codes({ text: 'You will love it.', language: 'en' }, { editorialLine: { ...LINE, languages: ['fr', 'en'] } })).toEqual([]);
      expect(codes({ text: "T'as vu ?" })).toEqual(['formalityMismatch']);
      expect(codes({ text: 'Votre pain vous attend.' }, { editorialLine: { ...LINE, tone: { ...LINE.tone, formality: 'tu' } } })).toEqual(['formalityMismatch']);
    });

    it('accepts a regional language when the line names the language', () => {
      expect(codes({ language: 'fr-CA' })).toEqual([]);
      expect(codes({ language: 'fr' }, { editorialLine: { ...LINE, languages: ['fr-FR'] } })).toEqual([]);
    });

    it('checks for another platform than the post’s, with overrides', () => {
      expect(codes({ text: 'pain '.repeat(60) }, { platform: 'x' })).toEqual(['overLimit']);
      expect(codes({ text: 'pain '.repeat(60) }, { platform: 'x', overrides: { text: { limit: 25000 } } })).toEqual([]);
    });
  });

  describe('caller rules', () => {
    const noMonday: PostRule = (post) => (post.text.includes('lundi') ? [{ code: 'mondayBlues', severity: 'info', message: 'Nobody reads on Monday.', path: ['text'] }] : []);

    it('runs the caller’s rules after the built-in ones, with the context', () => {
      let seen: unknown;
      const spy: PostRule = (_post, context) => {
        seen = [context.platform, context.measure.method, context.entities.length, context.editorialLine?.name, context.rules.name];
        return [];
      };
      expect(codes({ text: 'À lundi !' }, { editorialLine: LINE, rules: [noMonday, spy] })).toEqual(['mondayBlues']);
      expect(seen).toEqual(['instagram', 'utf16', 0, 'Boulangerie Dupain', 'Instagram']);
    });

    it('ignores the codes asked', () => {
      expect(codes({ objectiveType: 'acquisition', media: [{ kind: 'image' }] }, { ignore: ['missingAltText'] })).toEqual(['missingCallToAction']);
    });

    it('refuses a rule that returns no array, an invalid finding, or throws', () => {
      const call = (rule: unknown) => () => checkPost(POST, { rules: [rule as PostRule] });
      expect(call(() => 'oops')).toThrow(/must return an array of findings/);
      expect(call(() => [{ code: '', severity: 'fatal', message: 'x', path: [] }])).toThrow(ValidationError);
      expect(call(() => {
        throw new TypeError('boom');
      })).toThrow(/options.rules\[0\] threw: boom/);
      expect(call(() => {
        throw 'raw';
      })).toThrow(/threw: "raw"/);
      const own = new SocialKitError('infeasible', 'mine');
      expect(call(() => {
        throw own;
      })).toThrow(own);
    });

    it('refuses malformed options', () => {
      expect(() => checkPost(POST, { rules: 'all' as never })).toThrow(/options.rules must be an array/);
      expect(() => checkPost(POST, { rules: [42 as never] })).toThrow(/options.rules\[0\] must be a function/);
      expect(() => checkPost(POST, { ignore: 'x' as never })).toThrow(/options.ignore must be an array/);
      expect(() => checkPost(POST, { ignore: [1 as never] })).toThrow(/options.ignore\[0\]/);
      expect(() => checkPost(POST, { platform: 'orkut' as never })).toThrow(ValidationError);
      expect(() => checkPost(POST, { colour: 'red' } as never)).toThrow(/not an option/);
      expect(() => checkPost({ ...POST, language: 'français' })).toThrow(ValidationError);
      expect(() => checkPost(POST, { editorialLine: { ...LINE, pillars: [] } })).toThrow(ValidationError);
    });
  });

  it('does not mutate its inputs', () => {
    const post = deepFreeze(structuredClone({ ...POST, text: 'Tu vas adorer !! #a #b #c #d' }));
    const line = deepFreeze(structuredClone(LINE));
    expect(() => checkPost(post, { editorialLine: line })).not.toThrow();
  });
});
