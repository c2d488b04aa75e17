import { objectArgument } from '../core/internal.js';
import type { CrisisLevel } from './assess-severity.js';
import { detectSpikes } from './detect-spikes.js';
import { parseIncidentLog, replayIncident } from './incident.js';
import type { IncidentEventType, IncidentLogInput } from './incident-event.js';
import { slaStatus, type SlaBreach } from './incident-response.js';
import { readSeries, type MentionPoint } from './mention-series.js';
import type { PlaybookInput } from './playbook.js';
import { readOptions } from './read-options.js';

/** Options of {@link postMortem}. */
export interface PostMortemOptions {
  /** The playbook, for the SLA breaches (none are listed without it). */
  playbook?: PlaybookInput;
  /** The zone of the series' local days (default `'UTC'`). */
  timeZone?: string;
}

/** Mentions over a period of the post-mortem. */
export interface PeriodVolume {
  /** The period, `from` included, `to` excluded. */
  from: Date;
  /** Its end. */
  to: Date;
  /** Mentions in it. */
  mentions: number;
  /** Mentions per hour. */
  perHour: number | null;
  /** Negative share, or null without negative counts (or mentions). */
  negativeShare: number | null;
}

/** One line of the timeline. */
export interface TimelineEntry {
  /** When. */
  at: Date;
  /** Who. */
  actor: string;
  /** The event type. */
  type: IncidentEventType | 'firstSpike';
  /** What happened, in words. */
  summary: string;
}

/** What {@link postMortem} returns: a blameless review's facts. */
export interface PostMortem {
  /** The highest level the incident reached. */
  peakLevel: CrisisLevel | null;
  /** The first spike (from the series) and every event, in time order. */
  timeline: TimelineEntry[];
  /** Minutes from the first spike of the series (the episode that precedes or contains detection) to detection, or null. */
  timeToDetectMinutes: number | null;
  /** Minutes from detection to the first triage. */
  timeToAcknowledgeMinutes: number | null;
  /** Minutes from detection to the first statement. */
  timeToFirstResponseMinutes: number | null;
  /** Minutes from detection to resolution. */
  timeToResolveMinutes: number | null;
  /** Mentions before (as long as the incident, right before it), during (first spike or detection to resolution) and after (as long, right after). */
  volume: { before: PeriodVolume; during: PeriodVolume; after: PeriodVolume };
  /** SLA breaches (with a playbook). */
  slaBreaches: SlaBreach[];
  /** What was done: statements, updates, escalations, notes. */
  actions: string[];
  /** The questions of a blameless review: about the system, never about a person. */
  questions: string[];
}

const minutes = (a: Date | null, b: Date | null): number | null => (a === null || b === null ? null : Math.round(((b.getTime() - a.getTime()) / 60_000) * 100) / 100);

/**
 * Builds the facts of a blameless post-mortem from an incident log and the
 * mention series: the timeline (with the first spike the series shows), the
 * time to detect, acknowledge, first respond and resolve, the volume and
 * negative share before, during and after, the SLA breaches (given the
 * playbook) and the actions taken, with review questions about the system
 * (what made the signal late, what slowed the response), never about who.
 *
 * @param log - the incident log (resolved, or at least detected)
 * @param series - the mention series `{ at, count, negative? }` around it
 * @param options - `playbook` (for SLA breaches) and `timeZone`
 * @returns the post-mortem
 * @throws {ValidationError} for a malformed log or series; {TransitionError} when the log does not replay
 * @example
 * const series = Array.from({ length: 72 }, (_, i) => ({ at: new Date(Date.UTC(2027, 2, 9, i)), count: i >= 48 && i < 52 ? 80 : 10 }));
 * const log = { events: [
 *   { at: '2027-03-11T01:00:00Z', actor: 'socialkit', type: 'detected', payload: {} },
 *   { at: '2027-03-11T01:20:00Z', actor: 'Camille', type: 'triaged', payload: { level: 3 } },
 *   { at: '2027-03-11T04:00:00Z', actor: 'Camille', type: 'resolved', payload: {} }] };
 * const pm = postMortem(log, series);
 * pm.timeToDetectMinutes; // 60
 * pm.volume.during.mentions; // 320
 */
