// Long writes inside one transaction, a slice at a time, saying how far they got: the import and
// the restore write up to hundreds of thousands of rows, and the user should see it moving.
// Slicing changes nothing about atomicity: every slice runs in the caller's transaction.
import Dexie, { type Table } from 'dexie';

/** Rows written so far and rows to write in all. */
export type WriteProgress = (done: number, total: number) => void;

export const WRITE_SLICE = 5000;

export interface ChunkedWriter {
  add<T>(table: Table<T, string>, rows: readonly T[]): Promise<void>;
  put<T>(table: Table<T, string>, rows: readonly T[]): Promise<void>;
}

/** A writer for `total` rows that reports after each slice (and once at the start). */
export function chunkedWriter(total: number, progress: WriteProgress = () => undefined): ChunkedWriter {
  let done = 0;
  progress(0, total);
  // A chain of Dexie promises, not a native async loop: Dexie keeps the transaction across its
  // own promises, while a native one that settles with nothing pending lets IndexedDB commit.
  const write = <T>(rows: readonly T[], one: (slice: T[]) => Promise<unknown>): Promise<void> => {
    let chain: Promise<void> = Dexie.Promise.resolve();
    for (let start = 0; start < rows.length; start += WRITE_SLICE) {
      const slice = rows.slice(start, start + WRITE_SLICE);
      chain = chain.then(() => one(slice)).then(() => {
        done += slice.length;
        progress(done, total);
      });
    }
    return chain;
  };
  return {
    add: (table, rows) => write(rows, (slice) => table.bulkAdd(slice)),
    put: (table, rows) => write(rows, (slice) => table.bulkPut(slice)),
  };
}
