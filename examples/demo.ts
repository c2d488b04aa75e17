/**
 * The socialkit main job, end to end: `npm run demo`.
 *
 * It follows one brand — Boulangerie Martin, a Lyon bakery opening a tea
 * room — from its personas to its objectives, its calendar of marronniers and
 * slots, and the KPI report of a quarter of posts. It grows with each module.
 * It runs from the sources with tsx, so it needs nothing but `npm ci`.
 */
import {
  allocateMoney,
  audienceActivity,
  bestPostingWindows,
  buildActivityMatrix,
  buildUtmUrl,
  checkSmart,
  coverage,
  engagementRateByReach,
  expandSlots,
  findConflicts,
  formatMoney,
  freeze,
  formatPercent,
  fromLocal,
  getPlatform,
  goalProgress,
  insertNewsjacking,
  observances,
  planCalendar,
  planFromCsv,
  planToCsv,
  parsePersona,
  platforms,
  recommendedKpis,
  resume,
  roundMoney,
  summarize,
  toICalendar,
  toLocalTime,
  toRRule,
  transition,
  adaptPost,
  checkPost,
  parseEditorialLine,
  measureText,
  mixReport,
  nextPillar,
  type HistoryEntry,
} from '../src/index.js';
import { benchmarkCompetitors, checkProfile, profileKit } from '../src/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, reportToCsv, reportToHtml, reportToJson, reportToMarkdown } from '../src/index.js';
import { appendEvent, assessSeverity, detectSpikes, freezeRequest, postMortem, recommendResponse, renderStatement, slaStatus, type IncidentLog, type PlaybookInput } from '../src/index.js';
import { forecastMediaPlan, hill, michaelisMenten, optimizeBudget, pacing, validateMediaPlan, type MediaPlanInput } from '../src/index.js';

const section = (title: string) => console.log(`\n— ${title} ${'—'.repeat(Math.max(0, 64 - title.length))}`);
const pct = (r: number | null, digits = 1) => formatPercent(r, { locale: 'fr-FR', digits });
const eur = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, { currency: 'EUR', locale: 'fr-FR' });

// 1. Personas ---------------------------------------------------------------
section('1. Who we speak to (personas)');
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const claire = parsePersona({
  id: 'claire',
  name: 'Claire, young professional of the Croix-Rousse',
  market: 'b2c',
  platforms: [
    { platform: 'instagram', weight: 6 },
    { platform: 'tiktok', weight: 3 },
    { platform: 'facebook', weight: 1 },
  ],
  timeZone: 'Europe/Paris',
  activity: buildActivityMatrix([
    { weekdays, fromHour: 7, toHour: 9, value: 3 },
    { weekdays, fromHour: 12, toHour: 14, value: 2 },
    { weekdays: ['mon', 'tue', 'wed', 'thu'], fromHour: 19, toHour: 22, value: 4 },
    { weekdays: ['sat'], fromHour: 9, toHour: 12, value: 5 },
  ]),
});
const gerard = parsePersona({
  id: 'gerard',
  name: 'Gérard, retired regular',
  market: 'b2c',
  platforms: [
    { platform: 'facebook', weight: 4 },
    { platform: 'instagram', weight: 1 },
  ],
  timeZone: 'Europe/Paris',
  activity: buildActivityMatrix([
    { weekdays, fromHour: 8, toHour: 11, value: 2 },
    { weekdays: ['sun'], fromHour: 8, toHour: 12, value: 3 },
  ]),
});
const julie = parsePersona({
  id: 'julie',
  name: 'Julie, Lyonnaise in Montréal (orders gift boxes)',
  market: 'b2c',
  platforms: [{ platform: 'instagram', weight: 1 }],
  timeZone: 'America/Toronto',
  activity: buildActivityMatrix([{ weekdays, fromHour: 19, toHour: 22, value: 3 }]),
});
const personas = [claire, gerard, julie];
// The weights say how much each persona matters to the brand (the locals first).
const activity = audienceActivity(personas, {
  timeZone: 'Europe/Paris',
  range: { from: '2027-03-01', to: '2027-03-31' },
  platform: 'instagram',
  weights: { claire: 5, gerard: 3, julie: 1 },
});
const windows = bestPostingWindows(activity, { count: 3, minGapHours: 3 });
console.log(`Instagram audience in March 2027, in Paris time (Julie's evenings in Montréal move an hour when Canada changes clocks on 14 March):`);
for (const w of windows) console.log(`  best window: ${w.weekday} ${w.time} (score ${w.score.toFixed(3)})`);
const covered = coverage(personas, ['instagram', 'facebook']);
console.log(`Personas no chosen platform reaches: ${covered.uncovered.length === 0 ? 'none' : covered.uncovered.join(', ')}`);

