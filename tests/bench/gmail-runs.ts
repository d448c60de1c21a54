// What the bench does in a Gmail tab once an extension and its ledger are in place: for Cobro,
// thread opens (timed, then traced), the idle tab, and template inserts; for the bare baseline,
// the same thread opens. The threads are the fake mailbox's, whose senders the ledger holds, and
// more like them (more-threads.ts), each opened once: from the inbox list, or by a link.
import type { Page } from '@playwright/test';
import { debtorsChanged, handlerRequest } from '../../extension/messaging/protocol';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadUrl } from '../e2e/support/gmail-knobs';
import { MAILBOX_DEBTORS, MAILBOX_THREADS } from '../e2e/support/mailbox-ledger';
import { newGmailTab, type BenchBrowser, type ProbeWindow } from './bench-browser';
import { BenchError } from './bench-error';
import type { LedgerLoadResult } from './ledger-loader';
import type { MailboxCustomer } from './mailbox-debtors';
import { addedToken, moreThreadCustomers, unlistedThreadHash, withMoreThreads, type FixtureMailbox, type MoreThreads } from './more-threads';
import type { LongTask, Wanted } from './page-probes';
import { traceControl, traceIdle, traceLongTasks } from './page-trace';
import { timeTemplateInserts, type TemplateInserts } from './template-inserts';
import { timeThreadOpens, type ThreadOpenOptions, type ThreadOpens, type ThreadTarget } from './thread-opens';
import type { LongTaskShares } from './trace-tasks';
import type { Wakeups } from './trace-wakeups';

export interface RunCounts {
  threadOpens: number;
  /** Threads opened for the first time, from the inbox list and (as many) by a link. */
  firstOpens: number;
  /** Thread opens again under a trace, to see whose code ran in long tasks (tracing slows the page). */
  tracedOpens: number;
  insertions: number;
  idleMs: number;
}

/** The fake mailbox's customers, made debtors of the generated ledger (mailbox-debtors.ts). */
export const MAILBOX_CUSTOMERS: MailboxCustomer[] = MAILBOX_DEBTORS.map(({ key, name, contactName, emails, locale, timeZone }) => ({
  key,
  name,
  contactName,
  emails,
  locale,
  timeZone,
}));

/** Opens before the timed first opens of each kind: those threads are used up too. */
export const FIRST_OPEN_WARMUP = 2;

/** The customers of the added threads, for `firstOpens` timed first opens of each kind. */
export function moreThreadsFor(counts: Pick<RunCounts, 'firstOpens'>): MoreThreads {
  return moreThreadCustomers(counts.firstOpens + FIRST_OPEN_WARMUP, counts.firstOpens + FIRST_OPEN_WARMUP);
}

/** The fixture mailbox with the added threads, Ruiz's thread their model. */
function benchMailbox(more: MoreThreads): string {
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/gmail/mailbox-data.json'), 'utf8')) as FixtureMailbox;
  const ruiz = MAILBOX_DEBTORS.find((debtor) => debtor.key === 'ruiz')!;
  return JSON.stringify(withMoreThreads(fixture, MAILBOX_THREADS.ruiz, ruiz.emails, more));
}

/** The Gmail tab, its mailbox the bench's, not yet navigated. */
async function benchGmailTab(browser: BenchBrowser, probes: string, more: MoreThreads): Promise<Page> {
  const page = await newGmailTab(browser, probes);
  const body = benchMailbox(more);
  await page.route('https://mail.google.com/cobro-fixture/gmail/mailbox-data.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body }),
  );
  return page;
}

type CustomerKey = (typeof MAILBOX_DEBTORS)[number]['key'];
/** The threads opened in turn, starting away from the one the tab opens on. */
const THREAD_ORDER: readonly CustomerKey[] = ['sonrisa', 'brightpixel', 'ruiz'];
const OPEN_TIMING: Omit<ThreadOpenOptions, 'runs'> = { warmup: 6, settleMs: 200, timeoutMs: 5000 };
export const OPEN_WARMUP = OPEN_TIMING.warmup;
/**
 * The loop opens the same three threads over and over, as a user moves between the conversations
 * they are working on. Every this many opens the tab is told that the mailbox's debtors changed,
 * as it is after every reminder sent to them: the tab forgets what it knew of them and asks again
 * at once (change-refill.ts); the next open of each thread is tagged, to see that it still paints
 * from the tab's cache.
 */
