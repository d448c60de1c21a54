// Cobro in Gmail, in Chromium, on a generated ledger of 10,000 debtors / 100,000 invoices /
// 300,000 events written into the extension's own IndexedDB: the chip after a thread opens
// against a bare content script doing one message and one indexed read, the template insert,
// the content script's size, long tasks while threads open, and what runs in an idle tab.
// Two browsers, one per extension, each with the same ledger, one after the other: each browser
// writes its ledger, is measured and closed before the next starts. Written side by side, the
// baseline's IndexedDB went on settling its new data on this machine's cores while Cobro was
// measured (cold opens of 600 ms and more); each is now measured only beside its own.
import { existsSync } from 'node:fs';
import { BARE_DB_NAME } from './bare-extension/lookup';
import { launchWithExtension, loadLedgerInto, type BenchBrowser } from './bench-browser';
import { BARE_BUILD, buildBareExtension, buildCobroForBench, COBRO_BENCH_BUILD, ledgerLoaderSource, pageProbesSource } from './bench-builds';
import { BenchError } from './bench-error';
import { gmailBundleSizes, type BundleSize } from './bundle-sizes';
import {
  DEBTORS_CHANGE_EVERY,
  MAILBOX_CUSTOMERS,
  measureBare,
  measureCobro,
  moreThreadsFor,
  FIRST_OPEN_WARMUP,
  OPEN_WARMUP,
  type BareRun,
  type CobroRun,
  type RunCounts,
} from './gmail-runs';
import type { LedgerLoadRequest, LedgerLoadResult } from './ledger-loader';
import type { LongTask } from './page-probes';
import { percentile, summarize, type Sample } from './stats';
import type { ThreadOpens } from './thread-opens';
import type { Wakeups } from './trace-wakeups';

export interface GmailBenchOptions extends RunCounts {
  debtors: number;
  invoicesPerDebtor: number;
  eventsPerDebtor: number;
  /** Build both extensions first (false: use the last bench builds). */
  build: boolean;
}

export const GMAIL_FULL_SIZE: GmailBenchOptions = {
  debtors: 10_000,
  invoicesPerDebtor: 10,
  eventsPerDebtor: 30,
  threadOpens: 100,
  firstOpens: 40,
  tracedOpens: 30,
  insertions: 50,
  idleMs: 10_000,
  build: true,
};

const SEED = 42;
/** The database Cobro's background opens (openCobroDb's default name). */
const COBRO_DB_NAME = 'cobro';
const KB = 1024;

async function builds(build: boolean, log: (line: string) => void): Promise<{ cobroDir: string; bareDir: string }> {
  if (!build) {
    if (!existsSync(COBRO_BENCH_BUILD) || !existsSync(BARE_BUILD)) {
      throw new BenchError('bench-build', `no bench builds in ${COBRO_BENCH_BUILD} and ${BARE_BUILD}: run once without --no-build`);
    }
    return { cobroDir: COBRO_BENCH_BUILD, bareDir: BARE_BUILD };
  }
  const start = performance.now();
  log('building Cobro for Chrome (wxt, production) into .output/bench and the bare baseline into .output/bench-bare');
  const cobroDir = await buildCobroForBench();
  const bareDir = await buildBareExtension();
  log(`built in ${Math.round((performance.now() - start) / 1000)} s`);
  return { cobroDir, bareDir };
}

async function loaded(browser: BenchBrowser, page: string, loader: string, request: LedgerLoadRequest, who: string, log: (line: string) => void) {
  const { page: ledgerPage, result } = await loadLedgerInto(browser, page, loader, request);
  await ledgerPage.close();
  log(
    `${who}: generated ${result.counts.debtors} debtors, ${result.counts.invoices} invoices, ${result.counts.events} events in ` +
      `${Math.round(result.generateMs)} ms; written to the extension's IndexedDB in ${Math.round(result.loadMs / 1000)} s`,
  );
  return result;
}

