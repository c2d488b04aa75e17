/**
 * The socialkit main job, end to end: `npm run demo`.
 *
 * It follows one brand — Boulangerie Martin, a Paris bakery — through what
 * each module offers. It grows with each module; today it shows the core:
 * exact money, a budget split, platform limits and DST-correct scheduling.
 * Run from the sources with tsx, so it needs nothing but `npm ci`.
 */
import {
  allocateMoney,
  createTimeBucketer,
  formatMoney,
  formatPercent,
  fromLocal,
  getPlatform,
  money,
  PLATFORM_IDS,
  platforms,
  ratio,
  toLocalTime,
} from '../src/index.js';

const line = (title: string) => console.log(`\n— ${title} ${'—'.repeat(Math.max(0, 60 - title.length))}`);

line('Budget');
const budget = money('2500.00');
const channels = ['instagram', 'facebook', 'tiktok'] as const;
const split = allocateMoney(budget, [50, 30, 20], { currency: 'EUR' });
channels.forEach((c, i) => console.log(`${c.padEnd(10)} ${formatMoney(split[i]!, 'EUR', { locale: 'fr-FR' }).padStart(12)}`));
const total = split.reduce((a, b) => a.plus(b), money(0));
console.log(`total      ${formatMoney(total, 'EUR', { locale: 'fr-FR' }).padStart(12)} (exact: ${total.equals(budget)})`);
const thirds = allocateMoney('100', [1, 1, 1], { currency: 'EUR' }).map(String);
console.log(`100 € in three: ${thirds.join(' + ')} = 100 (largest remainder, never a lost cent)`);

line('A first result');
const engagementRate = ratio(312, 9800);
console.log(`312 engagements for a reach of 9,800: ${formatPercent(engagementRate, { locale: 'fr-FR', digits: 2 })}`);
console.log(`0 engagements for a reach of 0: ${formatPercent(ratio(0, 0))} (null, not NaN)`);

line('Platform limits (source and date on every value)');
for (const id of PLATFORM_IDS) {
  const p = platforms[id];
  console.log(`${p.name.padEnd(10)} ${String(p.text.limit.value).padStart(6)} ${p.text.method.value.padEnd(11)} checked ${p.text.limit.asOf}`);
}
const instance = getPlatform('mastodon', { text: { limit: 5000 } });
console.log(`Our Mastodon instance allows ${instance.text.limit.value} (${instance.text.limit.source}).`);

line('09:00 in Paris, across the spring DST change');
for (const date of ['2027-03-27', '2027-03-28', '2027-03-29']) {
  const at = fromLocal(date, '09:00', 'Europe/Paris');
  console.log(`${date} 09:00 Europe/Paris = ${at.toISOString()} = ${toLocalTime(at, 'America/New_York')} in New York`);
}
const gap = fromLocal('2027-03-28', '02:30', 'Europe/Paris');
console.log(`02:30 does not exist on 28 March: it moves to ${toLocalTime(gap, 'Europe/Paris')} (forward by the gap).`);
const weeks = createTimeBucketer('Europe/Paris');
console.log(`1 January 2027 belongs to ISO week ${weeks.week(Date.UTC(2027, 0, 1, 12))}.`);

console.log('\nDemo finished.');
