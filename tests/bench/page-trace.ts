// Chromium traces of a Gmail tab over the DevTools protocol, read by trace-wakeups.ts and
// trace-tasks.ts: while the tab sits idle; as a control that the trace sees timers and extension
// code at all, while the page runs timers and changes its DOM; and around a run of thread opens.
import type { Page } from '@playwright/test';
import { longTaskShares, type LongTaskShares } from './trace-tasks';
import { countWakeups, type TraceEvent, type Wakeups } from './trace-wakeups';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

export interface PageTrace {
  events: TraceEvent[];
  /** The tab's main frame. */
  frameId: string;
}

/** Every trace event of the browser while `during` runs. */
export async function recordTrace(page: Page, during: () => Promise<unknown>): Promise<PageTrace> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
    await during();
    await session.send('Tracing.end');
    await complete;
    return { events, frameId: frameTree.frame.id };
  } finally {
    await session.detach();
  }
}

/** Nobody touches the page for `idleMs`; the wait is a Node timer, so nothing of it runs in the page. */
export async function traceIdle(page: Page, idleMs: number): Promise<Wakeups> {
  const trace = await recordTrace(page, () => new Promise((resolve) => setTimeout(resolve, idleMs)));
  return countWakeups(trace.events, trace.frameId);
}

/**
 * The control: the page runs two timers of its own, touches its DOM once (which Cobro's page
 * watch reads in its mutation observer) and fires a popstate, as Gmail's back and forward do,
 * which the page watch answers with a zero timer of its own. A trace that sees fewer than three
 * timers, or none running extension code, cannot tell an idle tab from a busy one.
 */
export async function traceControl(page: Page): Promise<Wakeups> {
  const trace = await recordTrace(page, async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const marker = document.createElement('div');
          document.body.append(marker);
          marker.remove();
          // In a task of its own: the observer's reading of the change above would cancel the
          // page watch's timer if both came in one task.
          setTimeout(() => {
            window.dispatchEvent(new PopStateEvent('popstate'));
            setTimeout(resolve, 5);
          }, 5);
        }),
    );
    await page.waitForTimeout(300);
  });
  return countWakeups(trace.events, trace.frameId);
}

/** The main thread's long tasks while `during` runs, and how much extension code ran in them. */
export async function traceLongTasks(page: Page, during: () => Promise<unknown>): Promise<LongTaskShares> {
  const trace = await recordTrace(page, during);
  return longTaskShares(trace.events, trace.frameId);
}
