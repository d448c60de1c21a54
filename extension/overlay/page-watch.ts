// Gmail and the invoicing tools are single-page apps: threads, invoices and composes come and go without page loads. This calls
// back after the page changes (DOM mutations, hash and history navigation), and never on its
// own: no polling, nothing running while Gmail is idle. Everything it registers is removed when
// the signal aborts.
//
// DOM changes are read in the mutation observer's callback, which runs once after the task that
// made them (all of that task's changes together) and before the browser paints them: a chip
// drawn from what the tab knows appears in the same frame as the thread it belongs to. Waiting
// for a timer instead let the thread paint alone and put the chip a frame later (measured by
// `npm run bench`: about 10 ms at p50). Navigation is read after a zero timer, for a page that
// changes its URL without changing its DOM.

export interface PageWatchOptions {
  win: Window & typeof globalThis;
  signal: AbortSignal;
  /**
   * Nodes of the caller's own (Cobro's shadow hosts): a batch of mutations that only adds these
   * is not a change of the page, and is not read again. Their removal is: if Gmail takes a chip
   * away, the page is read and the chip put back.
   */
  isOwnNode?: (node: Node) => boolean;
}

export function watchPage(onChange: () => void, options: PageWatchOptions): void {
  const { win, signal } = options;
  if (signal.aborted) return;
  let timer: number | null = null;

  const cancelTimer = () => {
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
  };
  const run = () => {
    cancelTimer();
    if (!signal.aborted) onChange();
  };
  const schedule = () => {
    if (timer === null && !signal.aborted) timer = win.setTimeout(run, 0);
  };

  const isOwnNode = options.isOwnNode;
  const onlyOwnNodes = (records: MutationRecord[]) =>
    isOwnNode !== undefined &&
    records.every((record) => record.removedNodes.length === 0 && [...record.addedNodes].every((node) => isOwnNode(node)));
  // Without isOwnNode it runs after the mutations onChange itself makes too (a chip placed in
  // Gmail's DOM): onChange must leave the page alone when it already shows what it should.
  const observer = new win.MutationObserver((records) => {
    if (!onlyOwnNodes(records)) run();
  });
  observer.observe(win.document.documentElement, { childList: true, subtree: true });
  win.addEventListener('hashchange', schedule, { signal });
  win.addEventListener('popstate', schedule, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelTimer();
    },
    { once: true },
  );
  schedule();
}