// 2. Strategy ---------------------------------------------------------------
section('2. What we want (SMART objectives)');
const objective = {
  id: 'teaRoomEngagement',
  type: 'engagement' as const,
  statement: 'Raise the engagement rate of our Instagram posts to 4.5 % by the end of June',
  kpis: recommendedKpis('engagement').slice(0, 1),
  platforms: ['instagram' as const],
  baseline: 0.031,
  target: 0.045,
  start: '2027-01-01',
  deadline: '2027-06-30',
  businessGoal: 'Make the tea room the meeting place of the neighbourhood',
};
const history = [
  { at: '2026-09-30T00:00:00+02:00', value: 0.024 },
  { at: '2026-10-31T00:00:00+01:00', value: 0.025 },
  { at: '2026-11-30T00:00:00+01:00', value: 0.029 },
  { at: '2026-12-31T00:00:00+01:00', value: 0.031 },
];
const smart = checkSmart(objective, { history });
console.log(`KPI: ${objective.kpis.join(', ')}; SMART findings: ${smart.length === 0 ? 'none, the objective is SMART' : smart.map((f) => f.code).join(', ')}`);
const progress = goalProgress({
  baseline: objective.baseline,
  target: objective.target,
  current: 0.038,
  start: '2027-01-01T00:00:00+01:00',
  end: '2027-07-01T00:00:00+02:00',
  now: '2027-04-01T00:00:00+02:00',
  series: [
    { at: '2027-01-01T00:00:00+01:00', value: 0.031 },
    { at: '2027-01-31T00:00:00+01:00', value: 0.033 },
    { at: '2027-02-28T00:00:00+01:00', value: 0.036 },
    { at: '2027-03-31T00:00:00+02:00', value: 0.038 },
  ],
});
console.log(
  `On 1 April: ${pct(0.038)} now, ${pct(progress.attainment, 0)} of the way, status ${progress.status}; ` +
    `trend forecast at the deadline ${pct(progress.forecast?.trend.value ?? null, 2)} ` +
    `(80 % interval ${pct(progress.forecast?.trend.lower ?? null, 2)} – ${pct(progress.forecast?.trend.upper ?? null, 2)})`,
);
console.log(`Tracked link: ${buildUtmUrl('https://boulangerie-martin.fr/salon-de-the', { source: 'instagram', medium: 'social', campaign: 'salon de thé 2027' })}`);

// 3. Calendar ---------------------------------------------------------------
section('3. When we post (marronniers and slots)');
for (const o of observances({ from: '2027-02-01', to: '2027-03-31', countries: ['FR'], categories: ['commercial', 'cultural'], locale: 'fr' })) {
  console.log(`  ${o.date}${o.endDate ? ` → ${o.endDate}` : ''}  ${o.name}`);
}
const slot = { kind: 'weekly' as const, weekdays: ['tue', 'sat'] as ('tue' | 'sat')[], times: ['09:00'], timeZone: 'Europe/Paris', start: '2027-03-20' };
const slots = expandSlots(slot, { from: '2027-03-20T00:00:00Z', to: '2027-04-04T00:00:00Z' });
console.log(`Tuesday and Saturday 09:00 in Paris, across the 28 March DST change:`);
for (const at of slots) console.log(`  ${at.toISOString()} = ${toLocalTime(at, 'Europe/Paris')} in Paris, ${toLocalTime(at, 'America/Toronto')} in Montréal`);
console.log(`As iCalendar rules: ${toRRule(slot).map((r) => `${r.dtstart} ${r.rrule}`).join(' | ')}`);
const gap = fromLocal('2027-03-28', '02:30', 'Europe/Paris');
console.log(`02:30 does not exist on 28 March: a slot there moves to ${toLocalTime(gap, 'Europe/Paris')}.`);
const draftPost = { id: 'galette-teaser', status: 'draft' as const, history: [] as HistoryEntry[] };
const submitted = transition(draftPost, 'submit', { actor: 'claire', at: '2027-01-04T09:00:00Z', policy: { kind: 'required' } });
const approved = transition(submitted, 'approve', { actor: 'client', at: '2027-01-04T11:00:00Z', policy: { kind: 'required' } });
const scheduled = transition(approved, 'schedule', { actor: 'claire', at: '2027-01-04T11:05:00Z', policy: { kind: 'required' } });
console.log(`Approval workflow: ${scheduled.history.map((h) => `${h.from} → ${h.to} (${h.actor})`).join(', ')}.`);

