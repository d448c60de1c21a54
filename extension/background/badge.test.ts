import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeText, refreshBadge, serialRefresher } from './badge';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
  ])('%s → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });

  it('never shows more than three characters', () => {
    fc.assert(fc.property(fc.integer({ min: -1000, max: 1_000_000 }), (count) => badgeText(count).length <= 3));
  });
});

describe('refreshBadge', () => {
  it('sets the text for the count', async () => {
    const set: string[] = [];
    await refreshBadge({ countDueToday: async () => 7, setText: async (t) => void set.push(t) });
    expect(set).toEqual(['7']);
  });
});

describe('serialRefresher', () => {
  it('runs once more, not once per call, when called during a run', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const task = () =>
      new Promise<void>((resolve) => {
        runs += 1;
        release = resolve;
      });
    const refresh = serialRefresher(task);
    const first = refresh();
    void refresh();
    void refresh();
    void refresh();
    expect(runs).toBe(1);
    release();
    await new Promise((r) => setImmediate(r));
    expect(runs).toBe(2);
    release();
    await first;
    expect(runs).toBe(2);
    void refresh();
    expect(runs).toBe(3);
  });

  it('keeps working after a failed run', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const refresh = serialRefresher(async () => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
    }, (e) => errors.push(e));
    await refresh();
    await refresh();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
