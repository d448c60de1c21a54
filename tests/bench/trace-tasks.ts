// Whose code made a page's long tasks long, read from a Chromium trace: the main thread's tasks
// over the threshold, and in each the time spent in extension code (the outermost calls into, or
// evaluations of, a chrome-extension:// script, so a call nested in another is not counted twice). On a loaded
// machine a task can be long because the thread waited for a core; what ran inside says who
// asked for the work.
import type { TraceEvent } from './trace-wakeups';

export interface LongTaskShares {
  /** Main-thread tasks longer than the threshold. */
  longTasks: number;
  longestMs: number;
  /** Of those, tasks where extension code ran for more than the threshold by itself. */
  longFromExtension: number;
  /** The most extension code ran within any one task (long or not). */
  maxExtensionMsInATask: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Script run from the event loop: a callback, or a whole script evaluated (a content script starting). */
const CODE_NAMES = new Set(['FunctionCall', 'EvaluateScript']);

const isExtensionCode = (event: TraceEvent) => String(event.args?.data?.url ?? '').startsWith('chrome-extension://');

/** The page's main thread: where the frame's own events run. */
function mainThreadOf(events: readonly TraceEvent[], frameId: string): { pid: number; tid: number } | null {
  const own = events.find((e) => e.args?.data?.frame === frameId && (CODE_NAMES.has(e.name) || e.name === 'EventDispatch' || e.name === 'TimerFire'));
  return own ? { pid: own.pid, tid: own.tid } : null;
}

export function longTaskShares(events: readonly TraceEvent[], frameId: string, thresholdMs = 50): LongTaskShares {
  const shares: LongTaskShares = { longTasks: 0, longestMs: 0, longFromExtension: 0, maxExtensionMsInATask: 0 };
  const thread = mainThreadOf(events, frameId);
  if (!thread) return shares;
  const onThread = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  // Nested tasks (a task running a nested loop) count once, as the outer one.
  const tasks: TraceEvent[] = [];
  for (const event of onThread) {
    if (!TASK_NAMES.has(event.name)) continue;
    const last = tasks[tasks.length - 1];
    if (last && event.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(event);
  }
  const calls = onThread.filter((e) => CODE_NAMES.has(e.name));
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    let extensionUs = 0;
    let outerEnd = -Infinity;
    for (const call of calls) {
      if (call.ts < task.ts || call.ts > end || call.ts < outerEnd) continue;
      outerEnd = call.ts + (call.dur ?? 0);
      if (isExtensionCode(call)) extensionUs += call.dur ?? 0;
    }
    const durationMs = (task.dur ?? 0) / 1000;
    const extensionMs = extensionUs / 1000;
    shares.maxExtensionMsInATask = Math.max(shares.maxExtensionMsInATask, extensionMs);
    if (durationMs <= thresholdMs) continue;
    shares.longTasks += 1;
    shares.longestMs = Math.max(shares.longestMs, durationMs);
    if (extensionMs > thresholdMs) shares.longFromExtension += 1;
  }
  return shares;
}