// The quarter's plan: Instagram from the personas' best windows, Facebook on fixed slots.
const plan = planCalendar({
  period: { from: '2027-01-04', to: '2027-03-28' },
  timeZone: 'Europe/Paris',
  platforms: ['instagram', 'facebook'],
  editorialLine: {
    name: 'Boulangerie Martin',
    languages: ['fr'],
    frequencyPerWeek: { instagram: 3, facebook: 2 },
    formatsByPlatform: { instagram: ['image', 'carousel', 'shortVideo'] },
    pillars: [
      { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.4 },
      { id: 'salonDeThe', name: 'Le salon de thé', targetShare: 0.3, objectives: ['engagement'] },
      { id: 'coulisses', name: 'Coulisses', targetShare: 0.2 },
      { id: 'offres', name: 'Offres', targetShare: 0.1, objectives: ['conversion'] },
    ],
  },
  slots: { instagram: windows, facebook: [{ kind: 'weekly', weekdays: ['wed', 'sun'], times: ['10:30'], timeZone: 'Europe/Paris' }] },
  observances: observances({ from: '2027-01-04', to: '2027-03-28', countries: ['FR'], categories: ['commercial', 'cultural'], locale: 'fr' }),
  blackouts: [{ from: '2027-02-22T00:00:00+01:00', to: '2027-02-24T00:00:00+01:00', reason: 'Fermeture pour travaux' }],
  constraints: { instagram: { minGapMinutes: 180, maxPerDay: 1 } },
  seed: 2027,
});
const byPillar = new Map<string, number>();
for (const p of plan.posts) byPillar.set(p.pillar, (byPillar.get(p.pillar) ?? 0) + 1);
console.log(`Planned Q1: ${plan.posts.length} draft posts (${[...byPillar].map(([k, v]) => `${k} ${v}`).join(', ')}), ${plan.posts.filter((p) => p.observanceId !== null).length} for marronniers, ${findConflicts(plan).length} conflicts.`);
for (const f of plan.findings.filter((x) => x.severity !== 'info').slice(0, 3)) console.log(`  ${f.severity} ${f.code}: ${f.message}`);
// Hot news an hour after the first Instagram post of March: that post gives way.
const march = plan.posts.find((p) => p.platform === 'instagram' && p.id >= 'instagram-2027-03')!;
const withNews = insertNewsjacking(plan, { at: new Date(march.at.getTime() + 3_600_000), platform: 'instagram', pillar: 'coulisses', text: 'Notre meunier est élu artisan de l’année !' });
for (const f of withNews.findings.slice(plan.findings.length)) console.log(`  newsjacking: ${f.message}`);
const { plan: frozen, freezeId } = freeze(withNews, { from: '2027-03-15T00:00:00+01:00', to: '2027-03-22T00:00:00+01:00', reason: 'Rappel de produits chez un fournisseur', actor: 'claire' });
const paused = frozen.posts.filter((p) => p.status === 'paused').length;
const resumed = resume(frozen, freezeId);
console.log(`Freeze ${freezeId}: ${paused} posts paused, all back after resume: ${resumed.posts.every((p, i) => p.status === withNews.posts[i]?.status && p.at.getTime() === withNews.posts[i]?.at.getTime())}.`);
const ics = toICalendar(resumed, { now: '2027-01-02T09:00:00Z', name: 'Boulangerie Martin — T1 2027', uidDomain: 'boulangerie-martin.fr' });
const csv = planToCsv(resumed, { delimiter: ';', bom: true });
console.log(`Exports: ${ics.split('BEGIN:VEVENT').length - 1} iCalendar events; CSV for French Excel of ${csv.length} characters that reads back equal: ${JSON.stringify(planFromCsv(csv)) === JSON.stringify(resumed.posts)}.`);