export function postMortem(log: IncidentLogInput, series: readonly MentionPoint[], options?: PostMortemOptions): PostMortem {
  const o = readOptions(options, 'options', ['playbook', 'timeZone']);
  const parsed = parseIncidentLog(objectArgument(log, 'log'));
  const s = replayIncident(parsed.events);
  const spikes = detectSpikes(series, { ...(o.timeZone === undefined ? {} : { timeZone: o.timeZone as string }), fill: 'zero' });
  const regular = readSeries(series, spikes.params.timeZone as string, 'zero');
  const detected = s.detectedAt;
  const first = detected === null ? undefined : [...spikes.episodes].reverse().find((e) => e.from.getTime() <= detected.getTime());
  const start = first !== undefined ? first.from : detected;
  const end = s.resolvedAt ?? parsed.events.at(-1)?.at ?? null;
  const timeline: TimelineEntry[] = [];
  if (first !== undefined) {
    timeline.push({ at: first.from, actor: 'series', type: 'firstSpike', summary: `first spike: ${first.peak.count} mentions against ${first.peak.expected} expected` });
  }
  const actions: string[] = [];
  let peakLevel: CrisisLevel | null = null;
  for (const e of parsed.events) {
    let summary: string = e.type;
    if (e.type === 'detected') summary = e.payload.summary ?? 'detected';
    if (e.type === 'triaged') summary = `triaged at level ${e.payload.level}${e.payload.crisisType === undefined ? '' : ` (${e.payload.crisisType})`}`;
    if (e.type === 'escalated') summary = `escalated to level ${e.payload.level}, told ${e.payload.to.join(', ')}`;
    if (e.type === 'statementPublished') summary = `statement on ${e.payload.platforms.join(', ')}: ${e.payload.text}`;
    if (e.type === 'update' || e.type === 'note') summary = e.payload.text;
    if (e.type === 'monitoring') summary = e.payload.note ?? 'monitoring';
    if (e.type === 'resolved' || e.type === 'reviewed') summary = e.payload.summary ?? e.type;
    if (e.type === 'triaged' || e.type === 'escalated') peakLevel = peakLevel === null ? e.payload.level : (Math.min(peakLevel, e.payload.level) as CrisisLevel);
    if (e.type === 'statementPublished' || e.type === 'update' || e.type === 'escalated' || e.type === 'note') actions.push(`${e.at.toISOString()} ${e.actor}: ${summary}`);
    timeline.push({ at: e.at, actor: e.actor, type: e.type, summary });
  }
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());
  const volume = (from: number, to: number): PeriodVolume => {
    let mentions = 0;
    let negative = 0;
    for (let t = 0; t < regular.at.length; t += 1) {
      const at = regular.at[t] as number;
      if (at >= from && at < to) {
        mentions += regular.count[t] as number;
        negative += regular.negative[t] as number;
      }
    }
    const hours = (to - from) / 3_600_000;
    return {
      from: new Date(from),
      to: new Date(to),
      mentions,
      perHour: hours > 0 ? Math.round((mentions / hours) * 100) / 100 : null,
      negativeShare: regular.hasNegative && mentions > 0 ? Math.round((negative / mentions) * 1e6) / 1e6 : null,
    };
  };
  const a = (start ?? new Date(regular.at[0] as number)).getTime();
  const b = Math.max(a, (end ?? start ?? new Date(a)).getTime());
  const span = b - a;
  const slaBreaches = o.playbook === undefined ? [] : slaStatus(parsed, { playbook: o.playbook as PlaybookInput, now: (end ?? new Date(b)) }).breaches;
  return {
    peakLevel,
    timeline,
    timeToDetectMinutes: minutes(first?.from ?? null, detected),
    timeToAcknowledgeMinutes: minutes(detected, s.acknowledgedAt),
    timeToFirstResponseMinutes: minutes(detected, s.firstResponseAt),
    timeToResolveMinutes: minutes(detected, s.resolvedAt),
    volume: { before: volume(a - span, a), during: volume(a, b), after: volume(b, b + span) },
    slaBreaches,
    actions,
    questions: [
      'What made the first signal visible, and what would have shown it sooner?',
      'Which information did the team lack when it triaged, and where could it come from next time?',
      'What slowed the first public response (approvals, facts, tools), and what would remove that step?',
      'Which checklist item or template helped, and which one was missing or in the way?',
      'What will change in the playbook, the alerts or the calendar, and who owns each change?',
    ],
  };
}
