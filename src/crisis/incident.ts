import { TransitionError } from '../core/index.js';
import { arrayArgument, deepFreeze, parseWithSchema } from '../core/internal.js';
import type { CrisisLevel } from './assess-severity.js';
import { IncidentEventSchema, IncidentLogSchema, type IncidentEvent, type IncidentEventInput, type IncidentEventType, type IncidentLog, type IncidentLogInput } from './incident-event.js';
import type { IncidentPhase } from './playbook.js';

/** An incident's state: `'none'` before its first event, then a phase. */
export type IncidentState = 'none' | IncidentPhase;

/** Where an event may be appended and the state it leads to (`null`: the state does not change). */
export interface IncidentTransition {
  /** The states it may be appended in. */
  readonly from: readonly IncidentState[];
  /** The state after it, or null when it leaves the state as it is. */
  readonly to: IncidentState | null;
}

const OPEN: readonly IncidentState[] = ['detected', 'triaged', 'responding', 'monitoring'];

/**
 * The incident lifecycle `detected → triaged → responding → monitoring →
 * resolved → reviewed`, as the events that move it. A `triaged` event
 * after the first re-triages (new level, same state); `escalated` from
 * `monitoring` and a statement from `monitoring` bring it back to
 * `responding`; a triaged incident may be resolved at once (a false alarm).
 *
 * @example
 * INCIDENT_TRANSITIONS.statementPublished.to; // 'responding'
 * INCIDENT_TRANSITIONS.reviewed.from; // ['resolved']
 */
export const INCIDENT_TRANSITIONS: Readonly<Record<IncidentEventType, IncidentTransition>> = /* @__PURE__ */ deepFreeze({
  detected: { from: ['none'], to: 'detected' },
  triaged: { from: OPEN, to: null },
  escalated: { from: ['triaged', 'responding', 'monitoring'], to: null },
  statementPublished: { from: ['triaged', 'responding', 'monitoring'], to: 'responding' },
  update: { from: ['responding', 'monitoring'], to: null },
  monitoring: { from: ['responding'], to: 'monitoring' },
  resolved: { from: ['triaged', 'responding', 'monitoring'], to: 'resolved' },
  reviewed: { from: ['resolved'], to: 'reviewed' },
  note: { from: ['detected', 'triaged', 'responding', 'monitoring', 'resolved', 'reviewed'], to: null },
});

/** An incident as its log says it is. */
export interface IncidentSnapshot {
  /** The state. */
  state: IncidentState;
  /** The current level, null until triaged. */
  level: CrisisLevel | null;
  /** Whether it is open (detected, triaged, responding or monitoring). */
  open: boolean;
  /** When it was detected. */
  detectedAt: Date | null;
  /** When it was first triaged (acknowledged). */
  acknowledgedAt: Date | null;
  /** When the first statement was published. */
  firstResponseAt: Date | null;
  /** The last public statement or update. */
  lastCommunicationAt: Date | null;
  /** When it was resolved. */
  resolvedAt: Date | null;
  /** When it was reviewed. */
  reviewedAt: Date | null;
  /** The instant of the last event. */
  lastEventAt: Date | null;
  /** The events replayed. */
  events: number;
}

function step(state: IncidentSnapshot, e: IncidentEvent, index: number): IncidentSnapshot {
  const rule = INCIDENT_TRANSITIONS[e.type];
  if (!rule.from.includes(state.state)) {
    throw new TransitionError(state.state, e.type, `Cannot append '${e.type}' (events[${index}]) to an incident in state '${state.state}': it may follow ${rule.from.map((s) => `'${s}'`).join(', ')}.`, {
      path: ['events', index],
    });
  }
  if (state.lastEventAt !== null && e.at.getTime() < state.lastEventAt.getTime()) {
    throw new TransitionError(state.state, e.type, `events[${index}] ('${e.type}' at ${e.at.toISOString()}) is dated before the last event (${state.lastEventAt.toISOString()}): the log is append-only, in time order.`, {
      path: ['events', index, 'at'],
    });
  }
  const next: IncidentSnapshot = { ...state, lastEventAt: e.at, events: state.events + 1 };
  if (e.type === 'escalated' && state.state === 'monitoring') next.state = 'responding';
  else if (rule.to !== null) next.state = rule.to;
  if (e.type === 'triaged') next.state = state.state === 'detected' ? 'triaged' : state.state;
  if (e.type === 'detected') next.detectedAt = e.at;
  if (e.type === 'triaged' || e.type === 'escalated') next.level = e.payload.level;
  if (e.type === 'triaged' && state.acknowledgedAt === null) next.acknowledgedAt = e.at;
  if (e.type === 'statementPublished' && state.firstResponseAt === null) next.firstResponseAt = e.at;
  if (e.type === 'statementPublished' || e.type === 'update') next.lastCommunicationAt = e.at;
  if (e.type === 'resolved') next.resolvedAt = e.at;
  if (e.type === 'reviewed') next.reviewedAt = e.at;
  next.open = OPEN.includes(next.state);
  return next;
}

