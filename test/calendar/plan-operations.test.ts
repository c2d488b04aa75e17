import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findConflicts,
  freeze,
  insertNewsjacking,
  planCalendar,
  POST_STATUSES,
  reschedule,
  resume,
  transition,
  type Plan,
  type PlanInput,
  type PostStatus,
} from '../../src/calendar/index.js';
import { TransitionError, ValidationError } from '../../src/core/index.js';
import { deepFreeze, errorOf, input, plan, post } from './plan-fixtures.js';

const conflictCodes = (p: PlanInput) => findConflicts(p).map((f) => `${f.code} ${f.path.join('.')}`);
const newFindings = (before: PlanInput, after: Plan) => after.findings.slice(before.findings?.length ?? 0);

describe('findConflicts', () => {
  it('duplicate: two posts on one platform at the same instant (other platforms do not count)', () => {
    const p = plan([post('a', '2027-03-10T08:00:00Z', '09:00'), post('b', '2027-03-10T08:00:00Z', '09:00'), post('c', '2027-03-10T08:00:00Z', '09:00', { platform: 'instagram' })]);
    expect(findConflicts(p)).toEqual([{ code: 'duplicate', severity: 'error', message: "'a' and 'b' are both on x at 2027-03-10T08:00:00.000Z", path: ['posts', 'a'] }]);
  });

  it('tooClose: consecutive posts closer than minGapMinutes', () => {
    const p = plan([post('a', '2027-03-10T08:00:00Z', '09:00'), post('b', '2027-03-10T08:45:00Z', '09:45'), post('c', '2027-03-10T10:00:00Z', '11:00')], { constraints: { x: { minGapMinutes: 60 } } });
    expect(findConflicts(p)).toEqual([{ code: 'tooClose', severity: 'warning', message: "'a' and 'b' are 45 minutes apart on x; minGapMinutes is 60", path: ['posts', 'a'] }]);
  });

  it('overDailyCap: more posts in a local day than maxPerDay (days in the plan\u2019s zone)', () => {
    // 23:30 UTC on the 9th is 00:30 on the 10th in Paris.
    const p = plan([post('a', '2027-03-09T23:30:00Z', '00:30'), post('b', '2027-03-10T08:00:00Z', '09:00'), post('c', '2027-03-09T22:30:00Z', '23:30')], { constraints: { x: { maxPerDay: 1 } } });
    expect(findConflicts(p)).toEqual([{ code: 'overDailyCap', severity: 'warning', message: "x has 2 posts on 2027-03-10, more than maxPerDay (1): 'a', 'b'", path: ['posts', 'a'] }]);
  });

  it('inBlackout and inFreeze: posts due in them that are not paused, published or failed', () => {
    const blackouts = [{ from: '2027-03-10T00:00:00Z', to: '2027-03-11T00:00:00Z', reason: 'Deuil' }];
    const freezes = [{ id: 'f1', from: '2027-03-12T00:00:00Z', to: '2027-03-13T00:00:00Z', reason: 'Crise', actor: 'cm', at: '2027-03-12T00:00:00Z', posts: [] }];
    const p = plan(
      [
        post('a', '2027-03-10T08:00:00Z', '09:00'),
        post('b', '2027-03-10T10:00:00Z', '11:00', { status: 'published' }),
        post('c', '2027-03-12T08:00:00Z', '09:00', { status: 'scheduled' }),
        post('d', '2027-03-12T10:00:00Z', '11:00', { status: 'failed' }),
      ],
      { blackouts, freezes },
    );
    expect(findConflicts(p)).toEqual([
      { code: 'inBlackout', severity: 'error', message: "'a' is due during a blackout (Deuil)", path: ['posts', 'a'] },
      { code: 'inFreeze', severity: 'error', message: "'c' is due during the freeze 'f1' (Crise) but is scheduled, not paused", path: ['posts', 'c'] },
    ]);
  });

  it('outsidePeriod: a post whose local date is outside the period', () => {
    expect(conflictCodes(plan([post('a', '2027-03-31T22:30:00Z', '00:30')]))).toEqual(['outsidePeriod posts.a']);
    expect(conflictCodes(plan([post('a', '2027-03-31T21:30:00Z', '23:30')]))).toEqual([]);
  });

  it('failed posts take no place in the feed', () => {
    const p = plan([post('a', '2027-03-10T08:00:00Z', '09:00', { status: 'failed' }), post('b', '2027-03-10T08:00:00Z', '09:00')]);
    expect(findConflicts(p)).toEqual([]);
  });

  it('refuses a malformed plan: a wrong localTime, a repeated id, a time with seconds, a period backwards', () => {
    expect(errorOf(() => findConflicts(plan([post('a', '2027-03-10T08:00:00Z', '08:00')]))).path).toEqual(['plan', 'posts', 0, 'localTime']);
    expect(errorOf(() => findConflicts(plan([post('a', '2027-03-10T08:00:00Z', '09:00'), post('a', '2027-03-11T08:00:00Z', '09:00')]))).path).toEqual(['plan', 'posts', 1, 'id']);
    expect(errorOf(() => findConflicts(plan([post('a', '2027-03-10T08:00:30Z', '09:00')]))).path).toEqual(['plan', 'posts', 0, 'at']);
    expect(errorOf(() => findConflicts(plan([], { period: { from: '2027-03-02', to: '2027-03-01' } }))).path).toEqual(['plan', 'period', 'to']);
    expect(errorOf(() => findConflicts(null as unknown as PlanInput)).path).toEqual(['plan']);
  });
});

