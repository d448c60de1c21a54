// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../ledger/api';
import { useLedgerQuery } from './use-ledger-query';

/** A read per query, answered when the test says. */
function answerable() {
  const pending: Array<(result: Result<string>) => void> = [];
  const read = () => new Promise<Result<string>>((resolve) => pending.push(resolve));
  return { read, answer: (index: number, value: string) => act(async () => pending[index]!({ ok: true, value })) };
}

describe('useLedgerQuery', () => {
  it.each<[string, number[], string]>([
    ['answers in the order asked', [0, 1], 'second'],
    ['the older answer comes last: dropped', [1, 0], 'second'],
  ])('%s', async (_label, order, expected) => {
    const { read, answer } = answerable();
    const { result, rerender } = renderHook(({ key }) => useLedgerQuery(read, [key]), { initialProps: { key: 'a' } });
    rerender({ key: 'b' });
    for (const index of order) await answer(index, index === 0 ? 'first' : 'second');
    expect(result.current).toMatchObject({ phase: 'ready', value: expected });
  });
});