export async function benchGmail(options: GmailBenchOptions = GMAIL_FULL_SIZE, log: (line: string) => void = () => {}): Promise<Sample[]> {
  const { cobroDir, bareDir } = await builds(options.build, log);
  const [loader, probes, sizes] = await Promise.all([ledgerLoaderSource(), pageProbesSource(), gmailBundleSizes(cobroDir)]);
  const request: LedgerLoadRequest = {
    dbName: COBRO_DB_NAME,
    debtors: options.debtors,
    invoicesPerDebtor: options.invoicesPerDebtor,
    eventsPerDebtor: options.eventsPerDebtor,
    seed: SEED,
    now: new Date().toISOString(),
    customers: [...MAILBOX_CUSTOMERS, ...Object.values(moreThreadsFor(options)).flat()],
  };

  const inBrowser = async <T>(dir: string, use: (browser: BenchBrowser) => Promise<T>): Promise<T> => {
    const browser = await launchWithExtension(dir);
    try {
      return await use(browser);
    } finally {
      await browser.close();
    }
  };
  const { cobro, cobroLoad } = await inBrowser(cobroDir, async (browser) => {
    const cobroLoad = await loaded(browser, 'popup.html', loader, request, 'Cobro', log);
    return { cobroLoad, cobro: await measureCobro(browser, cobroLoad, probes, options, log) };
  });
  const bare = await inBrowser(bareDir, async (browser) => {
    const bareLoad = await loaded(browser, 'ledger.html', loader, { ...request, dbName: BARE_DB_NAME }, 'bare baseline', log);
    return measureBare(browser, bareLoad, probes, options, log);
  });
  return gmailRows({ options, cobro, bare, sizes, cobroLoad }, log);
}

const longest = (tasks: readonly LongTask[]) => tasks.reduce((max, task) => Math.max(max, task.duration), 0);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10;
const fromExtension = (wakeups: Wakeups) =>
  Object.entries(wakeups.byScript)
    .filter(([script]) => script.startsWith('chrome-extension://'))
    .reduce((sum, [, count]) => sum + count, 0);

interface Measured {
  options: GmailBenchOptions;
  cobro: CobroRun;
  bare: BareRun;
  sizes: { contentScripts: BundleSize[]; reporter: BundleSize };
  cobroLoad: LedgerLoadResult;
}

