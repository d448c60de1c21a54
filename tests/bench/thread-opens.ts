// Opens fixture threads one after another in a Gmail tab, as a user moving through the inbox,
// and times each until the awaited element (Cobro's chip, or the bare baseline's mark) is painted.
// The functions handed to page.evaluate are single anonymous arrows: tsx names inner functions
// with a helper that does not exist in the page.
import type { Page } from '@playwright/test';
import { THREAD_SELECTORS } from '../../extension/gmail/selectors';
import type { ProbeWindow } from './bench-browser';
import { BenchError } from './bench-error';
import type { Timing, Wanted } from './page-probes';

export interface ThreadTarget {
  hash: string;
  wanted: Wanted;
  /**
   * Opened from the thread list: the list (`listHash`) is shown first, with a row for `sender`,
   * and given `settleMs` (a user reading it); then `hash` is set, as a click on that row does.
   */
  fromList?: { listHash: string; sender: string };
}

export interface ThreadOpens {
  inDomMs: number[];
  paintedMs: number[];
  /** From Gmail drawing the thread to the element painted. */
  paintedAfterDrawnMs: number[];
  /** Per timed open, in the same order: what `prepare` said of it (each caller says what it marks). */
  tagged: boolean[];
  /** Opens where nothing showed within the time limit (not in the timings). */
  failures: number;
  /** The whole loop, warm-up included, in the page's performance.now() time. */
  window: { start: number; end: number };
}

export interface ThreadOpenOptions {
  runs: number;
  /** Opens before measuring: the service worker, Dexie, the JIT and React warm up. */
  warmup: number;
  /** Time the page gets after each open to finish drawing the rest of the thread. */
  settleMs: number;
  timeoutMs: number;
  /**
   * Runs before each open of `target` (`open` counts warm-up opens too) and says whether to tag
   * that open, e.g. the first of a thread after its debtor changed; untagged without it.
   */
  prepare?: (open: number, target: ThreadTarget) => Promise<boolean>;
}

export async function timeThreadOpens(page: Page, targets: readonly ThreadTarget[], options: ThreadOpenOptions): Promise<ThreadOpens> {
  const result: ThreadOpens = { inDomMs: [], paintedMs: [], paintedAfterDrawnMs: [], tagged: [], failures: 0, window: { start: 0, end: 0 } };
  result.window.start = await page.evaluate(() => (window as unknown as ProbeWindow).cobroBenchProbes.now());
  const total = options.warmup + options.runs;
  let opened = 0;
  let next = 0;
  // The tab may show the first target already (the last one a previous loop opened): skip it.
  let skippedInARow = 0;
  while (opened < total) {
    const target = targets[next++ % targets.length]!;
    const tagged = (await options.prepare?.(opened, target)) ?? false;
    const timing = target.fromList ? await openFromList(page, target, target.fromList, options) : await openByHash(page, target, options.timeoutMs);
    if (timing === 'already-shown') {
      if (++skippedInARow >= targets.length) throw new BenchError('bench-page', 'every target is shown already: no thread open can be timed');
      continue;
    }
    skippedInARow = 0;
    if (opened++ >= options.warmup) {
      if (timing) {
        result.inDomMs.push(timing.inDomMs);
        result.paintedMs.push(timing.paintedMs);
        result.paintedAfterDrawnMs.push(timing.paintedAfterChangeMs);
        result.tagged.push(tagged);
      } else {
        result.failures += 1;
      }
    }
    await page.waitForTimeout(options.settleMs);
  }
  result.window.end = await page.evaluate(() => (window as unknown as ProbeWindow).cobroBenchProbes.now());
  return result;
}

function openByHash(page: Page, target: ThreadTarget, timeoutMs: number): Promise<Timing | null | 'already-shown'> {
  return page.evaluate(
    ({ hash, wanted, timeoutMs }) => (window as unknown as ProbeWindow).cobroBenchProbes.openThread(hash, wanted, timeoutMs),
    { hash: target.hash, wanted: target.wanted, timeoutMs },
  );
}

/**
 * Shows the list and gives it `settleMs`, then opens the thread as the click on its row does (the
 * row's handler sets the hash). Timed from there, like every other open: a real click adds the
 * page's own input handling before the hash changes (about a frame here), which is not Cobro's.
 */
async function openFromList(
  page: Page,
  target: ThreadTarget,
  { listHash, sender }: { listHash: string; sender: string },
  options: ThreadOpenOptions,
): Promise<Timing | null | 'already-shown'> {
  await page.evaluate((hash) => (location.hash = hash), listHash);
  await page.locator(`${THREAD_SELECTORS.listRow}:has(span[email="${sender}"])`).waitFor({ timeout: options.timeoutMs });
  await page.waitForTimeout(options.settleMs);
  return openByHash(page, target, options.timeoutMs);
}
