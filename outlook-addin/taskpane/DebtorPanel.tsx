// One debtor's card in the pane: loaded with 'debtor-get', its quick actions wired to the
// ledger, and reloaded after each action so the card shows what was just recorded. Below it,
// the way to the debtor's page in the workspace, where the pane offers one.
import { useCallback, useEffect, useState } from 'react';
import type { HandlerOutput, Result } from '../../shared/ledger/api';
import type { LedgerClient } from '../../shared/ledger/client';
import { DebtorCard } from '../../shared/ui/DebtorCard';
import type { DebtorActions } from '../../shared/ui/card/actions';
import { debtorActionsFor } from '../../shared/ui/card/ledger-actions';
import { useUi } from '../../shared/ui/context';
import { useOpenInWorkspace } from './open-in-workspace';
import { usePaneText } from './pane-text';

export interface DebtorPanelProps {
  client: LedgerClient;
  debtorId: string;
  onClose(): void;
  /** Told after an action changed the debtor, so the status around the card can follow. */
  onChanged?(): void;
  /**
   * Opened by the pane rather than by the user: the card takes focus as any dialog does, but
   * the pane stays scrolled to its top so the status and navigation above remain in view.
   */
  openedByPane?: boolean;
  /** Where the pane can write to the debtor (compose mode): the card's "Send an e-mail instead" at the phone step. */
  onEmailInsteadOfCall?: (() => void) | undefined;
}

type Detail = HandlerOutput<'debtor-get'>;

function refreshing(actions: DebtorActions, after: () => void): DebtorActions {
  const wrap =
    <A extends unknown[]>(run: (...args: A) => Promise<Result<unknown>>) =>
    async (...args: A) => {
      const result = await run(...args);
      if (result.ok) after();
      return result;
    };
  return {
    logCall: wrap(actions.logCall),
    recordPromise: wrap(actions.recordPromise),
    recordPayment: wrap(actions.recordPayment),
    startPlan: wrap(actions.startPlan),
    pause: wrap(actions.pause),
    resume: wrap(actions.resume),
    markDisputed: wrap(actions.markDisputed),
    resolveDispute: wrap(actions.resolveDispute),
    writeOff: wrap(actions.writeOff),
    updatePhone: wrap(actions.updatePhone),
  };
}

export function DebtorPanel({ client, debtorId, onClose, onChanged, openedByPane = false, onEmailInsteadOfCall }: DebtorPanelProps) {
  const { t } = useUi('DebtorPanel');
  const pt = usePaneText();
  const openInWorkspace = useOpenInWorkspace();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    client.send('debtor-get', { id: debtorId }).then(
      (result) => {
        if (!alive) return;
        if (result.ok) setDetail(result.value);
        else setFailed(true);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [client, debtorId, version]);

  const shown = detail !== null;
  useEffect(() => {
    // Runs after the card's own effect has focused it.
    if (shown && openedByPane) window.scrollTo({ top: 0 });
  }, [shown, openedByPane]);

  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged?.();
  }, [onChanged]);

  if (failed) return <p className="cobro-form-error">{t('common.somethingWentWrong')}</p>;
  if (!detail) return <p className="cobro-muted">{t('common.loading')}</p>;
  return (
    <>
      <DebtorCard
        detail={detail}
        actions={refreshing(debtorActionsFor(client, debtorId), changed)}
        onClose={onClose}
        {...(onEmailInsteadOfCall ? { onEmailInsteadOfCall } : {})}
        {...(openInWorkspace ? { onOpenDocument: (document: 'claim-file' | 'letter') => openInWorkspace({ section: 'debtors', debtorId, document }) } : {})}
      />
      {openInWorkspace ? (
        <button
          type="button"
          className="cobro-pane-to-workspace"
          data-cobro="open-in-workspace"
          onClick={() => openInWorkspace({ section: 'debtors', debtorId })}
        >
          {pt('read.openInWorkspace', { name: detail.debtor.name })}
        </button>
      ) : null}
    </>
  );
}
