import { type InstantInput } from '../core/index.js';
import { finiteNumber, instant, MINUTE_MS, objectArgument } from '../core/internal.js';
import type { CrisisLevel } from './assess-severity.js';
import { replayIncident, type IncidentSnapshot, type IncidentState } from './incident.js';
import type { IncidentLogInput } from './incident-event.js';
import { parsePlaybook, type EscalationRule, type PlaybookInput } from './playbook.js';
import { readOptions } from './read-options.js';


/** A service level an incident missed (or is missing). */
export interface SlaBreach {
  /** Which service level: acknowledging, the first public response, or a regular update. */
  sla: 'acknowledge' | 'firstResponse' | 'update';
  /** When it was due. */
  due: Date;
  /** When it was met, or null when it still is not. */
  metAt: Date | null;
  /** Minutes late, at `metAt` or at `now`. */
  lateMinutes: number;
}

/** Options of {@link slaStatus}. */
export interface SlaStatusOptions {
  /** The playbook whose escalation rules give the service levels. */
  playbook: PlaybookInput;
  /** The instant of the check. */
  now: InstantInput;
}

/** What {@link slaStatus} returns. */
export interface SlaStatus {
  /** The incident's state. */
  state: IncidentState;
  /** Its level (null until triaged: the strictest rule of the playbook then applies). */
  level: CrisisLevel | null;
  /** The service levels in force. */
  rule: EscalationRule;
  /** Every breach, in time order of their due dates. */
  breaches: SlaBreach[];
  /** The next deadline not yet due, or null. */
  nextDue: Date | null;
}

function ruleFor(playbook: ReturnType<typeof parsePlaybook>, level: CrisisLevel | null): EscalationRule {
  if (level !== null) return playbook.escalation.find((e) => e.level === level) as EscalationRule;
  // Not triaged yet: the strictest service levels of the playbook.
  return playbook.escalation.reduce((a, b) => (b.acknowledgeMinutes < a.acknowledgeMinutes ? b : a));
}

/**
 * Lists the service-level breaches of an incident against its playbook, at
 * the current level (the strictest rule until it is triaged):
 * acknowledging (the first `triaged`) within `acknowledgeMinutes` of
 * detection, the first public statement within `firstResponseMinutes`, and
 * from then on a statement or an update at least every
 * `updateEveryMinutes` until it is resolved. A breach not yet met counts
 * its lateness at `now`.
 *
 * @param log - the incident log
 * @param options - `playbook` and `now`
 * @returns `{ state, level, rule, breaches, nextDue }`
 * @throws {ValidationError} for a malformed log, playbook or `now`; {TransitionError} when the log does not replay
 * @example
 * const playbook = { name: 'Boulangerie Martin', roles: { incidentLead: ['Camille'], communicationsLead: ['Inès'] },
 *   escalation: [1, 2, 3, 4].map((level) => ({ level, notify: ['incidentLead'], acknowledgeMinutes: 15 * level, firstResponseMinutes: 60 * level, updateEveryMinutes: 120 * level })) };
 * const log = { events: [{ at: '2027-03-10T07:30:00Z', actor: 'socialkit', type: 'detected', payload: {} }] };
 * slaStatus(log, { playbook, now: '2027-03-10T08:00:00Z' }).breaches;
 * // [{ sla: 'acknowledge', due: new Date('2027-03-10T07:45:00Z'), metAt: null, lateMinutes: 15 }]
 */
