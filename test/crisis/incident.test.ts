import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeze, planCalendar, resume } from '../../src/calendar/index.js';
import { TransitionError, ValidationError } from '../../src/core/index.js';
import {
  appendEvent,
  freezeRequest,
  INCIDENT_TRANSITIONS,
  parseIncidentLog,
  parsePlaybook,
  postMortem,
  renderStatement,
  replayIncident,
  slaStatus,
  type IncidentEventInput,
  type IncidentEventType,
  type IncidentLog,
  type PlaybookInput,
} from '../../src/crisis/index.js';

const T0 = Date.UTC(2027, 2, 10, 7, 30);
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

const playbook: PlaybookInput = {
  name: 'Boulangerie Martin',
  roles: { incidentLead: ['Camille'], communicationsLead: ['Inès'], scribe: ['Hugo'], communityManager: ['Léa'] },
  escalation: [
    { level: 1, notify: ['incidentLead', 'communicationsLead'], acknowledgeMinutes: 15, firstResponseMinutes: 60, updateEveryMinutes: 120 },
    { level: 2, notify: ['incidentLead', 'communicationsLead'], acknowledgeMinutes: 30, firstResponseMinutes: 120, updateEveryMinutes: 240 },
    { level: 3, notify: ['communityManager'], acknowledgeMinutes: 120, firstResponseMinutes: 480, updateEveryMinutes: 1440 },
    { level: 4, notify: ['communityManager'], acknowledgeMinutes: 480, firstResponseMinutes: 1440, updateEveryMinutes: 2880 },
  ],
  checklists: { detected: ['Capture the first posts'], responding: ['Publish the holding statement'] },
  templates: [{ id: 'first', language: 'fr', text: 'Depuis {time}, {confirmedFacts}. {empathy} Prochain point : {nextUpdate}.' }],
};

const events: IncidentEventInput[] = [
  { at: at(0), actor: 'socialkit', type: 'detected', payload: { summary: 'Spike of mentions on X and Instagram' } },
  { at: at(20), actor: 'Camille', type: 'triaged', payload: { level: 2, crisisType: 'technicalErrorProductHarm' } },
  { at: at(70), actor: 'Inès', type: 'statementPublished', payload: { text: 'Nous retirons la fournée du 9 mars.', platforms: ['x', 'instagram'] } },
  { at: at(200), actor: 'Inès', type: 'update', payload: { text: 'Analyses en cours.' } },
  { at: at(300), actor: 'Camille', type: 'monitoring', payload: {} },
  { at: at(600), actor: 'Camille', type: 'resolved', payload: { summary: 'Fournée retirée, clients remboursés' } },
  { at: at(3000), actor: 'Camille', type: 'reviewed', payload: {} },
];

function build(list: readonly IncidentEventInput[]): IncidentLog {
  return list.reduce<IncidentLog>((log, e) => appendEvent(log, e), { id: 'galette-2027', events: [] });
}

