import { describe, expect, it } from 'vitest';
import { refreshSummariesOncePerDay } from './daily-summaries';

function deps(stored: string | undefined, today: string, refresh: () => Promise<void> = async () => undefined) {
  const state = { stored, refreshed: 0 };
  return {
    state,
    deps: {
      today: () => today,
      readDay: async () => state.stored,
      writeDay: async (day: string) => {
        state.stored = day;
      },
      refresh: async () => {
        state.refreshed += 1;
        await refresh();
      },
    },
  };
}

describe('refreshSummariesOncePerDay', () => {
  it.each([
    ['never done', undefined, '2026-11-23', true],
    ['done yesterday', '2026-11-22', '2026-11-23', true],
    ['done today', '2026-11-23', '2026-11-23', false],
  ] as const)('%s → runs: %s', async (_name, stored, today, runs) => {
    const { state, deps: d } = deps(stored, today);
    expect(await refreshSummariesOncePerDay(d)).toBe(runs);
    expect(state.refreshed).toBe(runs ? 1 : 0);
    expect(state.stored).toBe(today);
    // The same day again: nothing more.
    expect(await refreshSummariesOncePerDay(d)).toBe(false);
    expect(state.refreshed).toBe(runs ? 1 : 0);
  });

  it('a refresh that fails leaves the day unrecorded, so the next ring tries again', async () => {
    const { state, deps: d } = deps('2026-11-22', '2026-11-23', async () => {
      throw new Error('database closed');
    });
    await expect(refreshSummariesOncePerDay(d)).rejects.toThrow('database closed');
    expect(state.stored).toBe('2026-11-22');
  });
});
