import { describe, expect, it } from 'vitest';
import { longTaskShares } from './trace-tasks';
import type { TraceEvent } from './trace-wakeups';

const FRAME = 'F1';
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/gmail.js';
const PAGE = 'https://mail.google.com/cobro-fixture/gmail/mailbox.js';
const ms = 1000;

const task = (startMs: number, durMs: number, tid = 1): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: startMs * ms, dur: durMs * ms, pid: 1, tid });
const call = (startMs: number, durMs: number, url: string, tid = 1): TraceEvent => ({
  name: 'FunctionCall',
  ph: 'X',
  ts: startMs * ms,
  dur: durMs * ms,
  pid: 1,
  tid,
  args: { data: { frame: FRAME, url } },
});

describe('longTaskShares', () => {
  it.each<[string, TraceEvent[], ReturnType<typeof longTaskShares>]>([
    ['no events of the frame', [task(0, 80)], { longTasks: 0, longestMs: 0, longFromExtension: 0, maxExtensionMsInATask: 0 }],
    [
      'a long task of the page, and a short one of the extension',
      [task(0, 80), call(1, 70, PAGE), task(100, 10), call(101, 8, EXT)],
      { longTasks: 1, longestMs: 80, longFromExtension: 0, maxExtensionMsInATask: 8 },
    ],
    [
      'a long task the extension filled',
      [task(0, 90), call(1, 30, EXT), call(40, 40, EXT)],
      { longTasks: 1, longestMs: 90, longFromExtension: 1, maxExtensionMsInATask: 70 },
    ],
    [
      'a nested call counted once, a nested task once',
      [task(0, 60), task(5, 55), call(1, 55, EXT), call(2, 50, EXT)],
      { longTasks: 1, longestMs: 60, longFromExtension: 1, maxExtensionMsInATask: 55 },
    ],
    [
      'a task on another thread',
      [call(0, 1, PAGE), task(0, 200, 7), call(1, 150, EXT, 7)],
      { longTasks: 0, longestMs: 0, longFromExtension: 0, maxExtensionMsInATask: 0 },
    ],
    [
      'a content script evaluated at load, then its first callback',
      [task(0, 120), { ...call(2, 70, EXT), name: 'EvaluateScript' }, call(80, 5, EXT)],
      { longTasks: 1, longestMs: 120, longFromExtension: 1, maxExtensionMsInATask: 75 },
    ],
    ['exactly the threshold is not long', [task(0, 50), call(1, 49, EXT)], { longTasks: 0, longestMs: 0, longFromExtension: 0, maxExtensionMsInATask: 49 }],
  ])('%s', (_case, events, expected) => {
    expect(longTaskShares(events, FRAME)).toEqual(expected);
  });
});