export const DEBTORS_CHANGE_EVERY = 2 * THREAD_ORDER.length;

const chipWanted = (debtorId: string): Wanted => ({
  kind: 'element',
  hostSelector: 'cobro-chip',
  selector: `[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`,
});
const bareWanted = (debtorId: string): Wanted => ({ kind: 'element', selector: `[data-bare-chip][data-debtor-id="${debtorId}"]` });

function idOf(load: LedgerLoadResult, key: string): string {
  const id = load.ids[key];
  if (!id) throw new BenchError('bench-ledger', `the loaded ledger has no debtor for the mailbox customer "${key}"`);
  return id;
}

function targets(load: LedgerLoadResult, wanted: (debtorId: string) => Wanted): ThreadTarget[] {
  return THREAD_ORDER.map((key) => ({ hash: `#inbox/${MAILBOX_THREADS[key]}`, wanted: wanted(idOf(load, key)) }));
}

/** Each added thread once: the listed ones clicked in the inbox list, the others opened by their link. */
function firstOpenTargets(load: LedgerLoadResult, more: MoreThreads, wanted: (debtorId: string) => Wanted) {
  const listed = more.listed.map((customer, k) => ({
    hash: `#inbox/${addedToken(k + 1)}`,
    wanted: wanted(idOf(load, customer.key)),
    fromList: { listHash: '#inbox', sender: customer.emails[0]! },
  }));
  const linked = more.unlisted.map((customer, k) => ({
    hash: unlistedThreadHash(addedToken(more.listed.length + k + 1)),
    wanted: wanted(idOf(load, customer.key)),
  }));
  return { listed, linked };
}

export interface FirstOpens {
  fromList: ThreadOpens;
  byLink: ThreadOpens;
}

async function timeFirstOpens(page: Page, load: LedgerLoadResult, more: MoreThreads, wanted: (debtorId: string) => Wanted, counts: RunCounts): Promise<FirstOpens> {
  const { listed, linked } = firstOpenTargets(load, more, wanted);
  const options = { ...OPEN_TIMING, warmup: FIRST_OPEN_WARMUP, runs: counts.firstOpens };
  const fromList = await timeThreadOpens(page, listed, options);
  // From a thread, as a link in a message or a chat leads to another: no list shows on the way.
  await page.evaluate((hash) => (location.hash = hash), `#inbox/${MAILBOX_THREADS.sonrisa}`);
  await page.waitForTimeout(OPEN_TIMING.settleMs);
  const byLink = await timeThreadOpens(page, linked, options);
  return { fromList, byLink };
}

export interface CobroRun {
  opens: ThreadOpens;
  firstOpens: FirstOpens;
  /** Long tasks the page saw while it loaded with Cobro, and during all timed thread opens (warm-ups included). */
  loadingTasks: LongTask[] | null;
  loopTasks: LongTask[] | null;
  /** The tab's load (the content script starting, its first chips drawn) under a trace. */
  tracedLoad: LongTaskShares;
  /** Thread opens under a trace. */
  traced: LongTaskShares;
  idle: Wakeups;
  /** The same trace while the page runs two timers and changes its DOM once (page-trace.ts). */
  control: Wakeups;
  inserts: TemplateInserts;
}

/**
 * The rendered text of every template the picker offers the debtor, by template id, from the
 * background. Asked from the popup, which on opening asks for today's follow-ups: on a ledger
 * nobody has worked that keeps the background busy for seconds, so the popup is left to finish
 * first (it was still at it while the first thread opens were timed: cold opens of half a second).
 */