const EMPTY: IncidentSnapshot = {
  state: 'none',
  level: null,
  open: false,
  detectedAt: null,
  acknowledgedAt: null,
  firstResponseAt: null,
  lastCommunicationAt: null,
  resolvedAt: null,
  reviewedAt: null,
  lastEventAt: null,
  events: 0,
};

/**
 * Derives an incident's state from its events, deterministically: the same
 * events always give the same snapshot. Each event must be legal in the
 * state the previous ones leave ({@link INCIDENT_TRANSITIONS}) and not dated
 * before the previous one (equal instants are kept in order).
 *
 * @param events - the events, in the order appended
 * @returns the snapshot
 * @throws {ValidationError} for a malformed event; {TransitionError} for an illegal or out-of-order one
 * @example
 * const s = replayIncident([
 *   { at: '2027-03-10T07:30:00Z', actor: 'socialkit', type: 'detected', payload: {} },
 *   { at: '2027-03-10T07:40:00Z', actor: 'Camille', type: 'triaged', payload: { level: 2 } },
 * ]);
 * s.state; // 'triaged'
 * s.level; // 2
 * replayIncident([{ at: '2027-03-10T07:30:00Z', actor: 'x', type: 'resolved', payload: {} }]); // throws TransitionError
 */
export function replayIncident(events: readonly IncidentEventInput[]): IncidentSnapshot {
  const list = arrayArgument(events, 'events');
  let state = EMPTY;
  for (let i = 0; i < list.length; i += 1) {
    const e = parseWithSchema(IncidentEventSchema, list[i], { name: 'incident event', path: ['events', i] });
    state = step(state, e, i);
  }
  return state;
}

/**
 * Appends an event to an incident log and returns the new log (the log
 * given is not changed).
 *
 * @param log - the log, `{ id?, events }`
 * @param event - the event, `{ at, actor, type, payload }`
 * @returns the new log
 * @throws {ValidationError} for a malformed log or event; {TransitionError} when the event is illegal in the incident's state or dated before the last event
 * @example
 * const log = appendEvent({ id: 'galette', events: [] }, { at: '2027-03-10T07:30:00Z', actor: 'socialkit', type: 'detected', payload: { summary: 'Spike on X' } });
 * log.events.length; // 1
 * appendEvent(log, { at: '2027-03-10T07:00:00Z', actor: 'Camille', type: 'triaged', payload: { level: 2 } }); // throws TransitionError
 */
export function appendEvent(log: IncidentLogInput, event: IncidentEventInput): IncidentLog {
  const parsed = parseIncidentLog(log);
  const state = replayIncident(parsed.events);
  const e = parseWithSchema(IncidentEventSchema, event, { name: 'incident event', path: ['event'] });
  step(state, e, parsed.events.length);
  return { ...parsed, events: [...parsed.events, e] };
}

/**
 * Parses an incident log (as read back from JSON: instants as ISO strings)
 * and checks that its events replay.
 *
 * @param value - the candidate log
 * @returns the log
 * @throws {ValidationError} listing every problem with its path; {TransitionError} when the events do not replay
 * @example
 * parseIncidentLog(JSON.parse('{"events":[{"at":"2027-03-10T07:30:00.000Z","actor":"socialkit","type":"detected","payload":{}}]}')).events[0].at.toISOString();
 * // '2027-03-10T07:30:00.000Z'
 */
export function parseIncidentLog(value: unknown): IncidentLog {
  const log = parseWithSchema(IncidentLogSchema, value, { name: 'incident log' });
  let state = EMPTY;
  log.events.forEach((e, i) => {
    state = step(state, e, i);
  });
  return log;
}