describe('reschedule', () => {
  const base = plan([post('a', '2027-03-10T08:00:00Z', '09:00'), post('b', '2027-03-12T08:00:00Z', '09:00')], { constraints: { x: { minGapMinutes: 60 } } });

  it('moves one post, with its local time, keeps the order by instant, and does not mutate the plan', () => {
    const frozen = deepFreeze(structuredClone(base));
    const moved = reschedule(frozen, 'a', '2027-03-13T18:30:00+01:00');
    expect(moved.posts.map((p) => `${p.id} ${p.at.toISOString()} ${p.localTime}`)).toEqual(['b 2027-03-12T08:00:00.000Z 09:00', 'a 2027-03-13T17:30:00.000Z 18:30']);
    expect(moved.findings).toEqual([]);
    expect(frozen).toEqual(base);
  });

  it('keeps the wall time of the plan\u2019s zone across DST (28 March 2027 in Paris)', () => {
    const moved = reschedule(base, 'a', '2027-03-29T09:00:00+02:00');
    expect(moved.posts[1]).toMatchObject({ id: 'a', localTime: '09:00' });
    expect(moved.posts[1]!.at.toISOString()).toBe('2027-03-29T07:00:00.000Z');
  });

  it('appends the conflicts the move leaves, and moves anyway', () => {
    const moved = reschedule(base, 'a', '2027-03-12T08:30:00Z');
    expect(moved.findings.map((f) => f.code)).toEqual(['tooClose']);
    expect(moved.posts.map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('refuses an unknown id, a published post, an instant with seconds', () => {
    expect(errorOf(() => reschedule(base, 'zz', '2027-03-12T08:30:00Z'))).toMatchObject({ path: ['id'], issues: [{ code: 'unknownPost' }] });
    expect(errorOf(() => reschedule(base, '', '2027-03-12T08:30:00Z')).path).toEqual(['id']);
    expect(errorOf(() => reschedule(base, 'a', '2027-03-12T08:30:15Z')).path).toEqual(['at']);
    expect(errorOf(() => reschedule(base, 'a', '10000-01-01T00:00:00Z')).path).toEqual(['at']);
    const published = plan([post('a', '2027-03-10T08:00:00Z', '09:00', { status: 'published' })]);
    expect(() => reschedule(published, 'a', '2027-03-12T08:30:00Z')).toThrow(TransitionError);
  });
});

describe('insertNewsjacking', () => {
  const x = (id: string, at: string, localTime: string, extra = {}) => post(id, at, localTime, extra);
  // X posts at 09:00 and 18:00 (Paris) every day of 10-12 March.
  const busy = plan(
    [
      x('x-10-0900', '2027-03-10T08:00:00Z', '09:00'),
      x('x-10-1800', '2027-03-10T17:00:00Z', '18:00'),
      x('x-11-0900', '2027-03-11T08:00:00Z', '09:00'),
      x('x-12-1800', '2027-03-12T17:00:00Z', '18:00'),
      x('ig-10-0930', '2027-03-10T08:30:00Z', '09:30', { platform: 'instagram' }),
    ],
    { constraints: { x: { minGapMinutes: 120, maxPerDay: 2 } } },
  );

  it('adds the post and bumps the lower-priority posts within the gap to the next free slot, reporting each move', () => {
    const next = insertNewsjacking(busy, { at: '2027-03-10T10:00:00+01:00', platform: 'x', pillar: 'actualite', text: 'Le Beaujolais est arrivé !' });
    const news = next.posts.find((p) => p.id === 'news-x-2027-03-10-1000')!;
    expect(news).toMatchObject({ platform: 'x', localTime: '10:00', status: 'draft', priority: 2, pillar: 'actualite', format: 'text', objectiveType: 'engagement', language: 'fr', observanceId: null });
    // 09:00 on the 10th is within 120 minutes: next free time of day is 18:00? taken; 09:00 on the 11th? taken; 18:00 on the 11th is free.
    expect(next.posts.find((p) => p.id === 'x-10-0900')!.at.toISOString()).toBe('2027-03-11T17:00:00.000Z');
    expect(newFindings(busy, next)).toEqual([
      {
        code: 'bumped',
        severity: 'info',
        message: "'x-10-0900' moved from 2027-03-10 09:00 to 2027-03-11 18:00 (Europe/Paris) for the newsjacking post 'news-x-2027-03-10-1000'",
        path: ['posts', 'x-10-0900'],
      },
    ]);
    expect(findConflicts(next)).toEqual([]);
    expect(next.posts.find((p) => p.id === 'ig-10-0930')!.at.toISOString()).toBe('2027-03-10T08:30:00.000Z');
  });

  it('bumps for the daily cap: the lowest priority, then the latest post of the day', () => {
    const next = insertNewsjacking(busy, { at: '2027-03-10T14:00:00+01:00', platform: 'x', pillar: 'actualite' });
    expect(newFindings(busy, next).map((f) => f.path[1])).toEqual(['x-10-1800']);
    expect(next.posts.find((p) => p.id === 'x-10-1800')!.localTime).toBe('18:00');
    expect(next.posts.find((p) => p.id === 'x-10-1800')!.at.toISOString()).toBe('2027-03-11T17:00:00.000Z');
    const withPriority = plan([x('a', '2027-03-10T08:00:00Z', '09:00', { priority: 0 }), x('b', '2027-03-10T17:00:00Z', '18:00', { priority: 1 })], { constraints: { x: { maxPerDay: 2 } } });
    const bumped = insertNewsjacking(withPriority, { at: '2027-03-10T12:00:00Z', platform: 'x', pillar: 'actualite' });
    expect(newFindings(withPriority, bumped).map((f) => f.path[1])).toEqual(['a']);
  });

  it('never bumps posts of equal or higher priority, or published and paused posts: their conflicts are reported', () => {
    const guarded = plan(
      [x('obs', '2027-03-10T08:00:00Z', '09:00', { priority: 2 }), x('pub', '2027-03-11T08:00:00Z', '09:00', { status: 'published' })],
      { constraints: { x: { minGapMinutes: 60 } } },
    );
    const a = insertNewsjacking(guarded, { at: '2027-03-10T08:30:00Z', platform: 'x', pillar: 'actualite' });
    expect(newFindings(guarded, a).map((f) => f.code)).toEqual(['tooClose']);
    const b = insertNewsjacking(guarded, { at: '2027-03-11T08:30:00Z', platform: 'x', pillar: 'actualite', priority: 5 });
    expect(newFindings(guarded, b).map((f) => `${f.code} ${f.path[1]}`)).toEqual(['tooClose pub']);
  });

  it('noFreeSlot: a bumped post with no free slot before the end of the period stays', () => {
    const end = plan([x('last', '2027-03-31T08:00:00Z', '10:00')], { constraints: { x: { maxPerDay: 1 } } });
    const next = insertNewsjacking(end, { at: '2027-03-31T07:00:00Z', platform: 'x', pillar: 'actualite' });
    expect(newFindings(end, next).map((f) => f.code)).toEqual(['noFreeSlot', 'overDailyCap']);
    expect(next.posts.find((p) => p.id === 'last')!.at.toISOString()).toBe('2027-03-31T08:00:00.000Z');
  });

  it('never bumps into a blackout or a freeze', () => {
    const p = plan([x('a', '2027-03-10T08:00:00Z', '09:00')], {
      constraints: { x: { maxPerDay: 1 } },
      blackouts: [{ from: '2027-03-11T00:00:00Z', to: '2027-03-12T00:00:00Z' }],
      freezes: [{ id: 'f', from: '2027-03-12T00:00:00Z', to: '2027-03-13T00:00:00Z', reason: 'Crise', actor: 'cm', at: '2027-03-12T00:00:00Z', posts: [] }],
    });
    const next = insertNewsjacking(p, { at: '2027-03-10T12:00:00Z', platform: 'x', pillar: 'actualite' });
    expect(next.posts.find((q) => q.id === 'a')!.at.toISOString()).toBe('2027-03-13T08:00:00.000Z');
  });

  it('reports the new post\u2019s own conflicts (a blackout) and adds it all the same', () => {
    const p = plan([], { blackouts: [{ from: '2027-03-10T00:00:00Z', to: '2027-03-11T00:00:00Z' }] });
    const next = insertNewsjacking(p, { at: '2027-03-10T12:00:00Z', platform: 'x', pillar: 'actualite', language: 'fr', id: 'hot' });
    expect(next.posts.map((q) => q.id)).toEqual(['hot']);
    expect(next.findings.map((f) => f.code)).toEqual(['inBlackout']);
  });

  it('derives a fresh id, takes the plan\u2019s language, and refuses what it cannot decide', () => {
    const once = insertNewsjacking(busy, { at: '2027-03-20T12:00:00Z', platform: 'x', pillar: 'actualite', media: [{ kind: 'image', altText: 'Une bouteille' }], links: ['https://boulangerie.fr'], callToAction: 'Venez !' });
    const twice = insertNewsjacking(once, { at: '2027-03-20T12:00:00Z', platform: 'x', pillar: 'actualite' });
    expect(twice.posts.filter((q) => q.id.startsWith('news-')).map((q) => q.id)).toEqual(['news-x-2027-03-20-1300', 'news-x-2027-03-20-1300-2']);
    expect(once.posts.find((q) => q.id === 'news-x-2027-03-20-1300')).toMatchObject({ links: ['https://boulangerie.fr/'], callToAction: 'Venez !', media: [{ kind: 'image', altText: 'Une bouteille' }] });
    expect(errorOf(() => insertNewsjacking(busy, { at: '2027-03-20T12:00:00Z', platform: 'x', pillar: 'actualite', id: 'x-10-0900' })).path).toEqual(['options', 'id']);
    expect(errorOf(() => insertNewsjacking(plan([]), { at: '2027-03-20T12:00:00Z', platform: 'x', pillar: 'actualite' })).path).toEqual(['options', 'language']);
    const mixed = plan([post('a', '2027-03-10T08:00:00Z', '09:00'), post('b', '2027-03-11T08:00:00Z', '09:00', { language: 'en' })]);
    expect(errorOf(() => insertNewsjacking(mixed, { at: '2027-03-20T12:00:00Z', platform: 'x', pillar: 'actualite' })).path).toEqual(['options', 'language']);
    expect(errorOf(() => insertNewsjacking(busy, { at: '2027-03-20T12:00:00Z', platform: 'x', pillar: '' })).path).toEqual(['options', 'pillar']);
    expect(errorOf(() => insertNewsjacking(busy, { at: '2027-03-20T12:00:00Z', platform: 'twitter' as 'x', pillar: 'a' })).path).toEqual(['options', 'platform']);
    expect(errorOf(() => insertNewsjacking(busy, { at: '2027-03-20T12:00:00Z', platform: 'x', pillar: 'a', urgent: true } as never)).path).toEqual(['options', 'urgent']);
    expect(errorOf(() => insertNewsjacking(busy, null as never)).path).toEqual(['options']);
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(busy));
    insertNewsjacking(frozen, { at: '2027-03-10T10:00:00+01:00', platform: 'x', pillar: 'actualite' });
    expect(frozen).toEqual(busy);
  });
});

describe('freeze and resume', () => {
  const statuses = plan([
    post('draft', '2027-03-10T08:00:00Z', '09:00'),
    post('approved', '2027-03-10T10:00:00Z', '11:00', { status: 'approved', history: [] }),
    post('published', '2027-03-10T12:00:00Z', '13:00', { status: 'published' }),
    post('failed', '2027-03-10T14:00:00Z', '15:00', { status: 'failed' }),
    post('outside', '2027-03-20T08:00:00Z', '09:00', { status: 'scheduled' }),
  ]);
  const window = { from: '2027-03-10T00:00:00Z', to: '2027-03-11T00:00:00Z', reason: 'Deuil national' };

  it('pauses every post of the window that is not published or failed, recording its former status and instant', () => {
    const { plan: frozen, freezeId } = freeze(statuses, window);
    expect(freezeId).toBe('freeze-20270310T0000Z-20270311T0000Z');
    expect(frozen.posts.map((p) => `${p.id} ${p.status}`)).toEqual(['draft paused', 'approved paused', 'published published', 'failed failed', 'outside scheduled']);
    expect(frozen.freezes).toEqual([
      {
        id: freezeId,
        from: new Date(window.from),
        to: new Date(window.to),
        reason: 'Deuil national',
        actor: 'socialkit',
        at: new Date(window.from),
        posts: [
          { id: 'draft', status: 'draft', at: new Date('2027-03-10T08:00:00Z') },
          { id: 'approved', status: 'approved', at: new Date('2027-03-10T10:00:00Z') },
        ],
      },
    ]);
    expect(frozen.posts[1]!.history).toEqual([{ action: 'pause', from: 'approved', to: 'paused', actor: 'socialkit', at: new Date(window.from), note: 'Deuil national' }]);
    expect(findConflicts(frozen)).toEqual([]);
  });

  it('resume restores each post\u2019s status and instant, and the history records both moves', () => {
    const { plan: frozen, freezeId } = freeze(statuses, { ...window, actor: 'claire', at: '2027-03-09T18:00:00Z' });
    const back = resume(frozen, freezeId, { actor: 'direction', at: '2027-03-11T08:00:00Z' });
    expect(back.posts.map((p) => `${p.id} ${p.status}`)).toEqual(['draft draft', 'approved approved', 'published published', 'failed failed', 'outside scheduled']);
    expect(back.posts[1]!.history.map((h) => `${h.action} ${h.from}→${h.to} ${h.actor} ${h.at.toISOString()}`)).toEqual([
      'pause approved→paused claire 2027-03-09T18:00:00.000Z',
      'resume paused→approved direction 2027-03-11T08:00:00.000Z',
    ]);
    expect(back.freezes).toEqual([]);
    const defaults = resume(frozen, freezeId);
    expect(defaults.posts[0]!.history[1]).toMatchObject({ actor: 'claire', at: new Date(window.to), note: 'Deuil national' });
  });

  it('gives back the instant the freeze recorded, and a rescheduled paused post keeps its new instant', () => {
    const { plan: frozen, freezeId } = freeze(statuses, window);
    const moved = reschedule(frozen, 'draft', '2027-03-15T08:00:00Z');
    expect(moved.freezes[0]!.posts[0]!.at).toEqual(new Date('2027-03-15T08:00:00Z'));
    const back = resume(moved, freezeId);
    expect(back.posts.find((p) => p.id === 'draft')).toMatchObject({ status: 'draft', localTime: '09:00', at: new Date('2027-03-15T08:00:00Z') });
    // A plan edited by hand: the post's instant changed, the record kept the old one.
    const edited = { ...frozen, posts: frozen.posts.map((p) => (p.id === 'draft' ? { ...p, at: new Date('2027-03-16T08:00:00Z') } : p)) };
    expect(resume(edited, freezeId).posts.find((p) => p.id === 'draft')!.at).toEqual(new Date('2027-03-10T08:00:00Z'));
  });

  it('stillFrozen: a post in another freeze in force stays paused and passes to it; then that resume restores it', () => {
    const first = freeze(statuses, window);
    const second = freeze(first.plan, { from: '2027-03-10T09:00:00Z', to: '2027-03-12T00:00:00Z', reason: 'Crise' });
    expect(second.plan.freezes[1]!.posts).toEqual([]);
    const partly = resume(second.plan, first.freezeId);
    expect(partly.posts.map((p) => `${p.id} ${p.status}`).slice(0, 2)).toEqual(['draft draft', 'approved paused']);
    expect(newFindings(second.plan, partly)).toEqual([
      { code: 'stillFrozen', severity: 'info', message: "'approved' stays paused: its instant falls in the freeze 'freeze-20270310T0900Z-20270312T0000Z' (Crise)", path: ['posts', 'approved'] },
    ]);
    const all = resume(partly, second.freezeId);
    expect(all.posts.map((p) => p.status)).toEqual(['draft', 'approved', 'published', 'failed', 'scheduled']);
    expect(all.freezes).toEqual([]);
  });

  it('missingPost: a recorded post removed from the plan; a post resumed by hand keeps its status', () => {
    const { plan: frozen, freezeId } = freeze(statuses, window);
    const removed = { ...frozen, posts: frozen.posts.filter((p) => p.id !== 'draft') };
    expect(newFindings(removed, resume(removed, freezeId)).map((f) => `${f.code} ${f.path[1]}`)).toEqual(['missingPost draft']);
    const byHand = { ...frozen, posts: frozen.posts.map((p) => (p.id === 'draft' ? transition(p, 'resume', { actor: 'cm', at: '2027-03-10T09:00:00Z' }) : p)) };
    const back = resume(byHand, freezeId);
    expect(back.posts[0]).toMatchObject({ id: 'draft', status: 'draft' });
    expect(back.posts[0]!.history).toHaveLength(2);
  });

  it('gives a second freeze of the same window its own id, and refuses an unknown id or a bad option', () => {
    const a = freeze(statuses, window);
    const b = freeze(a.plan, window);
    expect(b.freezeId).toBe('freeze-20270310T0000Z-20270311T0000Z-2');
    expect(errorOf(() => resume(a.plan, 'nope')).path).toEqual(['freezeId']);
    expect(errorOf(() => resume(a.plan, a.freezeId, { actor: '' })).path).toEqual(['options', 'actor']);
    expect(errorOf(() => freeze(statuses, { ...window, reason: ' ' })).path).toEqual(['options', 'reason']);
    expect(errorOf(() => freeze(statuses, { ...window, to: '2027-03-09T00:00:00Z' })).path).toEqual(['options', 'to']);
    expect(errorOf(() => freeze(statuses, { ...window, actor: 'x'.repeat(300) })).path[0]).toBe('options');
  });

  const statusArb = fc.constantFrom(...POST_STATUSES.filter((s) => s !== 'paused'));
  it('property: freeze then resume restores every post\u2019s status and instant, whatever the plan and the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 * 24 * 4 }), statusArb, fc.constantFrom('x', 'instagram', 'linkedin' as const)), { maxLength: 30 }),
        fc.integer({ min: -100, max: 30 * 24 * 4 }),
        fc.integer({ min: 0, max: 30 * 24 * 4 }),
        (rows, start, length) => {
          const base = Date.parse('2027-03-01T00:00:00Z');
          const posts = rows.map(([quarter, status, platform], i) => {
            const at = new Date(base + quarter * 15 * 60_000);
            const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
            return post(`p${i}`, at.toISOString(), local, { status: status as PostStatus, platform });
          });
          const original = plan(posts);
          const from = new Date(base + start * 15 * 60_000);
          const { plan: frozen, freezeId } = freeze(deepFreeze(structuredClone(original)), { from, to: new Date(from.getTime() + length * 15 * 60_000), reason: 'test' });
          const back = resume(frozen, freezeId);
          const before = findConflicts(original);
          const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(byId(back.posts).map((p) => [p.id, p.status, p.at.getTime()])).toEqual(byId(posts).map((p) => [p.id, p.status ?? 'draft', Date.parse(p.at as string)]));
          for (const p of back.posts) {
            const paused = frozen.freezes[0]!.posts.some((r) => r.id === p.id);
            expect(p.history.map((h) => h.action)).toEqual(paused ? ['pause', 'resume'] : []);
          }
          expect(findConflicts(back)).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('works on a planner\u2019s plan', () => {
    const p = planCalendar(input());
    const { plan: frozen, freezeId } = freeze(p, { from: '2027-02-01T00:00:00Z', to: '2027-02-15T00:00:00Z', reason: 'Crise' });
    expect(frozen.freezes[0]!.posts).toHaveLength(10);
    const back = resume(frozen, freezeId);
    expect(back.posts.map((q) => [q.id, q.status, q.at])).toEqual(p.posts.map((q) => [q.id, q.status, q.at]));
  });

  it('refuses a post whose history is malformed, through the workflow', () => {
    const bad = plan([post('a', '2027-03-10T08:00:00Z', '09:00', { status: 'paused' })]);
    expect(() => freeze(bad, window)).not.toThrow();
    const withRecord = { ...bad, freezes: [{ id: 'f', from: window.from, to: window.to, reason: 'x', actor: 'cm', at: window.from, posts: [{ id: 'a', status: 'draft' as const, at: '2027-03-10T08:00:00Z' }] }] };
    expect(() => resume(withRecord, 'f')).toThrow(ValidationError);
  });
});