async function renderedTemplates(browser: BenchBrowser, debtorId: string, log: (line: string) => void): Promise<Map<string, string>> {
  const page = await browser.context.newPage();
  try {
    const start = performance.now();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.locator('[aria-labelledby="cobro-popup-today"] .cobro-muted').waitFor({ state: 'detached', timeout: 300_000 });
    log(`Cobro: the popup listed today's follow-ups ${Math.round(performance.now() - start)} ms after it opened`);
    const answer = (await page.evaluate((message) => chrome.runtime.sendMessage(message), handlerRequest('templates-for-debtor', { debtorId }))) as {
      ok: boolean;
      value?: { items: Array<{ template: { id: string }; rendered: { text?: string } }> };
    };
    if (!answer.ok || !answer.value) throw new BenchError('bench-ledger', `templates-for-debtor failed: ${JSON.stringify(answer)}`);
    return new Map(answer.value.items.map((item) => [item.template.id, item.rendered.text ?? '']));
  } finally {
    await page.close();
  }
}

/**
 * What a write to the mailbox's debtors does to Cobro's Gmail tabs: the background's own "these
 * debtors changed" notice for every mailbox debtor, sent from its service worker, which every tab
 * answers by forgetting them and every "not a debtor" answer, asking again about what it forgot,
 * and redrawing the thread it shows. Not "all debtors changed": that also reloads
 * the tab's settings and language, which only a settings change or an import asks for.
 * Resolves once the tab has had `settleMs` to do so. Not from an extension page: a page opened
 * beside the Gmail tab throttles the tab's frames.
 */
function debtorsChangeNotifier(browser: BenchBrowser, gmail: Page, settleMs: number, debtorIds: string[]): () => Promise<void> {
  return async () => {
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
    if (!worker) throw new BenchError('bench-page', "Cobro's service worker is not running: cannot tell the tab its debtors changed");
    const tabs = await worker.evaluate(async (message) => {
      const gmailTabs = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      // The content script does not reply to notices: a closed port is not a failure here.
      await Promise.all(gmailTabs.map((tab) => (tab.id === undefined ? undefined : chrome.tabs.sendMessage(tab.id, message).catch(() => undefined))));
      return gmailTabs.length;
    }, debtorsChanged(debtorIds));
    if (tabs === 0) throw new BenchError('bench-page', 'no Gmail tab to tell its debtors changed');
    await gmail.waitForTimeout(settleMs);
  };
}

