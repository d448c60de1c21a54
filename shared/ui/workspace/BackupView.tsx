// Getting data out and back in: the invoices as a Cobro CSV, the whole ledger as a JSON backup,
// and restoring a backup, which replaces everything after the user confirms. A backup from a
// newer Cobro, or one that was altered or damaged, is refused and nothing changes.
import { useId, useRef, useState } from 'react';
import type { HandlerError } from '../../ledger/api';
import type { BackupRestoreResult } from '../../ledger/handlers/backup';
import { useUi } from '../context';
import { errorText } from '../format';
import { ConfirmDialog } from './ConfirmDialog';
import { JobProgress } from './JobProgress';
import { useWorkspace } from './services';
import type { JobStep } from './worker/client';
import type { JobPhase } from './worker/protocol';

type Work = {
  what: 'csv' | 'backup' | 'restore';
  phases: readonly JobPhase[];
  phase: JobPhase | null;
  count?: { done: number; total: number } | undefined;
} | null;
type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; text: string } | null;

const RESTORE_PHASES: readonly JobPhase[] = ['reading', 'checking', 'writing'];
const EXPORT_PHASES: readonly JobPhase[] = ['reading', 'packing'];

export function BackupView() {
  const { t } = useUi('BackupView');
  const { jobs, download, changed } = useWorkspace('BackupView');
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [work, setWork] = useState<Work>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const [confirming, setConfirming] = useState(false);

  const onPhase: JobStep = (phase, count) => setWork((current) => (current ? { ...current, phase, count } : current));
  const failed = (error: HandlerError) => setOutcome({ kind: 'error', text: errorText(t, error) });

  const exportCsv = async () => {
    setOutcome(null);
    setWork({ what: 'csv', phases: EXPORT_PHASES, phase: null });
    const result = await jobs.run({ kind: 'invoices-export' }, onPhase);
    setWork(null);
    if (!result.ok) return failed(result.error);
    download(result.value.fileName, result.value.blob);
    setOutcome({ kind: 'ok', text: t('ws.backup.csvDone', { count: result.value.invoices, file: result.value.fileName }) });
  };

  const exportBackup = async () => {
    setOutcome(null);
    setWork({ what: 'backup', phases: EXPORT_PHASES, phase: null });
    const result = await jobs.run({ kind: 'backup-export' }, onPhase);
    setWork(null);
    if (!result.ok) return failed(result.error);
    download(result.value.fileName, result.value.blob);
    setOutcome({ kind: 'ok', text: t('ws.backup.backupDone', { debtors: result.value.counts.debtors, invoices: result.value.counts.invoices, file: result.value.fileName }) });
  };

  const restore = async () => {
    if (!restoreFile) return;
    setConfirming(false);
    setOutcome(null);
    setWork({ what: 'restore', phases: RESTORE_PHASES, phase: null });
    const result = await jobs.run({ kind: 'backup-restore', file: restoreFile }, onPhase);
    setWork(null);
    if (!result.ok) return failed(result.error);
    const value: BackupRestoreResult = result.value;
    if (!value.restored) {
      setOutcome({ kind: 'error', text: `${t(`ws.backup.refused.${value.reason}`, { count: value.count ?? 0 })} ${t('ws.backup.nothingChanged')}` });
      return;
    }
    changed({ all: true, debtorIds: [] });
    setRestoreFile(null);
    if (fileInput.current) fileInput.current.value = '';
    setOutcome({ kind: 'ok', text: t('ws.backup.restored', { debtors: value.counts.debtors, invoices: value.counts.invoices, events: value.counts.events }) });
  };

  const busy = work !== null;
  return (
    <section className="cobro-view" aria-labelledby={`${id}-title`} data-cobro="backup">
      <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
        {t('workspace.backup')}
      </h2>

      <section className="cobro-panel" aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>{t('ws.backup.exportTitle')}</h3>
        <p>{t('ws.backup.csvHint')}</p>
        <div className="cobro-buttons">
          <button type="button" disabled={busy} onClick={() => void exportCsv()}>
            {t('ws.backup.csv')}
          </button>
        </div>
        <p>{t('ws.backup.backupHint')}</p>
        <div className="cobro-buttons">
          <button type="button" className="cobro-primary" disabled={busy} onClick={() => void exportBackup()}>
            {t('ws.backup.backup')}
          </button>
        </div>
      </section>

      <section className="cobro-panel" aria-labelledby={`${id}-restore`}>
        <h3 id={`${id}-restore`}>{t('ws.backup.restoreTitle')}</h3>
        <p>{t('ws.backup.restoreHint')}</p>
        <div className="cobro-field">
          <label htmlFor={`${id}-file`}>{t('ws.backup.restoreFile')}</label>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              setRestoreFile(event.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </div>
        <div className="cobro-buttons">
          <button type="button" className="cobro-danger" disabled={busy || restoreFile === null} onClick={() => setConfirming(true)}>
            {t('ws.backup.restore')}
          </button>
        </div>
      </section>

      {work ? <JobProgress phases={work.phases} current={work.phase} count={work.count} /> : null}
      {outcome ? (
        <p className={outcome.kind === 'ok' ? 'cobro-saved' : 'cobro-form-error'} role={outcome.kind === 'ok' ? 'status' : 'alert'} data-cobro="backup-outcome">
          {outcome.text}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog title={t('ws.backup.confirmTitle')} confirmLabel={t('ws.backup.confirm')} onCancel={() => setConfirming(false)} onConfirm={() => void restore()}>
          <p>{t('ws.backup.confirmBody', { file: restoreFile?.name ?? '' })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
