// Garbage-collection pauses seen while a measurement runs. fake-indexeddb keeps the whole
// ledger in the JS heap (about 1 GB at 10,000 debtors), so every young-generation collection
// takes milliseconds; a browser keeps IndexedDB's data outside that heap. Knowing which calls a
// pause fell into separates a handler's own cost from the test harness's.
import { PerformanceObserver } from 'node:perf_hooks';

export interface Interval {
  start: number;
  end: number;
}

export interface GcPauses {
  /** Whether a pause overlapped this interval (performance.now() times). Call after settle(). */
  overlaps(interval: Interval): boolean;
  /** Lets the observer deliver the last entries. */
  settle(): Promise<void>;
  stop(): void;
}

export function watchGcPauses(): GcPauses {
  const pauses: Interval[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    overlaps: (interval) => pauses.some((pause) => pause.end > interval.start && pause.start < interval.end),
    settle: () => new Promise((resolve) => setTimeout(resolve, 10)),
    stop: () => observer.disconnect(),
  };
}