describe('incident log', () => {
  it('walks the lifecycle detected → triaged → responding → monitoring → resolved → reviewed', () => {
    const states = events.map((_, i) => replayIncident(events.slice(0, i + 1)).state);
    expect(states).toEqual(['detected', 'triaged', 'responding', 'responding', 'monitoring', 'resolved', 'reviewed']);
    const s = replayIncident(events);
    expect(s).toMatchObject({ level: 2, open: false, events: 7 });
    expect(s.acknowledgedAt?.toISOString()).toBe(at(20));
    expect(s.firstResponseAt?.toISOString()).toBe(at(70));
  });
  it('appendEvent returns a new log and leaves the old one as it was', () => {
    const one = build(events.slice(0, 1));
    const two = appendEvent(one, events[1] as IncidentEventInput);
    expect(one.events).toHaveLength(1);
    expect(two.events).toHaveLength(2);
    expect(two.id).toBe('galette-2027');
  });
  it('refuses an illegal event and one dated before the last, with a TransitionError; equal instants are kept in order', () => {
    const log = build(events.slice(0, 2));
    expect(() => appendEvent(log, { at: at(30), actor: 'x', type: 'reviewed', payload: {} })).toThrow(TransitionError);
    expect(() => appendEvent(log, { at: at(10), actor: 'x', type: 'note', payload: { text: 'late' } })).toThrow(/dated before the last event/);
    const same = appendEvent(log, { at: at(20), actor: 'x', type: 'note', payload: { text: 'same minute' } });
    expect(same.events.map((e) => e.type)).toEqual(['detected', 'triaged', 'note']);
    expect(() => appendEvent({ events: [] }, { at: at(0), actor: 'x', type: 'triaged', payload: { level: 5 } } as never)).toThrow(ValidationError);
  });
  it('escalation from monitoring brings the incident back to responding', () => {
    const log = build([...events.slice(0, 5), { at: at(400), actor: 'Camille', type: 'escalated', payload: { level: 1, to: ['executiveSponsor'] } }]);
    expect(replayIncident(log.events)).toMatchObject({ state: 'responding', level: 1 });
  });
  it('round-trips through JSON', () => {
    const log = build(events);
    const back = parseIncidentLog(JSON.parse(JSON.stringify(log)));
    expect(back).toEqual(log);
    expect(replayIncident(back.events)).toEqual(replayIncident(log.events));
  });

  const TYPES = Object.keys(INCIDENT_TRANSITIONS) as IncidentEventType[];
  const payloadOf = (type: IncidentEventType): Record<string, unknown> =>
    type === 'triaged' || type === 'escalated'
      ? { level: 2, ...(type === 'escalated' ? { to: ['legal'] } : {}) }
      : type === 'statementPublished'
        ? { text: 'Statement', platforms: ['x'] }
        : type === 'update' || type === 'note'
          ? { text: 'Text' }
          : {};
  const arbitraryEvents = fc.array(fc.tuple(fc.constantFrom(...TYPES), fc.integer({ min: -30, max: 120 })), { maxLength: 25 }).map((steps) => {
    let t = 0;
    return steps.map(([type, dt]) => {
      t += dt;
      return { at: at(t), actor: 'a', type, payload: payloadOf(type) } as IncidentEventInput;
    });
  });

  it('property: replay is deterministic, and appending accepts exactly the legal, in-order events (the transition table)', () => {
    fc.assert(
      fc.property(arbitraryEvents, (list) => {
        let log: IncidentLog = { events: [] };
        let state: string = 'none';
        let last = Number.NEGATIVE_INFINITY;
        for (const e of list) {
          const rule = INCIDENT_TRANSITIONS[e.type];
          const ms = Date.parse(e.at as string);
          const legal = rule.from.includes(state as never) && ms >= last;
          let accepted = true;
          try {
            log = appendEvent(log, e);
          } catch (error) {
            expect(error).toBeInstanceOf(TransitionError);
            accepted = false;
          }
          expect(accepted).toBe(legal);
          if (accepted) {
            last = ms;
            state = replayIncident(log.events).state;
          }
        }
        expect(replayIncident(log.events)).toEqual(replayIncident(JSON.parse(JSON.stringify(log.events))));
        expect(parseIncidentLog(JSON.parse(JSON.stringify(log)))).toEqual(log);
      }),
    );
  });
  it('property: replayIncident refuses a log with any event moved before an earlier one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: events.length - 1 }), (i) => {
        const shuffled = events.map((e) => ({ ...e }));
        shuffled[i] = { ...(shuffled[i] as IncidentEventInput), at: at(-1) };
        expect(() => replayIncident(shuffled)).toThrow(TransitionError);
      }),
    );
  });
});

