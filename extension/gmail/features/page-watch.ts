// Gmail is a single-page app: threads and composes come and go without page loads. This calls
// back after the page changes (DOM mutations, hash and history navigation), at most once per
// short settle delay, and never on its own: no polling, nothing running while Gmail is idle.
// Everything it registers is removed when the signal aborts.

export interface PageWatchOptions {
  win: Window & typeof globalThis;
  signal: AbortSignal;
  /** Mutations arrive in bursts while Gmail draws; one callback per burst is enough. */
  settleMs?: number;
}

// Zero still batches: every mutation Gmail makes while drawing a thread in one task is read
// once, right after that task. A longer delay only made the chip appear later (measured by
// `npm run bench`: 40 ms cost ~30 ms of chip latency).
export const PAGE_SETTLE_MS = 0;

export function watchPage(onChange: () => void, options: PageWatchOptions): void {
  const { win, signal } = options;
  if (signal.aborted) return;
  let timer: number | null = null;

  const run = () => {
    timer = null;
    if (!signal.aborted) onChange();
  };
  const schedule = () => {
    if (timer === null && !signal.aborted) timer = win.setTimeout(run, options.settleMs ?? PAGE_SETTLE_MS);
  };

  const observer = new win.MutationObserver(schedule);
  observer.observe(win.document.documentElement, { childList: true, subtree: true });
  win.addEventListener('hashchange', schedule, { signal });
  win.addEventListener('popstate', schedule, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) win.clearTimeout(timer);
      timer = null;
    },
    { once: true },
  );
  schedule();
}