export async function measureCobro(
  browser: BenchBrowser,
  load: LedgerLoadResult,
  probes: string,
  counts: RunCounts,
  log: (line: string) => void,
): Promise<CobroRun> {
  const ruiz = idOf(load, 'ruiz');
  const rendered = await renderedTemplates(browser, ruiz, log);
  const more = moreThreadsFor(counts);
  const gmail = await benchGmailTab(browser, probes, more);
  const noticeDebtorsChanged = debtorsChangeNotifier(browser, gmail, OPEN_TIMING.settleMs, Object.values(load.ids));
  const ruizChip = gmail.locator(`[data-cobro="status-chip"][data-debtor-id="${ruiz}"]`).first();
  const tracedLoad = await traceLongTasks(gmail, async () => {
    await gmail.goto(threadUrl(MAILBOX_THREADS.ruiz));
    await ruizChip.waitFor({ timeout: 30_000 });
    await gmail.waitForTimeout(1000);
  });
  const readLongTasks = () => gmail.evaluate(() => (window as unknown as ProbeWindow).cobroBenchProbes.longTasks());
  const loadingTasks = await readLongTasks();

  log(`Cobro: opening threads ${OPEN_TIMING.warmup} + ${counts.threadOpens} times`);
  // Which threads were opened since the debtors last changed, and the one on screen.
  let shown = `#inbox/${MAILBOX_THREADS.ruiz}`;
  const openedSince = new Set<string>([shown]);
  const opens = await timeThreadOpens(gmail, targets(load, chipWanted), {
    ...OPEN_TIMING,
    runs: counts.threadOpens,
    prepare: async (open, target) => {
      if (open % DEBTORS_CHANGE_EVERY === 0) {
        await noticeDebtorsChanged();
        openedSince.clear();
        openedSince.add(shown);
      }
      const firstSinceChange = !openedSince.has(target.hash);
      openedSince.add(target.hash);
      shown = target.hash;
      return firstSinceChange;
    },
  });
  log(`Cobro: opening ${FIRST_OPEN_WARMUP} + ${counts.firstOpens} threads for the first time from the inbox list, as many by a link`);
  const firstOpens = await timeFirstOpens(gmail, load, more, chipWanted, counts);
  const allTasks = await readLongTasks();
  const during = (window: ThreadOpens['window']) => (task: LongTask) => task.startTime >= window.start && task.startTime <= window.end;
  const loopTasks =
    allTasks && allTasks.filter((task) => [opens, firstOpens.fromList, firstOpens.byLink].some((loop) => during(loop.window)(task)));

  log(`Cobro: opening threads ${counts.tracedOpens} times under a trace`);
  const traced = await traceLongTasks(gmail, () =>
    timeThreadOpens(gmail, targets(load, chipWanted), { ...OPEN_TIMING, warmup: 0, runs: counts.tracedOpens }),
  );

  await gmail.evaluate((hash) => (location.hash = hash), `#inbox/${MAILBOX_THREADS.ruiz}`);
  await ruizChip.waitFor();
  await gmail.waitForTimeout(2000);
  log(`Cobro: tracing the idle thread for ${counts.idleMs / 1000} s`);
  const idle = await traceIdle(gmail, counts.idleMs);
  const control = await traceControl(gmail);

  log(`Cobro: inserting a template ${counts.insertions} times`);
  const inserts = await timeTemplateInserts(gmail, { runs: counts.insertions, warmup: 3, timeoutMs: 5000, renderedText: (id) => rendered.get(id) });
  return { opens, firstOpens, loadingTasks, loopTasks, tracedLoad, traced, idle, control, inserts };
}

export interface BareRun {
  opens: ThreadOpens;
  firstOpens: FirstOpens;
  /** The bare script's lookups (a message and an indexed read), ms from sending to the answer. */
  roundTrips: { opening: number[]; idle: number[] };
}

/** The same lookup in the idle tab, `times` times, one every 100 ms; then every round trip the script saw. */
async function bareRoundTrips(gmail: Page, times: number): Promise<BareRun['roundTrips']> {
  for (let i = 0; i < times; i++) {
    await gmail.evaluate(() => document.dispatchEvent(new Event('bare-ping')));
    await gmail.waitForTimeout(100);
  }
  const seen = await gmail.evaluate(() => document.documentElement.dataset.bareRoundTrips);
  if (!seen) throw new BenchError('bench-page', 'the bare content script recorded no round trip');
  return JSON.parse(seen) as BareRun['roundTrips'];
}

export async function measureBare(
  browser: BenchBrowser,
  load: LedgerLoadResult,
  probes: string,
  counts: RunCounts,
  log: (line: string) => void,
): Promise<BareRun> {
  const more = moreThreadsFor(counts);
  const gmail = await benchGmailTab(browser, probes, more);
  await gmail.goto(threadUrl(MAILBOX_THREADS.ruiz));
  await gmail.locator(`[data-bare-chip][data-debtor-id="${idOf(load, 'ruiz')}"]`).waitFor({ timeout: 30_000 });
  await gmail.waitForTimeout(1000);
  log(`bare baseline: opening threads ${OPEN_TIMING.warmup} + ${counts.threadOpens} times`);
  const opens = await timeThreadOpens(gmail, targets(load, bareWanted), { ...OPEN_TIMING, runs: counts.threadOpens });
  log(`bare baseline: opening ${FIRST_OPEN_WARMUP} + ${counts.firstOpens} threads for the first time from the inbox list, as many by a link`);
  const firstOpens = await timeFirstOpens(gmail, load, more, bareWanted, counts);
  log(`bare baseline: the same lookup ${counts.firstOpens} times in the idle tab`);
  const roundTrips = await bareRoundTrips(gmail, counts.firstOpens);
  return { opens, firstOpens, roundTrips };
}