describe('slaStatus', () => {
  it('lists the acknowledge, first-response and update breaches at the current level', () => {
    const late = build([
      events[0] as IncidentEventInput,
      { at: at(45), actor: 'Camille', type: 'triaged', payload: { level: 2 } }, // due at 30 (level 2)
      { at: at(150), actor: 'Inès', type: 'statementPublished', payload: { text: 'S', platforms: ['x'] } }, // due at 120
      { at: at(450), actor: 'Inès', type: 'update', payload: { text: 'U' } }, // due at 150 + 240 = 390
    ]);
    const r = slaStatus(late, { playbook, now: at(500) });
    expect(r.level).toBe(2);
    expect(r.breaches.map((b) => [b.sla, b.lateMinutes])).toEqual([
      ['acknowledge', 15],
      ['firstResponse', 30],
      ['update', 60],
    ]);
    expect(r.nextDue?.toISOString()).toBe(at(450 + 240));
  });
  it('a kept incident has no breach; an untriaged one uses the strictest rule', () => {
    expect(slaStatus(build(events), { playbook, now: at(4000) }).breaches).toEqual([]);
    const r = slaStatus(build(events.slice(0, 1)), { playbook, now: at(16) });
    expect(r.rule.level).toBe(1);
    expect(r.breaches).toEqual([{ sla: 'acknowledge', due: new Date(at(15)), metAt: null, lateMinutes: 1 }]);
  });
  it('refuses a malformed playbook', () => {
    expect(() => slaStatus(build(events), { playbook: { ...playbook, escalation: [] } as never, now: at(0) })).toThrow(ValidationError);
    expect(() => parsePlaybook({ ...playbook, templates: [{ id: 't', language: 'en', text: 'It was probably the oven.' }] })).toThrow(/speculation/);
  });
});

describe('freezeRequest and the calendar', () => {
  it('returns the window for an open level-1 or level-2 incident, null otherwise', () => {
    const open = build(events.slice(0, 3));
    expect(freezeRequest(open, { now: at(80), holdHours: 48 })).toEqual({
      from: new Date(at(80)),
      to: new Date(T0 + 80 * 60_000 + 48 * 3_600_000),
      reason: `Crisis 'galette-2027' at level 2, open since ${at(0)}: scheduled posts held`,
    });
    expect(freezeRequest(build(events.slice(0, 1)), { now: at(5) })).toBeNull(); // not triaged
    expect(freezeRequest(build(events.slice(0, 6)), { now: at(700) })).toBeNull(); // resolved
    const minor = build([events[0] as IncidentEventInput, { at: at(5), actor: 'C', type: 'triaged', payload: { level: 3 } }]);
    expect(freezeRequest(minor, { now: at(10) })).toBeNull();
    expect(() => freezeRequest(open, { now: at(80), holdHours: 0 })).toThrow(ValidationError);
  });
  it('passes the window to calendar freeze on a real plan: the cheerful posts of the window are paused, the others are not', () => {
    const plan = planCalendar({
      period: { from: '2027-03-08', to: '2027-03-21' },
      timeZone: 'Europe/Paris',
      platforms: ['instagram'],
      editorialLine: {
        name: 'Boulangerie Martin',
        languages: ['fr'],
        frequencyPerWeek: { instagram: 5 },
        pillars: [
          { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.6 },
          { id: 'offres', name: 'Offres', targetShare: 0.4, objectives: ['conversion'] },
        ],
      },
      slots: { instagram: [{ kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['09:00'], timeZone: 'Europe/Paris' }] },
      seed: 7,
    });
    const window = freezeRequest(build(events.slice(0, 3)), { now: at(80), holdHours: 48 });
    if (window === null) throw new Error('expected a window');
    const { plan: frozen, freezeId } = freeze(plan, window);
    const inWindow = (d: Date): boolean => d.getTime() >= window.from.getTime() && d.getTime() < window.to.getTime();
    const paused = frozen.posts.filter((p) => p.status === 'paused');
    expect(paused.length).toBe(2); // 11 and 12 March, 09:00 Paris
    expect(paused.every((p) => inWindow(p.at))).toBe(true);
    expect(frozen.posts.filter((p) => !inWindow(p.at)).every((p) => p.status === 'draft')).toBe(true);
    expect(paused[0]?.history.at(-1)?.note).toBe(window.reason);
    expect(resume(frozen, freezeId).posts.map((p) => p.status)).toEqual(plan.posts.map((p) => p.status));
  });
});

