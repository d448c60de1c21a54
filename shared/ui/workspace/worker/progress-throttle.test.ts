import { describe, expect, it } from 'vitest';
import { throttledProgress, type ProgressNote } from './progress-throttle';

/** [clock, note] pairs in; the notes sent, as "phase done/total". */
function sent(notes: [number, ProgressNote][]): string[] {
  let clock = 0;
  const out: string[] = [];
  const note = throttledProgress(
    (n) => out.push(`${n.phase}${n.done === undefined ? '' : ` ${n.done}/${n.total}${n.estimated ? '~' : ''}`}`),
    100,
    () => clock,
  );
  for (const [at, n] of notes) {
    clock = at;
    note(n);
  }
  return out;
}

describe('throttledProgress', () => {
  it.each<[string, [number, ProgressNote][], string[]]>([
    [
      'counts closer than the interval are dropped',
      [
        [0, { phase: 'checking', done: 0, total: 5000 }],
        [10, { phase: 'checking', done: 1000, total: 5000 }],
        [99, { phase: 'checking', done: 2000, total: 5000 }],
        [100, { phase: 'checking', done: 3000, total: 5000 }],
        [150, { phase: 'checking', done: 4000, total: 5000 }],
      ],
      ['checking 0/5000', 'checking 3000/5000'],
    ],
    [
      'a new phase and a final count always go through',
      [
        [0, { phase: 'reading' }],
        [1, { phase: 'reading', done: 1000, total: 9000, estimated: true }],
        [2, { phase: 'reading', done: 9001, total: 9001 }],
        [3, { phase: 'checking', done: 0, total: 9000 }],
        [4, { phase: 'checking', done: 9000, total: 9000 }],
        [5, { phase: 'planning', done: 0, total: 9000 }],
      ],
      ['reading', 'reading 9001/9001', 'checking 0/9000', 'checking 9000/9000', 'planning 0/9000'],
    ],
    [
      'an estimated total that the count happens to reach is not final',
      [
        [0, { phase: 'reading', done: 1000, total: 2000, estimated: true }],
        [5, { phase: 'reading', done: 2000, total: 2000, estimated: true }],
      ],
      ['reading 1000/2000~'],
    ],
  ])('%s', (_, notes, expected) => {
    expect(sent(notes)).toEqual(expected);
  });

  it('sends at most one note per interval in a long phase, plus its first and last', () => {
    const notes: [number, ProgressNote][] = Array.from({ length: 101 }, (_, i) => [i * 7, { phase: 'planning', done: i * 1000, total: 100_000 }]);
    const out = sent(notes);
    // 700 ms of notes every 7 ms: the first, one per 100 ms after it, and the final count.
    expect(out).toEqual(['planning 0/100000', ...[15, 30, 45, 60, 75, 90].map((n) => `planning ${n * 1000}/100000`), 'planning 100000/100000']);
  });
});
