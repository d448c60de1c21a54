// Notices when Gmail's layout no longer matches what selectors.ts describes. A thread is drawn a
// moment after its URL changes, so a failed read only counts once it has lasted a grace period
// with the page still showing a thread; then it is reported once per page, and the overlay
// simply draws nothing. Gmail keeps working either way: nothing here touches its DOM.
import type { LayoutProblem, ReadThreadResult } from '../thread';

export interface LayoutWatchDeps {
  /** Starts a one-shot timer and returns its cancel function. */
  startTimer: (run: () => void, ms: number) => () => void;
  report: (problem: LayoutProblem) => void;
  graceMs?: number;
}

export const LAYOUT_GRACE_MS = 4000;

export class LayoutWatch {
  private cancelTimer: (() => void) | null = null;
  private failing: LayoutProblem | null = null;
  private reported = false;

  constructor(private readonly deps: LayoutWatchDeps) {}

  /** Called after every page change: does the URL say a thread is open, and what did reading it give? */
  observe(expectThread: boolean, result: ReadThreadResult): void {
    this.failing = expectThread && !result.ok ? result.problem : null;
    if (this.failing === null) {
      this.cancelTimer?.();
      this.cancelTimer = null;
      return;
    }
    if (this.reported || this.cancelTimer) return;
    this.cancelTimer = this.deps.startTimer(() => {
      this.cancelTimer = null;
      if (this.failing === null || this.reported) return;
      this.reported = true;
      this.deps.report(this.failing);
    }, this.deps.graceMs ?? LAYOUT_GRACE_MS);
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }
}
