// Reads something from the ledger for a view and reads it again when its inputs or the ledger
// change. An answer that arrives after a newer request was made, or after the view is gone, is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HandlerError, Result } from '../../ledger/api';

export type QueryState<T> =
  | { phase: 'loading'; value: T | null }
  | { phase: 'ready'; value: T }
  | { phase: 'failed'; error: HandlerError; value: T | null };

export function useLedgerQuery<T>(read: () => Promise<Result<T>>, deps: readonly unknown[]): QueryState<T> & { reload(): void } {
  const [state, setState] = useState<QueryState<T>>({ phase: 'loading', value: null });
  const [again, setAgain] = useState(0);
  const readRef = useRef(read);
  readRef.current = read;

  useEffect(() => {
    // Dropped when a newer request replaces this one or the view goes away: an answer that comes
    // after either has nobody to show it to.
    let wanted = true;
    setState((previous) => ({ phase: 'loading', value: previous.value }));
    readRef.current().then(
      (result) => {
        if (!wanted) return;
        setState((previous) => (result.ok ? { phase: 'ready', value: result.value } : { phase: 'failed', error: result.error, value: previous.value }));
      },
      (error: unknown) => {
        if (!wanted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState((previous) => ({ phase: 'failed', error: { code: 'storage', message }, value: previous.value }));
      },
    );
    return () => {
      wanted = false;
    };
    // The caller lists what the read depends on.
  }, [...deps, again]);

  const reload = useCallback(() => setAgain((n) => n + 1), []);
  return { ...state, reload };
}