export function slaStatus(log: IncidentLogInput, options: SlaStatusOptions): SlaStatus {
  const o = readOptions(objectArgument(options, 'options'), 'options', ['playbook', 'now']);
  const playbook = parsePlaybook(o.playbook);
  const now = instant(o.now, ['options', 'now']);
  const l = objectArgument(log, 'log');
  const snapshot = replayIncident(l.events as never);
  const rule = ruleFor(playbook, snapshot.level);
  const breaches: SlaBreach[] = [];
  const upcoming: number[] = [];
  const end = snapshot.resolvedAt ?? now;
  const check = (sla: SlaBreach['sla'], due: number, metAt: Date | null): void => {
    // Not met: late until it is resolved (or until now while open).
    const doneAt = metAt?.getTime() ?? end.getTime();
    if (doneAt > due) breaches.push({ sla, due: new Date(due), metAt, lateMinutes: round((doneAt - due) / MINUTE_MS) });
    else if (metAt === null && snapshot.open) upcoming.push(due);
  };
  if (snapshot.detectedAt !== null) {
    const t0 = snapshot.detectedAt.getTime();
    check('acknowledge', t0 + rule.acknowledgeMinutes * MINUTE_MS, snapshot.acknowledgedAt);
    check('firstResponse', t0 + rule.firstResponseMinutes * MINUTE_MS, snapshot.firstResponseAt);
    const comms = communications(l.events as never);
    if (comms.length > 0) {
      for (let i = 0; i < comms.length; i += 1) {
        const due = (comms[i] as number) + rule.updateEveryMinutes * MINUTE_MS;
        const next = comms[i + 1];
        if (next !== undefined) {
          if (next > due) breaches.push({ sla: 'update', due: new Date(due), metAt: new Date(next), lateMinutes: round((next - due) / MINUTE_MS) });
        } else if (snapshot.open) {
          if (end.getTime() > due) breaches.push({ sla: 'update', due: new Date(due), metAt: null, lateMinutes: round((end.getTime() - due) / MINUTE_MS) });
          else upcoming.push(due);
        }
      }
    }
  }
  breaches.sort((a, b) => a.due.getTime() - b.due.getTime());
  const nextDue = snapshot.open && upcoming.length > 0 ? new Date(Math.min(...upcoming)) : null;
  return { state: snapshot.state, level: snapshot.level, rule, breaches, nextDue };
}

function communications(events: readonly { at: unknown; type: unknown }[]): number[] {
  const out: number[] = [];
  for (const e of events) if (e.type === 'statementPublished' || e.type === 'update') out.push(instant(e.at).getTime());
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Options of {@link freezeRequest}. */
export interface FreezeRequestOptions {
  /** The instant of the request (the window starts there). */
  now: InstantInput;
  /** How long to hold the scheduled posts, in hours (default 24). */
  holdHours?: number;
}

/** The window {@link freezeRequest} asks the calendar to freeze. */
export interface FreezeWindow {
  /** `now`. */
  from: Date;
  /** `now + holdHours`. */
  to: Date;
  /** Why, for the freeze and the posts' history. */
  reason: string;
}

/**
 * The calendar window to freeze while a serious incident is open, so that
 * cheerful scheduled posts do not go out mid-crisis: `{ from: now, to: now +
 * holdHours, reason }` to pass to calendar's `freeze`, or `null` when no
 * incident at level 1 or 2 is open (not triaged yet, level 3 or 4, resolved
 * or reviewed).
 *
 * @param log - the incident log
 * @param options - `now` and `holdHours` (default 24)
 * @returns the window, or null
 * @throws {ValidationError} for a malformed log or option; {TransitionError} when the log does not replay
 * @example
 * const log = { id: 'galette', events: [
 *   { at: '2027-03-10T07:30:00Z', actor: 'socialkit', type: 'detected', payload: {} },
 *   { at: '2027-03-10T07:40:00Z', actor: 'Camille', type: 'triaged', payload: { level: 2 } }] };
 * freezeRequest(log, { now: '2027-03-10T08:00:00Z', holdHours: 48 }).to.toISOString(); // '2027-03-12T08:00:00.000Z'
 * freezeRequest({ events: [] }, { now: '2027-03-10T08:00:00Z' }); // null
 */
export function freezeRequest(log: IncidentLogInput, options: FreezeRequestOptions): FreezeWindow | null {
  const o = readOptions(objectArgument(options, 'options'), 'options', ['now', 'holdHours']);
  const now = instant(o.now, ['options', 'now']);
  const holdHours = o.holdHours === undefined ? 24 : finiteNumber(o.holdHours, ['options', 'holdHours'], { min: 0, max: 24 * 366, minExclusive: true });
  const l = objectArgument(log, 'log');
  const s: IncidentSnapshot = replayIncident(l.events as never);
  if (!s.open || s.level === null || s.level > 2) return null;
  const id = typeof l.id === 'string' ? ` '${l.id}'` : '';
  return {
    from: now,
    to: new Date(now.getTime() + holdHours * 3_600_000),
    reason: `Crisis${id} at level ${s.level}, open since ${(s.detectedAt as Date).toISOString()}: scheduled posts held`,
  };
}
