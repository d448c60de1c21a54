// Rows of a long list fetched a page at a time as they scroll into view. A new `key` (another
// search, filter or order, or a changed ledger) starts over, but the rows already shown stay
// until the first page of the new answer replaces them, so the table does not flash empty.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HandlerError, Result } from '../../ledger/api';

export interface Page<T> {
  total: number;
  rows: T[];
}

export interface PagedRows<T> {
  /** null until the first page arrives. */
  total: number | null;
  row(index: number): T | undefined;
  /** Asks for the pages covering rows first..last. */
  want(first: number, last: number): void;
  error: HandlerError | null;
  /** True while the answer for the current key has not arrived yet. */
  stale: boolean;
}

export function usePagedRows<T>(fetchPage: (offset: number, limit: number) => Promise<Result<Page<T>>>, key: string, pageSize = 100): PagedRows<T> {
  const [pages, setPages] = useState<{ key: string; total: number; byPage: Map<number, T[]> } | null>(null);
  const [error, setError] = useState<HandlerError | null>(null);
  const asked = useRef(new Set<string>());
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const keyRef = useRef(key);
  keyRef.current = key;

  const load = useCallback(
    (page: number) => {
      const currentKey = keyRef.current;
      const marker = `${currentKey}\u0000${page}`;
      if (asked.current.has(marker)) return;
      asked.current.add(marker);
      fetchRef.current(page * pageSize, pageSize).then(
        (result) => {
          if (keyRef.current !== currentKey) return;
          if (!result.ok) {
            asked.current.delete(marker);
            setError(result.error);
            return;
          }
          setError(null);
          setPages((previous) => {
            const byPage = previous && previous.key === currentKey ? new Map(previous.byPage) : new Map<number, T[]>();
            byPage.set(page, result.value.rows);
            return { key: currentKey, total: result.value.total, byPage };
          });
        },
        (thrown: unknown) => {
          asked.current.delete(marker);
          setError({ code: 'storage', message: thrown instanceof Error ? thrown.message : String(thrown) });
        },
      );
    },
    [pageSize],
  );

  const lastRange = useRef<[number, number]>([0, 0]);
  const want = useCallback(
    (first: number, last: number) => {
      lastRange.current = [first, last];
      if (last < first) return;
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) load(page);
    },
    [load, pageSize],
  );

  // A new key: the first page (for the count) and whatever is in view now.
  useEffect(() => {
    asked.current = new Set();
    load(0);
    want(...lastRange.current);
  }, [key, load, want]);

  const current = pages;
  return {
    total: current?.total ?? null,
    row: (index) => current?.byPage.get(Math.floor(index / pageSize))?.[index % pageSize],
    want,
    error,
    stale: current === null || current.key !== key,
  };
}
