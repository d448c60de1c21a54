import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../db';
import { createTestLedger } from '../test-ledger';
import { chunkedWriter, WRITE_SLICE } from './write-progress';

const diagnostic = (i: number) => ({ id: `d-${i}`, at: '2026-03-02T10:00:00.000Z', code: 'x', detail: '', dedupeKey: `k-${i}` });

describe('chunkedWriter', () => {
  it.each([
    [0, [[0, 0]]],
    [3, [[0, 3], [3, 3]]],
    [WRITE_SLICE + 2, [[0, WRITE_SLICE + 2], [WRITE_SLICE, WRITE_SLICE + 2], [WRITE_SLICE + 2, WRITE_SLICE + 2]]],
  ])('writes %i rows in slices, saying how far it got', async (rows, reported) => {
    const ledger = createTestLedger();
    const seen: number[][] = [];
    await ledger.db.transaction('rw', ledger.db.diagnostics, async () => {
      const writer = chunkedWriter(rows, (done, total) => seen.push([done, total]));
      await writer.add(ledger.db.diagnostics, Array.from({ length: rows }, (_, i) => diagnostic(i)));
    });
    expect(seen).toEqual(reported);
    expect(await ledger.db.diagnostics.count()).toBe(rows);
  });

  it('keeps every slice in the caller’s transaction: a failure in the last undoes the first', async () => {
    const ledger = createTestLedger();
    const rows = Array.from({ length: WRITE_SLICE + 1 }, (_, i) => diagnostic(i));
    rows[WRITE_SLICE] = { ...diagnostic(WRITE_SLICE), id: 'd-0' };
    await expect(
      ledger.db.transaction('rw', TABLE_NAMES, async () => {
        const writer = chunkedWriter(rows.length);
        await writer.put(ledger.db.debtors, []);
        await writer.add(ledger.db.diagnostics, rows);
      }),
    ).rejects.toThrow();
    expect(await ledger.db.diagnostics.count()).toBe(0);
  });
});
