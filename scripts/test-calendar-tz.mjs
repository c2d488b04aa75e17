#!/usr/bin/env node
// Runs the calendar tests three times, with the machine zone set to UTC,
// America/Los_Angeles and Asia/Tokyo (issue 7): socialkit must give the same
// instants whatever the zone of the machine it runs on, and the rrule oracle
// (test/calendar/rrule-oracle.test.ts) runs only under UTC, where rrule's
// `tzid` support is right. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const zones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'];
for (const zone of zones) {
  console.log(`\n▶ calendar tests with TZ=${zone}`);
  const run = spawnSync(process.execPath, [vitest, 'run', 'test/calendar', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) {
    console.error(`calendar tests failed with TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\ncalendar tests passed under ${zones.join(', ')}`);