// 3b. Editorial line -----------------------------------------------------------
section('3b. What we say (editorial line, checks, one message per platform)');
const line = parseEditorialLine({
  name: 'Boulangerie Martin — ligne éditoriale 2027',
  pillars: [
    { id: 'savoirFaire', name: 'Savoir-faire', role: 'original' },
    { id: 'quartier', name: 'Life of the neighbourhood', role: 'conversation' },
    { id: 'offres', name: 'Offers', role: 'promotional' },
  ],
  mixPreset: 'ruleOfThirds',
  tone: { descriptors: ['warm', 'craft'], forbiddenTerms: ['industriel'], brandSpellings: ['Boulangerie Martin'], maxExclamationsPerPost: 1, formality: 'vous' },
  hashtags: { branded: ['#BoulangerieMartin'], max: 3 },
  frequencyPerWeek: { instagram: 4, x: 3 },
  languages: ['fr'],
});
const galette = {
  id: 'galette-2027',
  platform: 'instagram' as const,
  text:
    'La galette des rois de la Boulangerie Martin revient du 2 au 31 janvier ! Feuilletage pur beurre, frangipane maison, ' +
    'fève en porcelaine de Limoges dessinée par une artiste de la Croix-Rousse. Réservez la vôtre en boutique ou sur ' +
    'https://boulangerie-martin.fr/galette?utm_source=instagram #galette #epiphanie #BoulangerieMartin #Lyon #CroixRousse',
  format: 'image' as const,
  pillar: 'offres',
  objectiveType: 'acquisition' as const,
  language: 'fr',
  media: [{ kind: 'image' as const }],
  callToAction: 'Réservez sur boulangerie-martin.fr',
};
for (const f of checkPost(galette, { editorialLine: line, platform: 'instagram' })) console.log(`  ${f.severity.padEnd(7)} ${f.code}: ${f.message}`);
const forX = adaptPost({ ...galette, platform: 'x' }, { platform: 'x', editorialLine: line });
const xLength = measureText(forX.post.text, 'x');
console.log(`On X: ${xLength.length}/${xLength.limit} weighted characters (${xLength.valid ? 'fits' : 'too long'}); changes: ${forX.changes.map((c) => c.code).join(', ')}`);
console.log(`  "${forX.post.text}"`);
for (const c of forX.changes.filter((x) => x.code === 'brandedHashtagKept' || x.code === 'utmRetagged')) console.log(`  ${c.code}: ${c.message}`);
const history3 = [
  { ...galette, id: 'a', pillar: 'offres' },
  { ...galette, id: 'b', pillar: 'offres' },
  { ...galette, id: 'c', pillar: 'savoirFaire' },
];
const mix = mixReport(history3, { editorialLine: line });
console.log(
  `Mix so far: ${mix.largestDeviation?.pillar} is furthest from the rule of thirds (${pct(mix.largestDeviation?.deviation ?? null, 0)}); next pillar: ${nextPillar(history3, { editorialLine: line }).pillar}`,
);

// 4. Platforms ----------------------------------------------------------------
section('4. Where we post (platform rules, each with its source and date)');
for (const id of ['instagram', 'facebook', 'tiktok', 'x', 'bluesky', 'threads'] as const) {
  const p = platforms[id];
  console.log(`  ${p.name.padEnd(9)} ${String(p.text.limit.value).padStart(6)} ${p.text.method.value.padEnd(10)} hashtags ≤ ${p.hashtags?.max.value ?? '—'}  (checked ${p.text.limit.asOf})`);
}
console.log(`  Our Mastodon instance: ${getPlatform('mastodon', { text: { limit: 5000 } }).text.limit.value} characters (override).`);

// 5. Budget and KPIs ------------------------------------------------------------
section('5. What it cost and what it did (a quarter of posts)');
const budget = allocateMoney('2500.00', [50, 30, 20], { currency: 'EUR' });
console.log(`Media budget 2 500 € split 50/30/20: ${budget.map((b) => eur(b)).join(' + ')} (exact, largest remainder)`);
// A deterministic synthetic quarter: 3 platforms × 13 weeks × 3 posts.
const posts = [];
let seed = 42;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
for (const platform of ['instagram', 'facebook', 'tiktok'] as const) {
  for (let week = 0; week < 13; week += 1) {
    for (let k = 0; k < 3; k += 1) {
      const reach = Math.round(2000 + next() * 6000);
      const impressions = Math.round(reach * (1.2 + next()));
      const engagements = Math.round(reach * (0.02 + next() * 0.04));
      const clicks = Math.round(engagements * (0.1 + next() * 0.3));
      const boosted = k === 0;
      posts.push({
        platform,
        publishedAt: new Date(Date.UTC(2027, 0, 4 + week * 7 + k * 2, 8)),
        impressions,
        reach,
        engagements,
        clicks,
        conversions: Math.round(clicks * 0.05),
        cost: boosted ? (20 + Math.round(next() * 3000) / 100).toFixed(2) : '0',
        revenue: (Math.round(clicks * 0.05) * 18.5).toFixed(2),
      });
    }
  }
}
const { rows, skipped } = summarize(posts, { by: ['platform', 'month'], timeZone: 'Europe/Paris', currency: 'EUR' });
console.log(`${posts.length} posts summarized (${skipped} skipped), by platform × month:`);
console.log('  platform   month    posts  ER/reach   CTR     cost          CPC       ROAS');
for (const r of rows) {
  console.log(
    `  ${String(r.key.platform).padEnd(10)} ${String(r.key.month)}  ${String(r.posts).padStart(5)}  ${pct(r.engagementRateByReach, 2).padStart(8)}  ${pct(r.ctr, 1).padStart(6)}  ${eur(r.cost).padStart(12)}  ${(r.cpc === null ? '—' : eur(roundMoney(r.cpc, { currency: 'EUR' }))).padStart(8)}  ${r.roas === null ? '—' : r.roas.toLocaleString('fr-FR', { maximumFractionDigits: 2 })}`,
  );
}
const total = posts.reduce((acc, p) => acc + p.engagements, 0);
const totalReach = posts.reduce((acc, p) => acc + p.reach, 0);
console.log(`Quarter engagement rate by reach (ratio of sums): ${pct(engagementRateByReach({ engagements: total, reach: totalReach }), 2)}`);

