// Runs one quick-action callback at a time: busy while it runs, the handler's error (by code,
// in the UI language) when it answers { ok: false }, a generic message when it throws.
import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../ledger/api';
import type { Translate } from '../../i18n/translate';
import { errorText } from '../format';

export interface ActionRunner {
  busy: boolean;
  error: string | null;
  /** Resolves true when the callback answered { ok: true }. A second call while busy is ignored. */
  run(call: () => Promise<Result<unknown>>): Promise<boolean>;
  clearError(): void;
}

export function useAction(t: Translate): ActionRunner {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (call: () => Promise<Result<unknown>>) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        const result = await call();
        if (!result.ok) setError(errorText(t, result.error));
        return result.ok;
      } catch {
        setError(t('common.somethingWentWrong'));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [t],
  );

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
