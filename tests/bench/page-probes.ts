// Timers that run in the Gmail page's own world, bundled by bench-builds.ts and installed with
// page.addInitScript as the global `cobroBenchProbes`. They start and stop the clock inside the
// page (performance.now()), so nothing of Playwright's round trips is measured.
//
// "Painted" is the end of the rendering frame that first shows the element: a requestAnimationFrame
// callback, then a message posted from it, which Chromium runs once that frame's style, layout
// and paint are done and committed (raster and display follow on the compositor).

export interface Timing {
  /** From the trigger to the element in the DOM with its text. */
  inDomMs: number;
  /** From the trigger to the end of the frame that paints it. */
  paintedMs: number;
  /**
   * From the first change to the page after the trigger (for a thread opened, Gmail drawing it)
   * to the end of the frame that paints the element: the part that is the extension's own.
   */
  paintedAfterChangeMs: number;
}

/** Where the awaited element lives: in the document, or in the open shadow root of a host. */
export interface ElementWanted {
  kind: 'element';
  /** Host elements whose shadow roots are searched too, e.g. 'cobro-chip'. */
  hostSelector?: string;
  selector: string;
}

/** Text that must appear inside an element of the document. */
export interface TextWanted {
  kind: 'text';
  selector: string;
  text: string;
}

export type Wanted = ElementWanted | TextWanted;

export interface LongTask {
  startTime: number;
  duration: number;
}

interface ProbeWindow {
  cobroBenchArmed?: Promise<Timing | null>;
  cobroBenchLongTasks?: LongTask[];
}

const probeWindow = () => window as unknown as ProbeWindow;

function findWanted(wanted: Wanted): boolean {
  if (wanted.kind === 'text') return (document.querySelector(wanted.selector)?.textContent ?? '').includes(wanted.text);
  const hasText = (element: Element | null | undefined) => (element?.textContent ?? '').trim() !== '';
  if (hasText(document.querySelector(wanted.selector))) return true;
  if (!wanted.hostSelector) return false;
  for (const host of document.querySelectorAll(wanted.hostSelector)) {
    if (hasText(host.shadowRoot?.querySelector(wanted.selector))) return true;
  }
  return false;
}

/**
 * Resolves with the timing once `wanted` shows, counted from `startedAt()` (read when it is first
 * needed), or null after `timeoutMs`. Watches the document and every matching host's shadow root.
 */
function whenShown(wanted: Wanted, startedAt: () => number | null, timeoutMs: number): Promise<Timing | null> {
  return new Promise((resolve) => {
    const observers: MutationObserver[] = [];
    const watchedRoots = new WeakSet<ShadowRoot>();
    let finished = false;
    let firstChange: number | null = null;
    const finish = (timing: Timing | null) => {
      finished = true;
      clearTimeout(timeout);
      for (const observer of observers) observer.disconnect();
      resolve(timing);
    };
    const options: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true };
    // Hosts already in the page (a panel reused) and hosts added later: changes inside a shadow
    // root are not mutations of the document.
    const watchHosts = () => {
      if (wanted.kind !== 'element' || !wanted.hostSelector) return;
      for (const host of document.querySelectorAll(wanted.hostSelector)) {
        const root = host.shadowRoot;
        if (!root || watchedRoots.has(root)) continue;
        watchedRoots.add(root);
        const observer = new MutationObserver(check);
        observer.observe(root, options);
        observers.push(observer);
      }
    };
    const check = () => {
      if (finished) return;
      watchHosts();
      const start = startedAt();
      if (start === null) return;
      const seen = performance.now();
      firstChange ??= seen;
      if (!findWanted(wanted)) return;
      const inDomMs = seen - start;
      const changed = firstChange;
      finished = true;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const painted = performance.now();
          finish({ inDomMs, paintedMs: painted - start, paintedAfterChangeMs: painted - changed });
        };
        channel.port2.postMessage(null);
      });
    };
    const timeout = setTimeout(() => finish(null), timeoutMs);
    const observer = new MutationObserver(check);
    observer.observe(document, options);
    observers.push(observer);
    watchHosts();
  });
}

/**
 * Opens a thread by hash navigation, as clicking it in Gmail's list does, and times `wanted`;
 * 'already-shown' (and nothing opened) when the page shows it already, as it cannot be timed.
 */
export function openThread(hash: string, wanted: Wanted, timeoutMs: number): Promise<Timing | null | 'already-shown'> {
  if (findWanted(wanted)) return Promise.resolve('already-shown');
  let start: number | null = null;
  const shown = whenShown(wanted, () => start, timeoutMs);
  start = performance.now();
  location.hash = hash;
  return shown;
}

/**
 * Starts the clock at the next click anywhere in the page (window, capture phase: before any
 * handler of the target runs) and stops it when `wanted` shows. Collect with `armed()`.
 */
export function armClick(wanted: Wanted, timeoutMs: number): void {
  let start: number | null = null;
  const onClick = () => {
    start = performance.now();
    window.removeEventListener('click', onClick, true);
  };
  window.addEventListener('click', onClick, true);
  probeWindow().cobroBenchArmed = whenShown(wanted, () => start, timeoutMs).finally(() =>
    window.removeEventListener('click', onClick, true),
  );
}

export function armed(): Promise<Timing | null> {
  return probeWindow().cobroBenchArmed ?? Promise.resolve(null);
}

/** Records every long task (> 50 ms) of this page's main thread from now on. */
export function watchLongTasks(): void {
  const tasks: LongTask[] = (probeWindow().cobroBenchLongTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the list stays empty, and the bench says what it could not see.
    probeWindow().cobroBenchLongTasks = undefined;
  }
}

/** Long tasks seen so far, or null when the page could not observe them. */
export function longTasks(): LongTask[] | null {
  return probeWindow().cobroBenchLongTasks ?? null;
}

export function now(): number {
  return performance.now();
}
