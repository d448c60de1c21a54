// Merging a duplicate into this debtor (or this one into it): find the other record, choose
// which one stays, confirm. Invoice numbers both use are listed, and nothing changes until
// one of each pair is renamed.
import { Modal } from './Modal';
import { useId, useState } from 'react';
import type { HandlerError, HandlerOutput, Result } from '../../ledger/api';
import type { Debtor } from '../../ledger/schema';
import { DebtorSearch, type DebtorSearchHits } from '../DebtorSearch';
import { useUi } from '../context';
import { errorText } from '../format';

export interface MergeDialogProps {
  debtor: Debtor;
  onSearch(query: string): Promise<DebtorSearchHits>;
  onMerge(keepId: string, mergeId: string): Promise<Result<HandlerOutput<'debtor-merge'>>>;
  onMerged(keptId: string): void;
  onCancel(): void;
}

export function MergeDialog({ debtor, onSearch, onMerge, onMerged, onCancel }: MergeDialogProps) {
  const { t } = useUi('MergeDialog');
  const id = useId();
  const [other, setOther] = useState<Debtor | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ error: HandlerError; clashes: string[] } | null>(null);

  const merge = async () => {
    if (!other || busy) return;
    setBusy(true);
    setError(null);
    const keepId = keepThis ? debtor.id : other.id;
    const mergeId = keepThis ? other.id : debtor.id;
    try {
      const result = await onMerge(keepId, mergeId);
      if (result.ok) onMerged(keepId);
      else setError({ error: result.error, clashes: result.error.code === 'conflict' ? (result.error.issues ?? []).map((issue) => issue.message) : [] });
    } catch {
      setError({ error: { code: 'storage', message: '' }, clashes: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('ws.merge.title', { name: debtor.name })}
      onClose={onCancel}
      initialFocus={(element) => element.querySelector<HTMLElement>('input')}
    >
      <p>{t('ws.merge.intro')}</p>
      {other === null ? (
        <DebtorSearch onSearch={async (query) => (await onSearch(query)).filter((hit) => hit.debtor.id !== debtor.id)} onPick={setOther} />
      ) : (
        <>
          <fieldset>
            <legend>{t('ws.merge.keep')}</legend>
            <label className="cobro-check">
              <input type="radio" name={`${id}-keep`} checked={keepThis} onChange={() => setKeepThis(true)} />
              {t('ws.merge.keepOne', { name: debtor.name, emails: debtor.emails.join(', ') || '—' })}
            </label>
            <label className="cobro-check">
              <input type="radio" name={`${id}-keep`} checked={!keepThis} onChange={() => setKeepThis(false)} />
              {t('ws.merge.keepOne', { name: other.name, emails: other.emails.join(', ') || '—' })}
            </label>
          </fieldset>
          <p className="cobro-notice">{t('ws.merge.warning', { name: keepThis ? other.name : debtor.name })}</p>
          {error ? (
            <div role="alert" className="cobro-form-error">
              {error.clashes.length > 0 ? t('ws.merge.clashes', { numbers: error.clashes.join(', ') }) : errorText(t, error.error)}
            </div>
          ) : null}
          <div className="cobro-buttons">
            <button type="button" className="cobro-primary" disabled={busy} aria-busy={busy || undefined} onClick={() => void merge()}>
              {t('ws.merge.confirm')}
            </button>
            <button type="button" onClick={() => setOther(null)}>
              {t('ws.merge.another')}
            </button>
          </div>
        </>
      )}
      <div className="cobro-buttons">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
