import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowTally } from './progress';

function reports(total: number, adds: readonly number[], every: number): [number, number][] {
  const heard: [number, number][] = [];
  const tally = rowTally(total, (done, all) => heard.push([done, all]), every);
  for (const count of adds) tally.add(count);
  tally.finish();
  return heard;
}

describe('rowTally', () => {
  it.each<[string, number, number[], number, [number, number][]]>([
    ['nothing to count', 0, [], 10, [[0, 0]]],
    ['fewer rows than one report', 5, [1, 1, 1, 1, 1], 10, [[0, 5], [5, 5]]],
    ['one report per `every` rows', 25, Array<number>(25).fill(1), 10, [[0, 25], [10, 25], [20, 25], [25, 25]]],
    ['groups of rows (line-item formats)', 25, [4, 4, 4, 4, 4, 5], 10, [[0, 25], [12, 25], [25, 25]]],
    ['the last add reaching the total is left to finish', 20, [10, 10], 10, [[0, 20], [10, 20], [20, 20]]],
  ])('%s', (_, total, adds, every, expected) => {
    expect(reports(total, adds, every)).toEqual(expected);
  });

  it('reports counts that never go down, start at 0 and end at the total, once each', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (adds, every) => {
        const total = adds.reduce((sum, n) => sum + n, 0);
        const heard = reports(total, adds, every);
        const done = heard.map(([d]) => d);
        expect(heard.every(([, all]) => all === total)).toBe(true);
        expect(done[0]).toBe(0);
        expect(done.at(-1)).toBe(total);
        for (let i = 1; i < done.length; i++) expect(done[i]!).toBeGreaterThan(done[i - 1]!);
      }),
    );
  });
});
