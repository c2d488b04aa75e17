import { audienceActivity, bestPostingWindows, buildActivityMatrix, type PersonaInput } from '../src/persona/index.js';
import { type BenchRow, medianMs } from './types.js';

const ZONES = ['Europe/Paris', 'America/Toronto', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo'];

function personas(n: number): PersonaInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Persona ${i}`,
    market: 'b2c' as const,
    timeZone: ZONES[i % ZONES.length]!,
    platforms: [
      { platform: 'instagram' as const, weight: 1 + (i % 3) },
      { platform: 'facebook' as const, weight: 1 },
    ],
    activity: buildActivityMatrix([
      { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], fromHour: 7, toHour: 9, value: 2 + (i % 4) },
      { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], fromHour: 19, toHour: 23, value: 3 },
      { weekdays: ['sat', 'sun'], fromHour: 9, toHour: 13, value: 4 },
    ]),
  }));
}

/**
 * Times audienceActivity (the DST-correct re-basing) and bestPostingWindows.
 *
 * @returns the rows for docs/benchmarks.md
 */
export async function run(): Promise<BenchRow[]> {
  const ten = personas(10);
  const four = personas(4);
  const year = await medianMs(() => audienceActivity(ten, { timeZone: 'Europe/Paris', range: { from: '2027-01-01', to: '2027-12-31' }, platform: 'instagram' }));
  const month = await medianMs(() => audienceActivity(four, { timeZone: 'Europe/Paris', range: { from: '2027-03-01', to: '2027-03-28' } }), 20);
  const map = audienceActivity(ten, { timeZone: 'Europe/Paris', range: { from: '2027-03-01', to: '2027-03-28' } });
  const windows = await medianMs(() => {
    for (let i = 0; i < 1000; i += 1) bestPostingWindows(map, { count: 5, minGapHours: 4 });
  });
  return [
    { name: 'audienceActivity: 10 personas in 5 zones, 365 days, one platform', result: `${year.toFixed(1)} ms` },
    { name: 'audienceActivity: 4 personas in 4 zones, 28 days', result: `${month.toFixed(2)} ms` },
    { name: 'bestPostingWindows: 5 windows from a 7 × 24 map', result: `${((windows * 1000) / 1000).toFixed(1)} µs per call` },
  ];
}