// 5b. Media budget --------------------------------------------------------------
section('5b. The media budget: plan, optimized week, forecast, pacing');
const mediaPlan: MediaPlanInput = {
  id: 'martin-q1-2027', currency: 'EUR', total: '6500', period: { from: '2027-01-04', to: '2027-04-04' },
  flights: [
    { from: '2027-01-04', to: '2027-01-31', weight: 0.3 },
    { from: '2027-02-01', to: '2027-02-14', weight: 0.3 },
    { from: '2027-03-01', to: '2027-04-04', weight: 0.4 },
  ],
  lineItems: [
    { id: 'instagram-reels', platform: 'instagram', objective: 'notoriety', pricingModel: 'cpm', plannedSpend: '2600' },
    { id: 'facebook-commandes', platform: 'facebook', objective: 'conversion', pricingModel: 'cpa', plannedSpend: '2600' },
    { id: 'tiktok-createur', platform: 'tiktok', objective: 'engagement', pricingModel: 'flat', plannedSpend: '1300' },
  ],
};
console.log(`Media plan findings: ${validateMediaPlan(mediaPlan).map((f) => f.code).join(', ') || 'none'}`);
const mediaCurves = {
  'instagram-reels': hill({ beta: 2260, alpha: 1.9, gamma: 240 }),
  'facebook-commandes': michaelisMenten({ beta: 2894, kappa: 389 }),
  'tiktok-createur': michaelisMenten({ beta: 300, kappa: 200 }),
};
const weekSplit = optimizeBudget({ total: 500, currency: 'EUR', channels: [
  { id: 'instagram-reels', curve: mediaCurves['instagram-reels'] },
  { id: 'facebook-commandes', curve: mediaCurves['facebook-commandes'] },
  { id: 'tiktok-createur', curve: mediaCurves['tiktok-createur'], min: 100, max: 100 },
] });
console.log(`Optimized week of 500 €: ${Object.entries(weekSplit.allocation).map(([k, v]) => `${k} ${eur(v)}`).join(', ')}; revenue ${eur(weekSplit.response.toFixed(2))} (global optimum: gap ${weekSplit.gap}).`);
const quarterForecast = forecastMediaPlan(mediaPlan, mediaCurves, { adstock: { kind: 'geometric', theta: 0.3, normalize: true } });
console.log(`Quarter forecast: revenue ${eur(quarterForecast.revenue.toFixed(2))}, ROAS ${quarterForecast.roas?.toFixed(2)}, ROI ${pct(quarterForecast.roi)}.`);
const marchPace = pacing({ budget: '2600', spent: '640', currency: 'EUR', period: { from: '2027-03-01', to: '2027-04-04' }, timeZone: 'Europe/Paris', now: '2027-03-11T09:00:00+01:00' });
console.log(`Pacing on 11 March: ${eur(marchPace.expectedToDate)} expected, 640 € spent (${marchPace.status}); ${marchPace.remainingDailyBudgets.length} daily budgets left from ${eur(marchPace.remainingDailyBudgets[0] ?? 0)}.`);

