import { describe, expect, it } from 'vitest';
import { percentile, table } from './stats';

describe('percentile', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[10, 1], 50, 1],
    [[7], 95, 7],
  ])('%j p%i = %i', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('prints one row per sample', () => {
    expect(table([{ what: 'x', unit: 'ms', p50: 1.5, p95: 2 }]).split('\n')).toHaveLength(3);
  });
});
