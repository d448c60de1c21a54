import { describe, expect, it } from 'vitest';
import type { LayoutProblem, ReadThreadResult } from '../thread';
import { LayoutWatch } from './layout-watch';

const problem: LayoutProblem = { code: 'gmail-layout', detail: 'no thread subject (h2.hP)' };
const failed: ReadThreadResult = { ok: false, problem };
const read: ReadThreadResult = { ok: true, thread: { threadId: 'thread-f:1', subject: 'x', messages: [] } };

/** A timer the test fires by hand: what matters is the order of events, not time. */
function manualTimers() {
  const pending: Array<{ run: () => void; cancelled: boolean }> = [];
  return {
    pending,
    startTimer: (run: () => void) => {
      const timer = { run, cancelled: false };
      pending.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    fire: () => {
      for (const timer of pending.splice(0)) if (!timer.cancelled) timer.run();
    },
  };
}

describe('LayoutWatch', () => {
  type Step = [boolean, ReadThreadResult] | 'fire';
  it.each<[string, Step[], number]>([
    ['a thread that cannot be read after the grace period: one report', [[true, failed], 'fire'], 1],
    ['a thread drawn before the grace period ends: none', [[true, failed], [true, read], 'fire'], 0],
    ['a list view (no thread expected): none', [[false, failed], 'fire'], 0],
    ['navigating away before the grace period ends: none', [[true, failed], [false, failed], 'fire'], 0],
    ['a layout that stays broken across many changes: still one report', [[true, failed], [true, failed], 'fire', [true, failed], 'fire', [true, failed], 'fire'], 1],
    ['broken, fixed, broken again: one report per page', [[true, failed], 'fire', [true, read], [true, failed], 'fire'], 1],
  ])('%s', (_label, steps, reports) => {
    const timers = manualTimers();
    const reported: LayoutProblem[] = [];
    const watch = new LayoutWatch({ startTimer: timers.startTimer, report: (p) => reported.push(p) });
    for (const step of steps) {
      if (step === 'fire') timers.fire();
      else watch.observe(...step);
    }
    expect(reported).toHaveLength(reports);
    if (reports > 0) expect(reported[0]).toEqual(problem);
  });

  it('starts one timer for a run of failed reads', () => {
    const timers = manualTimers();
    const watch = new LayoutWatch({ startTimer: timers.startTimer, report: () => undefined });
    watch.observe(true, failed);
    watch.observe(true, failed);
    watch.observe(true, failed);
    expect(timers.pending).toHaveLength(1);
  });
});