// 6. Crisis ---------------------------------------------------------------------
section('6. When it goes wrong (a bad buzz, from the spike to the post-mortem)');
// Two weeks of 5-minute mentions; on 17 March from 08:00 (Paris) customers post about a bad batch of galettes.
let m = 7;
const jitter = () => (m = (m * 1103515245 + 12345) % 2147483648) / 2147483648;
const mentions = Array.from({ length: 14 * 288 }, (_, i) => {
  const hour = ((i % 288) * 5) / 60;
  const buzz = i >= 9 * 288 + 96 && i < 9 * 288 + 180 ? 8 : 1;
  const count = Math.round(6 * (1 + 0.6 * Math.sin((Math.PI * (hour - 8)) / 12)) * buzz * (0.6 + 0.8 * jitter()));
  return { at: new Date(Date.parse('2027-03-07T23:00:00Z') + i * 300_000), count, negative: Math.round(count * (buzz > 1 ? 0.6 : 0.1)) };
});
const alert = detectSpikes(mentions, { timeZone: 'Europe/Paris' }).episodes[0]!;
const ratioSum = alert.anomalies.reduce((a, x) => a + x.count, 0) / alert.anomalies.reduce((a, x) => a + x.expected, 0);
const sev = assessSeverity({ volumeRatio: ratioSum, negativeShare: 0.6, velocity: 500, authorReach: 8000, mediaPickup: false, safetyOrLegal: false, platforms: 2 });
console.log(`Spike from ${toLocalTime(alert.from, 'Europe/Paris')} to ${toLocalTime(alert.to, 'Europe/Paris')} (Paris), ×${ratioSum.toFixed(1)} the expected volume: level ${sev.level} (${sev.factors.map((f) => f.signal).join(', ')}).`);
const answer = recommendResponse({ crisisType: 'technicalErrorProductHarm', crisisHistory: true });
console.log(`SCCT: ${answer.cluster} cluster, ${answer.primary}: ${answer.strategies.join(', ')}.`);
const crisisPlaybook: PlaybookInput = {
  name: 'Boulangerie Martin',
  roles: { incidentLead: ['Claire'], communicationsLead: ['Inès'], communityManager: ['Léa'] },
  escalation: ([1, 2, 3, 4] as const).map((level) => ({ level, notify: ['incidentLead', 'communicationsLead'], acknowledgeMinutes: 15 * level, firstResponseMinutes: 60 * level, updateEveryMinutes: 120 * level })),
};
const holding = renderStatement('Depuis {time}, {confirmedFacts}. {empathy} Prochain point : {nextUpdate}.', {
  time: alert.from, confirmedFacts: ['des clients signalent un goût anormal de nos galettes du 16 mars', 'la fournée est retirée'],
  empathy: 'Nous sommes désolés.', nextUpdate: new Date(alert.from.getTime() + 4 * 3_600_000),
}, { locale: 'fr-FR', timeZone: 'Europe/Paris' });
console.log(`Holding statement: ${holding}`);
let incident: IncidentLog = { id: 'galettes-2027-03', events: [] };
const after = (minutes: number) => new Date(alert.from.getTime() + minutes * 60_000);
incident = appendEvent(incident, { at: after(5), actor: 'socialkit', type: 'detected', payload: { summary: 'Spike of mentions' } });
incident = appendEvent(incident, { at: after(20), actor: 'Claire', type: 'triaged', payload: { level: sev.level, crisisType: 'technicalErrorProductHarm' } });
incident = appendEvent(incident, { at: after(75), actor: 'Inès', type: 'statementPublished', payload: { text: holding, platforms: ['instagram', 'facebook'] } });
const hold = freezeRequest(incident, { now: after(80), holdHours: 48 });
if (hold !== null) {
  const held = freeze(resumed, hold).plan.posts.filter((p) => p.status === 'paused').length;
  console.log(`Calendar: ${held} scheduled posts held from ${hold.from.toISOString()} to ${hold.to.toISOString()}.`);
}
incident = appendEvent(incident, { at: after(400), actor: 'Inès', type: 'update', payload: { text: 'Toutes les galettes sont remboursées.' } });
incident = appendEvent(incident, { at: after(500), actor: 'Claire', type: 'resolved', payload: {} });
console.log(`SLA breaches: ${slaStatus(incident, { playbook: crisisPlaybook, now: after(500) }).breaches.map((b) => `${b.sla} +${b.lateMinutes} min`).join(', ') || 'none'}.`);
const review = postMortem(incident, mentions, { playbook: crisisPlaybook, timeZone: 'Europe/Paris' });
console.log(`Post-mortem: detected in ${review.timeToDetectMinutes} min, acknowledged in ${review.timeToAcknowledgeMinutes} min, first response in ${review.timeToFirstResponseMinutes} min, resolved in ${review.timeToResolveMinutes} min; ${review.volume.during.mentions} mentions during against ${review.volume.before.mentions} before.`);

