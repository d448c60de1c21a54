import { describe, expect, it } from 'vitest';
import { countWakeups, scriptLabel, type TraceEvent } from './trace-wakeups';

const FRAME = 'F1';
const CONTENT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/gmail.js';
const PAGE = 'https://mail.google.com/cobro-fixture/gmail/mailbox.js';

const fire = (ts: number, frame = FRAME, name = 'TimerFire'): TraceEvent => ({ name, ph: 'X', ts, dur: 100, pid: 1, tid: 1, args: { data: { frame, timerId: ts } } });
const call = (ts: number, url: string, frame = FRAME, tid = 1): TraceEvent => ({ name: 'FunctionCall', ph: 'X', ts, dur: 10, pid: 1, tid, args: { data: { frame, url } } });

describe('scriptLabel', () => {
  it.each([
    [CONTENT, 'chrome-extension://<extension>/content-scripts/gmail.js'],
    [`${PAGE}?v=2#x`, PAGE],
    ['', 'unknown'],
  ])('%s → %s', (url, expected) => {
    expect(scriptLabel(url)).toBe(expected);
  });
});

describe('countWakeups', () => {
  it.each<[string, TraceEvent[], ReturnType<typeof countWakeups>]>([
    ['an empty trace', [], { timerFires: 0, animationFrames: 0, byScript: {}, extensionCalls: 0 }],
    [
      'a content-script timer and a page timer',
      [fire(1000), call(1010, CONTENT), fire(2000), call(2020, PAGE)],
      { timerFires: 2, animationFrames: 0, byScript: { 'chrome-extension://<extension>/content-scripts/gmail.js': 1, [PAGE]: 1 }, extensionCalls: 1 },
    ],
    [
      'an animation frame, and a timer that ran no script',
      [fire(1000, FRAME, 'FireAnimationFrame'), call(1050, PAGE), fire(3000)],
      { timerFires: 1, animationFrames: 1, byScript: { [PAGE]: 1, unknown: 1 }, extensionCalls: 0 },
    ],
    [
      'another frame’s timers, and a call on another thread',
      [fire(1000, 'F2'), call(1010, CONTENT, 'F2'), fire(2000), call(2010, CONTENT, FRAME, 9)],
      { timerFires: 1, animationFrames: 0, byScript: { unknown: 1 }, extensionCalls: 1 },
    ],
    [
      'extension code run by an observer, not a timer',
      [call(500, CONTENT), call(600, CONTENT)],
      { timerFires: 0, animationFrames: 0, byScript: {}, extensionCalls: 2 },
    ],
    [
      'a call just after the timer ended',
      [fire(1000), call(1101, CONTENT)],
      { timerFires: 1, animationFrames: 0, byScript: { unknown: 1 }, extensionCalls: 1 },
    ],
  ])('%s', (_case, events, expected) => {
    expect(countWakeups(events, FRAME)).toEqual(expected);
  });
});
