// `npm run bench`: prints the measurements DESIGN.md sets targets for, as a table.
//   --quick      1,000 debtors everywhere instead of 10,000
//   --no-build   reuse the last bench builds of the extensions (.output/bench, .output/bench-bare)
//   --only=core  the core handlers in Node only;  --only=gmail  Gmail in Chromium only;
//   --only=workspace  the workspace (import, debtor table) in Chromium only
//   --only=sites  invoicing tools' pages (chips on a 1,000-row list, rows added, script size) in Chromium only
//   --only=replies  the reply reader in Node only (cost per 2,000-character message, its bundled size)
import { existsSync } from 'node:fs';
import { BenchError } from './bench-error';
import { buildCobroForBench, COBRO_BENCH_BUILD } from './bench-builds';
import { benchCore, FULL_SIZE } from './core';
import { benchGmail, GMAIL_FULL_SIZE } from './gmail';
import { benchReplies } from './replies';
import { benchSites } from './sites';
import { table, type Sample } from './stats';
import { benchWorkspace } from './workspace';

const quick = process.argv.includes('--quick');
const build = !process.argv.includes('--no-build');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const log = (line: string) => process.stderr.write(`${line}\n`);
const size = quick ? 'quick run (1,000 debtors)' : '10,000 debtors / 100,000 invoices / 300,000 events';

const samples: Sample[] = [];
const started = performance.now();
const runs = (section: 'core' | 'gmail' | 'workspace' | 'sites' | 'replies') => only === undefined || only === section;
if (runs('core')) {
  log(`core: ${size} in Node with fake-indexeddb`);
  samples.push(...(await benchCore(quick ? { ...FULL_SIZE, debtors: 1000, samples: 200 } : FULL_SIZE, log)));
}
if (runs('gmail')) {
  log(`gmail: ${size} in the extension's IndexedDB, Chromium headless, the fake Gmail`);
  samples.push(...(await benchGmail({ ...GMAIL_FULL_SIZE, build, ...(quick ? { debtors: 1000 } : {}) }, log)));
}
if (runs('workspace')) {
  // The Gmail section built the extension already when it ran.
  if (build && !runs('gmail')) {
    log('building Cobro for Chrome (wxt, production) into .output/bench');
    await buildCobroForBench();
  }
  if (!existsSync(COBRO_BENCH_BUILD)) throw new BenchError('bench-build', `no bench build in ${COBRO_BENCH_BUILD}: run once without --no-build`);
  const debtors = quick ? 1000 : 10_000;
  log(`workspace: ${debtors.toLocaleString('en')} debtors imported from a CSV, Chromium headless`);
  samples.push(...(await benchWorkspace({ debtors, buildDir: COBRO_BENCH_BUILD }, log)));
}
if (runs('sites')) {
  // The Gmail or workspace section built the extension already when it ran.
  if (build && !runs('gmail') && !runs('workspace')) {
    log('building Cobro for Chrome (wxt, production) into .output/bench');
    await buildCobroForBench();
  }
  if (!existsSync(COBRO_BENCH_BUILD)) throw new BenchError('bench-build', `no bench build in ${COBRO_BENCH_BUILD}: run once without --no-build`);
  log('sites: Invoice Ninja and a plain invoicing site, Chromium headless, the sites granted');
  samples.push(...(await benchSites({ buildDir: COBRO_BENCH_BUILD }, log)));
}
if (runs('replies')) {
  samples.push(...(await benchReplies(log)));
}
log(`bench finished in ${Math.round((performance.now() - started) / 1000)} s`);

process.stdout.write(`\n${table(samples)}\n`);