function gmailRows({ options, cobro, bare, sizes, cobroLoad }: Measured, log: (line: string) => void): Sample[] {
  const loops = (run: { opens: ThreadOpens; firstOpens: { fromList: ThreadOpens; byLink: ThreadOpens } }) => [run.opens, run.firstOpens.fromList, run.firstOpens.byLink];
  const failures = (run: Parameters<typeof loops>[0]) => loops(run).reduce((n, loop) => n + loop.failures, 0);
  const failed = failures(cobro) + failures(bare) + cobro.inserts.failures;
  if (failed > 0) log(`warning: ${failed} runs showed nothing within the time limit and are left out (chip ${failures(cobro)}, bare ${failures(bare)}, insert ${cobro.inserts.failures})`);
  if (cobro.loopTasks === null) log('warning: this Chromium does not report long tasks to PerformanceObserver');
  const slowest = (opens: ThreadOpens, first: number, tag: string) =>
    opens.paintedMs
      .map((ms, i) => ({ ms, i, tagged: opens.tagged[i] }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map(({ ms, i, tagged }) => `#${i + first}${tagged ? ` ${tag}` : ''} ${Math.round(ms)} ms`)
      .join(', ');
  log(`slowest opens thread to thread (numbered with the warm-up; the debtors change before every ${DEBTORS_CHANGE_EVERY}th): ${slowest(cobro.opens, OPEN_WARMUP, 'first since the change')}`);
  log(`slowest first opens from the list: ${slowest(cobro.firstOpens.fromList, FIRST_OPEN_WARMUP, '')}; by a link: ${slowest(cobro.firstOpens.byLink, FIRST_OPEN_WARMUP, '')}`);
  if (cobro.loopTasks?.length) log(`long tasks during the timed thread opens: ${cobro.loopTasks.map((t) => Math.round(t.duration)).join(', ')} ms`);
  log(`traced tab load: ${JSON.stringify(cobro.tracedLoad)}; traced thread opens: ${JSON.stringify(cobro.traced)}`);
  log(`idle tab: ${JSON.stringify(cobro.idle)}; control (2 page timers, a DOM change and a popstate): ${JSON.stringify(cobro.control)}`);
  const traceSees = cobro.control.timerFires >= 3 && fromExtension(cobro.control) >= 1 && cobro.control.extensionCalls >= 1;
  if (!traceSees) log('warning: the control trace missed the page’s timers or the extension code it ran; the idle counts are left out');
  const seen = (count: number) => (traceSees ? count : Number.NaN);
  const idleSeconds = options.idleMs / 1000;
  const ratioRow = (what: string, chip: readonly number[], baseline: readonly number[], target?: string): Sample => ({
    what,
    unit: 'ratio',
    p50: ratio(percentile(chip, 50), percentile(baseline, 50)),
    p95: ratio(percentile(chip, 95), percentile(baseline, 95)),
    ...(target ? { target } : {}),
  });
  const oneScript = sizes.contentScripts.length === 1;
  const split = (opens: ThreadOpens, timings: readonly number[], tagged: boolean) => timings.filter((_, i) => opens.tagged[i] === tagged);
  const afterChange = cobro.opens.tagged.filter(Boolean).length;
  const TARGET = 'p50 ≤ 16 ms, p95 ≤ 50 ms';
  const RATIO_TARGET = '≤ 1.5×';
  const { fromList, byLink } = cobro.firstOpens;
  const bareFirst = bare.firstOpens;

  return [
    summarize(
      `status chip painted after a thread opens: thread to thread, the same three (hash navigation → painted; their debtors change every ${DEBTORS_CHANGE_EVERY} opens)`,
      cobro.opens.paintedMs,
      TARGET,
    ),
    summarize(`  the first open of a thread after its debtor changed (${afterChange} of them)`, split(cobro.opens, cobro.opens.paintedMs, true)),
    summarize('  in the DOM', cobro.opens.inDomMs),
    summarize('  painted after Gmail drew the thread', cobro.opens.paintedAfterDrawnMs),
    summarize('status chip painted after a thread opens: a thread never opened, from the inbox list (hash → painted, what the click on its row does)', fromList.paintedMs, TARGET),
    summarize('  in the DOM', fromList.inDomMs),
    summarize('  painted after Gmail drew the thread', fromList.paintedAfterDrawnMs),
    summarize('status chip painted after a thread opens: a thread no list showed, opened by a link from another thread (hash → painted)', byLink.paintedMs, TARGET),
    summarize('  in the DOM', byLink.inDomMs),
    summarize('  painted after Gmail drew the thread', byLink.paintedAfterDrawnMs),
    summarize('bare content script painted (1 message, 1 indexed read): thread to thread', bare.opens.paintedMs),
    summarize('  a thread never opened, from the inbox list', bareFirst.fromList.paintedMs),
    summarize('  a thread no list showed, by a link', bareFirst.byLink.paintedMs),
    summarize('  thread to thread, in the DOM', bare.opens.inDomMs),
    summarize('  thread to thread, painted after Gmail drew the thread', bare.opens.paintedAfterDrawnMs),
    summarize('  its message and indexed read, sent to answered, as threads open', bare.roundTrips.opening),
    summarize('  the same, sent in the idle tab', bare.roundTrips.idle),
    ratioRow('chip ÷ bare, painted (p50/p50, p95/p95): thread to thread', cobro.opens.paintedMs, bare.opens.paintedMs, RATIO_TARGET),
    ratioRow('  a thread never opened, from the inbox list', fromList.paintedMs, bareFirst.fromList.paintedMs, RATIO_TARGET),
    ratioRow('  a thread no list showed, by a link', byLink.paintedMs, bareFirst.byLink.paintedMs, RATIO_TARGET),
    ratioRow('  thread to thread, painted after Gmail drew the thread', cobro.opens.paintedAfterDrawnMs, bare.opens.paintedAfterDrawnMs),
    summarize('template picker painted after the Cobro button click', cobro.inserts.pickerMs),
    summarize('template inserted after the click on Insert (painted)', cobro.inserts.insertPaintedMs, 'p95 ≤ 50 ms'),
    summarize('template inserted after the click on Insert (in the DOM)', cobro.inserts.insertInDomMs),
    ...sizes.contentScripts.map((s) => ({
      what: `Gmail content script ${s.file}, gzip -9 (raw ${Math.round(s.bytes / KB)} KB)`,
      unit: 'KB' as const,
      value: kb(s.gzipBytes),
      ...(oneScript ? { target: '≤ 90 KB' } : {}),
    })),
    ...(oneScript
      ? []
      : [{ what: 'Gmail content scripts together, gzip -9', unit: 'KB' as const, value: kb(sizes.contentScripts.reduce((n, s) => n + s.gzipBytes, 0)), target: '≤ 90 KB' }]),
    { what: `page reporter ${sizes.reporter.file}, gzip -9 (raw ${Math.round(sizes.reporter.bytes / KB)} KB)`, unit: 'KB', value: kb(sizes.reporter.gzipBytes) },
    {
      what: `long tasks (> 50 ms) in the Gmail tab during the ${options.threadOpens + OPEN_WARMUP + 2 * (options.firstOpens + FIRST_OPEN_WARMUP)} timed thread opens`,
      unit: 'count',
      value: cobro.loopTasks?.length ?? Number.NaN,
      target: 'none',
    },
    { what: '  the longest of them', unit: 'ms', value: cobro.loopTasks ? Math.round(longest(cobro.loopTasks)) : Number.NaN },
    { what: `long tasks (> 50 ms) in ${options.tracedOpens} thread opens under a trace (slower)`, unit: 'count', value: cobro.traced.longTasks },
    { what: '  of them, tasks where extension code alone ran > 50 ms', unit: 'count', value: cobro.traced.longFromExtension, target: 'none' },
    { what: '  most extension code run in one task (any task)', unit: 'ms', value: Math.round(cobro.traced.maxExtensionMsInATask * 10) / 10 },
    { what: 'long tasks while the Gmail tab loaded with Cobro (under a trace)', unit: 'count', value: cobro.loadingTasks?.length ?? Number.NaN },
    { what: '  the longest of them', unit: 'ms', value: cobro.loadingTasks ? Math.round(longest(cobro.loadingTasks)) : Number.NaN },
    { what: '  of them (as the trace saw them), tasks where extension code alone ran > 50 ms', unit: 'count', value: cobro.tracedLoad.longFromExtension },
    { what: '  most extension code run in one task while loading (script evaluation included)', unit: 'ms', value: Math.round(cobro.tracedLoad.maxExtensionMsInATask * 10) / 10 },
    { what: `timer callbacks running extension code, idle thread, ${idleSeconds} s (trace)`, unit: 'count', value: seen(fromExtension(cobro.idle)), target: 'none' },
    { what: `timer callbacks of any script, idle thread, ${idleSeconds} s (trace)`, unit: 'count', value: seen(cobro.idle.timerFires) },
    { what: `calls into extension code of any kind, idle thread, ${idleSeconds} s (trace)`, unit: 'count', value: seen(cobro.idle.extensionCalls) },
    { what: "ledger written into Cobro's IndexedDB (bulkAdd in Chromium)", unit: 'ms', value: Math.round(cobroLoad.loadMs) },
  ];
}