describe('renderStatement', () => {
  const facts = {
    time: '2027-03-10T08:00:00Z',
    confirmedFacts: ['des clients signalent un goût anormal', 'la fournée du 9 mars est retirée'],
    empathy: 'Nous comprenons votre inquiétude.',
    nextUpdate: '2027-03-10T12:00:00Z',
  };
  const template = (playbook.templates as { text: string }[])[0] as { text: string };
  it('fills the placeholders in the locale and the zone', () => {
    expect(renderStatement(template, facts, { locale: 'fr-FR', timeZone: 'Europe/Paris' })).toBe(
      'Depuis 10 mars 2027 à 09:00, des clients signalent un goût anormal et la fournée du 9 mars est retirée. Nous comprenons votre inquiétude. Prochain point : 10 mars 2027 à 13:00.',
    );
    expect(renderStatement('Since {time}: {confirmedFacts}. {count} orders refunded.', { time: facts.time, confirmedFacts: ['A', 'B', 'C'], count: 1200 })).toBe(
      'Since March 10, 2027 at 8:00 AM: A, B, and C. 1,200 orders refunded.',
    );
  });
  it('refuses to render with a placeholder missing, naming each', () => {
    try {
      renderStatement(template, { time: facts.time, confirmedFacts: [] });
      throw new Error('did not throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.code, i.path])).toEqual([
        ['missingPlaceholder', ['facts', 'confirmedFacts']],
        ['missingPlaceholder', ['facts', 'empathy']],
        ['missingPlaceholder', ['facts', 'nextUpdate']],
      ]);
    }
  });
  it('refuses speculation and blame, in French and in English, in the template or in a fact', () => {
    const codes = (t: string, f: Record<string, string> = {}): string[] => {
      try {
        renderStatement(t, f);
        return [];
      } catch (error) {
        return (error as ValidationError).issues.map((i) => i.code);
      }
    };
    expect(codes('Il semblerait que la farine soit en cause.')).toEqual(['speculation']);
    expect(codes('C’est la faute de notre fournisseur.')).toEqual(['blame']);
    expect(codes('We believe a supplier was to blame.')).toEqual(['speculation', 'blame']);
    expect(codes('It was PROBABLY the oven.')).toEqual(['speculation']);
    expect(codes('Update: {confirmedFacts}', { confirmedFacts: 'un employé négligent de notre équipe' })).toEqual(['blame']);
    // Whole words only: "improbably" is not "probably"; a blameless review is not blame.
    expect(codes('An improbably long queue; a blameless review follows.')).toEqual([]);
  });
  it('refuses a bad locale or zone', () => {
    expect(() => renderStatement('x', {}, { locale: 'not a locale!' })).toThrow(/BCP 47/);
    expect(() => renderStatement('x', {}, { timeZone: 'Paris' })).toThrow(ValidationError);
  });
});

describe('postMortem', () => {
  it('times the incident and compares the volume before, during and after', () => {
    const series = Array.from({ length: 24 * 10 }, (_, i) => {
      const t = Date.UTC(2027, 2, 3) + i * 3_600_000;
      const spike = t >= T0 - 30 * 60_000 && t < T0 + 10 * 3_600_000;
      return { at: new Date(t), count: spike ? 300 : 20 + (i % 4), negative: spike ? 180 : 2 };
    });
    const pm = postMortem(build(events), series, { playbook });
    expect(pm.peakLevel).toBe(2);
    expect(pm.timeline[0]).toMatchObject({ type: 'firstSpike', at: new Date(Date.UTC(2027, 2, 10, 7)) });
    expect(pm.timeToDetectMinutes).toBe(30);
    expect(pm.timeToAcknowledgeMinutes).toBe(20);
    expect(pm.timeToFirstResponseMinutes).toBe(70);
    expect(pm.timeToResolveMinutes).toBe(600);
    expect(pm.volume.during.negativeShare).toBeGreaterThan(0.5);
    expect(pm.volume.before.negativeShare).toBeLessThan(0.15);
    expect(pm.volume.during.mentions).toBeGreaterThan(pm.volume.after.mentions * 5);
    expect(pm.slaBreaches).toEqual([]);
    expect(pm.actions).toHaveLength(2);
    expect(() => postMortem(build(events), series, { timeZone: 42 as never })).toThrow(ValidationError);
    expect(pm.questions.join(' ')).not.toMatch(/fault|blame|who (caused|did|made)/i);
  });
});
