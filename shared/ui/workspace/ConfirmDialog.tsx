// Asking before something that cannot be undone (deleting a debtor, replacing the ledger with
// a backup): a modal dialog that takes focus on its safe button and closes on Escape.
import { Modal } from './Modal';
import type { ReactNode } from 'react';
import { useUi } from '../context';

export interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, children, confirmLabel, busy = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useUi('ConfirmDialog');
  return (
    <Modal
      title={title}
      role="alertdialog"
      description={children}
      className="cobro-confirm"
      onClose={onCancel}
      initialFocus={(element) => element.querySelector<HTMLElement>('[data-safe]')}
    >
      {error ? (
        <p className="cobro-form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="cobro-buttons">
        <button type="button" data-safe onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="cobro-danger" aria-busy={busy || undefined} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
