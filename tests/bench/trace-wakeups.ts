// What woke a page's main thread up, read from a Chromium trace (devtools.timeline events): each
// timer fire and animation frame of one frame, and which script's code it ran. Every world of a
// frame (the page's and the content scripts' isolated ones) shows up under the same frame id, and
// a function call carries the URL of its script, so extension code is told apart by its URL.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

export interface Wakeups {
  /** setTimeout/setInterval callbacks run in the frame. */
  timerFires: number;
  /** requestAnimationFrame callbacks run in the frame. */
  animationFrames: number;
  /** Timer fires and animation frames by the script whose code they ran ('unknown' when none ran). */
  byScript: Record<string, number>;
  /** Every call into an extension's scripts in the frame, whatever caused it (events, observers, timers). */
  extensionCalls: number;
}

const dataOf = (event: TraceEvent) => event.args?.data ?? {};
const frameOf = (event: TraceEvent) => dataOf(event).frame;
const urlOf = (event: TraceEvent) => {
  const url = dataOf(event).url;
  return typeof url === 'string' ? url : '';
};

/** A script's URL without the extension's id, so reports read the same on every machine. */
export function scriptLabel(url: string): string {
  if (url === '') return 'unknown';
  return url.replace(/^chrome-extension:\/\/[a-p]{32}\//, 'chrome-extension://<extension>/').replace(/[?#].*$/, '');
}

export function countWakeups(events: readonly TraceEvent[], frameId: string): Wakeups {
  const calls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X');
  const firstCallWithin = (outer: TraceEvent) => {
    const end = outer.ts + (outer.dur ?? 0);
    return calls
      .filter((c) => c.pid === outer.pid && c.tid === outer.tid && c.ts >= outer.ts && c.ts <= end)
      .sort((a, b) => a.ts - b.ts)[0];
  };
  const wakeups: Wakeups = { timerFires: 0, animationFrames: 0, byScript: {}, extensionCalls: 0 };
  for (const event of events) {
    if (event.ph !== 'X' || frameOf(event) !== frameId) continue;
    if (event.name === 'FunctionCall' && urlOf(event).startsWith('chrome-extension://')) wakeups.extensionCalls += 1;
    if (event.name !== 'TimerFire' && event.name !== 'FireAnimationFrame') continue;
    if (event.name === 'TimerFire') wakeups.timerFires += 1;
    else wakeups.animationFrames += 1;
    const call = firstCallWithin(event);
    const label = scriptLabel(call ? urlOf(call) : '');
    wakeups.byScript[label] = (wakeups.byScript[label] ?? 0) + 1;
  }
  return wakeups;
}