section('7. Our accounts (profile checks and the image kit)');
const martinOnX = {
  name: 'Boulangerie Martin', username: 'boulangerie_martin', website: 'https://boulangerie-martin.fr',
  bio: 'Boulangerie artisanale à la Croix-Rousse 🥐 Pain au levain, viennoiseries, salon de thé.',
  avatar: { width: 400, height: 400, bytes: 180_000, format: 'png' },
  cover: { width: 1500, height: 600, format: 'jpg', focus: { x: 40, y: 20, width: 600, height: 200 } },
};
for (const f of checkProfile(martinOnX, { platform: 'x', requireUtm: true, brandHandles: { instagram: 'boulangerie_m' } })) console.log(`${f.severity.padEnd(8)}${f.code}: ${f.message}`);
const kit = profileKit(['instagram', 'facebook', 'x', 'mastodon', 'youtube'], { brand: 'Boulangerie Martin' });
for (const m of kit.masters) console.log(`Master ${m.id} → ${m.platforms.join(', ')}`);

section('8. Where we stand (the bakery against two competing bakeries)');
const watch = (publishedAt: string, followers: number, engagements: number, format: 'image' | 'carousel' | 'shortVideo' = 'image') => ({ platform: 'instagram' as const, publishedAt, followers, engagements, format });
const fortnight = (count: number) => Array.from({ length: 14 }, (_, i) => ({ date: `2027-03-${String(i + 1).padStart(2, '0')}`, count }));
const standing = benchmarkCompetitors({
  brand: { id: 'martin', name: 'Boulangerie Martin', mentions: fortnight(3), posts: [
    watch('2027-03-02T07:00:00Z', 1000, 50), watch('2027-03-04T07:00:00Z', 1000, 30), watch('2027-03-06T09:00:00Z', 1000, 80, 'carousel'),
    watch('2027-03-09T07:00:00Z', 1000, 40), watch('2027-03-11T17:00:00Z', 1050, 105, 'shortVideo'), watch('2027-03-13T09:00:00Z', 1100, 66, 'carousel'),
  ] },
  competitors: [
    { id: 'roux', name: 'Maison Roux', mentions: fortnight(5), posts: [1, 2, 4, 5, 8, 9, 11, 12].map((d, i) => watch(`2027-03-${String(d).padStart(2, '0')}T08:00:00Z`, 2000 + 30 * i, i % 3 === 1 ? 63 : 42)) },
    { id: 'canuts', name: 'Le Fournil des Canuts', mentions: fortnight(2), posts: [1, 3, 6, 9, 12].map((d, i) => watch(`2027-03-${String(d).padStart(2, '0')}T16:00:00Z`, 800 - 10 * i, i === 3 ? 77 : 39, i === 3 ? 'shortVideo' : 'image')) },
  ],
  period: { from: '2027-03-01', to: '2027-03-14' }, timeZone: 'Europe/Paris', locale: 'fr-FR',
});
const cell = (text: string, width: number) => text.padEnd(width);
console.log(`${cell('', 24)}${standing.accounts.map((a) => cell(a.name, 24)).join('')}z`);
for (const m of standing.metrics) {
  const show = (v: number | null) => (v === null ? '—' : m.metric === 'postsPerWeek' ? `${v.toFixed(1)}/sem.` : pct(v));
  console.log(`${cell(m.metric, 24)}${standing.accounts.map((a) => cell(`${show(a[m.metric])}${m.ranking.find((r) => r.id === a.id)?.rank === 1 ? ' ★' : ''}`, 24)).join('')}${m.zScore === null ? '—' : m.zScore.toFixed(2)}`);
}
for (const s of standing.summary) console.log(`• ${s.text}`);
// 9. Report ---------------------------------------------------------------------
section('9. What we show the client (the quarter report and the files a team opens)');
// Performance of the quarter's planned posts, from a seeded generator: each planned post is published
// (one in twelve is missed), its engagement depends on the platform, the hour, the pillar and the format.
let r7 = 2027;
const rand = () => (r7 = (r7 * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pillarLift: Record<string, number> = { savoirFaire: 1.1, salonDeThe: 1.35, coulisses: 1.0, offres: 0.7 };
const formatLift: Record<string, number> = { shortVideo: 1.3, carousel: 1.1, image: 1.0, video: 1.1, text: 0.8 };
const performance = (id: string, platform: 'instagram' | 'facebook', at: Date, pillar: string, format: string, quarterLift: number) => {
  const hour = Number(toLocalTime(at, 'Europe/Paris').slice(0, 2));
  const reach = Math.round((platform === 'instagram' ? 2500 : 1800) * (0.6 + rand() * 0.9));
  const base = platform === 'instagram' ? 0.036 : 0.022;
  const rate = base * quarterLift * (pillarLift[pillar] ?? 1) * (formatLift[format] ?? 1) * (hour >= 18 ? 1.25 : hour < 8 ? 0.9 : 1) * (0.7 + rand() * 0.6);
  const engagements = Math.round(reach * rate);
  const clicks = Math.round(reach * (0.004 + rand() * 0.008));
  const conversions = Math.round(clicks * (pillar === 'offres' ? 0.12 : 0.03));
  return {
    id, platform, publishedAt: at.toISOString(), impressions: Math.round(reach * (1.15 + rand() * 0.5)), reach, engagements, clicks, conversions,
    revenue: (conversions * 18.5).toFixed(2), currency: 'EUR', pillar, format, persona: platform === 'instagram' ? 'claire' : 'gerard',
  };
};
const quarterPosts = resumed.posts.filter((p) => p.platform === 'instagram' || p.platform === 'facebook');
const records = [
  // The previous quarter (same slots 13 weeks earlier, before the tea room opened).
  ...quarterPosts.map((p) => performance(`q4-${p.id}`, p.platform as 'instagram' | 'facebook', new Date(p.at.getTime() - 91 * 86_400_000), p.pillar, p.format, 0.85)),
  ...quarterPosts.filter(() => rand() >= 1 / 12).map((p) => performance(p.id, p.platform as 'instagram' | 'facebook', p.at, p.pillar, p.format, 1)),
];
const spend = [];
for (let week = 0; week < 13; week += 1) {
  const day = new Date(Date.UTC(2027, 0, 6 + week * 7)).toISOString().slice(0, 10);
  spend.push({ platform: 'instagram' as const, date: day, amount: (25 + Math.round(rand() * 1000) / 100).toFixed(2) });
  spend.push({ platform: 'facebook' as const, date: day, amount: '15.00' });
}
const report = buildReport({
  records,
  period: { from: '2027-01-01', to: '2027-03-31' },
  timeZone: 'Europe/Paris',
  comparePeriod: 'previousPeriod',
  now: '2027-04-01T08:00:00+02:00',
  locale: 'fr',
  title: 'Boulangerie Martin — rapport du 1er trimestre 2027',
  strategy: { brand: { name: 'Boulangerie Martin', country: 'FR' }, objectives: [objective] },
  editorialLine: {
    name: 'Boulangerie Martin',
    languages: ['fr'],
    pillars: [
      { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.4 },
      { id: 'salonDeThe', name: 'Le salon de thé', targetShare: 0.3 },
      { id: 'coulisses', name: 'Coulisses', targetShare: 0.2 },
      { id: 'offres', name: 'Offres', targetShare: 0.1 },
    ],
  },
  plan: resumed,
  spend,
  mediaPlan,
  currency: 'EUR',
  incidents: [{ log: incident, series: mentions, playbook: crisisPlaybook }],
});
const outDir = process.env.SOCIALKIT_OUT ?? 'out';
mkdirSync(outDir, { recursive: true });
const files: [string, string][] = [
  ['report.html', reportToHtml(report)],
  ['report.md', reportToMarkdown(report)],
  ['report.json', reportToJson(report)],
  ['report.csv', reportToCsv(report, { table: 'kpis', delimiter: ';', bom: true, decimal: ',' })],
  ['calendar.ics', ics],
  ['calendar.csv', csv],
  ['plan.json', `${JSON.stringify(resumed, null, 2)}\n`],
];
for (const [name, text] of files) writeFileSync(join(outDir, name), text);
const er = report.kpis.find((k) => k.kpi === 'engagementRateByReach');
console.log(
  `${report.records.current} posts in the quarter (${report.records.previous} in the previous one); engagement rate by reach ${pct(typeof er?.current === 'number' ? er.current : null, 2)} ` +
    `(${er?.relativeChange === null || er?.relativeChange === undefined ? '—' : `${er.relativeChange > 0 ? '+' : ''}${pct(er.relativeChange, 1)}`}), objective ${er?.status ?? '—'}; ` +
    `calendar executed at ${pct(report.execution?.rate ?? null, 0)}; media spend ${report.media?.total.spend ?? '0'} € for a ROAS of ${report.media?.total.roas?.toFixed(2) ?? '—'}.`,
);
for (const rec of report.recommendations.slice(0, 4)) console.log(`  ${rec.code}: ${rec.message}`);
console.log(`Files written:`);
for (const [name, text] of files) console.log(`  ${join(outDir, name)} (${Buffer.byteLength(text)} bytes)`);

console.log('\nDemo finished.');
