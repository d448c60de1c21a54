// Asking before something that cannot be undone (deleting a debtor, replacing the ledger with
// a backup): a modal dialog that takes focus on its safe button and closes on Escape.
import { useId, type ReactNode } from 'react';
import { useUi } from '../context';
import { useDialog } from '../use-dialog';

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
  const id = useId();
  const dialog = useDialog<HTMLElement>(onCancel, (element) => element.querySelector<HTMLElement>('[data-safe]'));
  return (
    <div className="cobro-modal-backdrop">
      <section
        ref={dialog.ref}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        tabIndex={-1}
        className="cobro-dialog cobro-confirm"
        onKeyDown={dialog.onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
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
      </section>
    </div>
  );
}
