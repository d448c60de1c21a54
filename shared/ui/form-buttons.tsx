// The end of every Cobro form: the form's own error, if any, then Save and Cancel. One place, so
// the quick actions on the card and the workspace's forms say and do the same.
import type { ReactNode } from 'react';
import { useUi } from './context';

export interface FormButtonsProps {
  /** The whole form's problem (a refused save, fields to fix); shown as an alert. */
  error: string | null | undefined;
  busy: boolean;
  /** Without it there is no Cancel (a form that stays open, like the template editor). */
  onCancel?: () => void;
  /** More buttons of the form's own, after Save. */
  children?: ReactNode;
  /** Said on the submit button instead of Save, when the form does something that is not a save. */
  submitLabel?: string;
}

export function FormButtons({ error, busy, onCancel, children, submitLabel }: FormButtonsProps) {
  const { t } = useUi('FormButtons');
  return (
    <>
      {error ? (
        <p role="alert" className="cobro-form-error">
          {error}
        </p>
      ) : null}
      <div className="cobro-buttons">
        <button type="submit" className="cobro-primary" disabled={busy}>
          {busy ? t('form.saving') : (submitLabel ?? t('common.save'))}
        </button>
        {children}
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </>
  );
}
