// `npm run bench`: prints the measurements DESIGN.md sets targets for, as a table.
//   --quick      1,000 debtors everywhere instead of 10,000
//   --no-build   reuse the last bench builds of the extensions (.output/bench, .output/bench-bare)
//   --only=core  the core handlers in Node only;  --only=gmail  the Chromium section only
import { benchCore, FULL_SIZE } from './core';
import { benchGmail, GMAIL_FULL_SIZE } from './gmail';
import { table, type Sample } from './stats';

const quick = process.argv.includes('--quick');
const build = !process.argv.includes('--no-build');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const log = (line: string) => process.stderr.write(`${line}\n`);
const size = quick ? 'quick run (1,000 debtors)' : '10,000 debtors / 100,000 invoices / 300,000 events';

const samples: Sample[] = [];
const started = performance.now();
if (only !== 'gmail') {
  log(`core: ${size} in Node with fake-indexeddb`);
  samples.push(...(await benchCore(quick ? { ...FULL_SIZE, debtors: 1000, samples: 200 } : FULL_SIZE, log)));
}
if (only !== 'core') {
  log(`gmail: ${size} in the extension's IndexedDB, Chromium headless, the fake Gmail`);
  samples.push(...(await benchGmail({ ...GMAIL_FULL_SIZE, build, ...(quick ? { debtors: 1000 } : {}) }, log)));
}
log(`bench finished in ${Math.round((performance.now() - started) / 1000)} s`);

process.stdout.write(`\n${table(samples)}\n`);
