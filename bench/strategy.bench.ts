import { buildActivityMatrix } from '../src/persona/index.js';
import { buildUtmUrl, checkSmart, goalProgress, parseUtm, validateStrategy, type StrategyInput } from '../src/strategy/index.js';
import { type BenchRow, medianMs } from './types.js';

/**
 * Times goalProgress (with its least-squares forecast and t quantile), checkSmart, validateStrategy and the UTM functions.
 *
 * @returns the rows for docs/benchmarks.md
 */
export async function run(): Promise<BenchRow[]> {
  const start = Date.UTC(2027, 0, 1);
  const series = Array.from({ length: 1000 }, (_, i) => ({ at: new Date(start + i * 3_600_000), value: 1000 + i * 0.5 + Math.sin(i) * 20 }));
  const input = { baseline: 1000, target: 2000, current: 1400, start: new Date(start), end: new Date(start + 90 * 86_400_000), now: new Date(start + 42 * 86_400_000) };
  const progress = await medianMs(() => {
    for (let i = 0; i < 100; i += 1) goalProgress({ ...input, series: series.slice(0, 12) });
  });
  const progressLong = await medianMs(() => goalProgress({ ...input, series }), 20);
  const history = series.filter((_, i) => i % 24 === 0).map((p) => ({ at: p.at, value: p.value }));
  const objective = {
    id: 'o',
    type: 'engagement' as const,
    kpis: ['engagementRateByReach'],
    platforms: ['instagram' as const],
    baseline: 1000,
    target: 1500,
    start: '2027-01-01',
    deadline: '2027-06-30',
    businessGoal: 'b',
  };
  const smart = await medianMs(() => {
    for (let i = 0; i < 100; i += 1) checkSmart(objective, { history });
  });
  const activity = buildActivityMatrix([{ weekdays: ['mon'], fromHour: 8, toHour: 9, value: 1 }]);
  const strategy: StrategyInput = {
    brand: { name: 'B' },
    positioning: 'P',
    personas: Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      name: `p${i}`,
      market: 'b2c' as const,
      timeZone: 'Europe/Paris',
      activity,
      platforms: [{ platform: 'instagram' as const, weight: 1 }],
    })),
    platforms: [{ platform: 'instagram', role: 'r', personas: Array.from({ length: 20 }, (_, i) => `p${i}`) }],
    objectives: Array.from({ length: 10 }, (_, i) => ({ ...objective, id: `o${i}` })),
    editorialLineRef: 'e',
  };
  const validate = await medianMs(() => validateStrategy(strategy), 20);
  const utm = { source: 'instagram', medium: 'social', campaign: 'galette 2027', content: 'story' };
  const links = await medianMs(() => {
    for (let i = 0; i < 10_000; i += 1) parseUtm(buildUtmUrl('https://boulangerie-martin.fr/galette?taille=6#commande', utm));
  });
  return [
    { name: 'goalProgress with a 12-point series (forecast and 80 % interval)', result: `${((progress * 1000) / 100).toFixed(1)} µs per call` },
    { name: 'goalProgress with a 1,000-point series', result: `${(progressLong * 1000).toFixed(0)} µs` },
    { name: 'checkSmart with 42 history points', result: `${((smart * 1000) / 100).toFixed(1)} µs per call` },
    { name: 'validateStrategy: 20 personas, 10 objectives', result: `${validate.toFixed(2)} ms` },
    { name: 'buildUtmUrl then parseUtm', result: `${((links * 1000) / 10_000).toFixed(1)} µs per pair` },
  ];
}
