// The end of every Cobro form: the form's own error, if any, then Save and Cancel. One place, so
// the quick actions on the card and the workspace's forms say and do the same.
import { useUi } from './context';

export interface FormButtonsProps {
  /** The whole form's problem (a refused save, fields to fix); shown as an alert. */
  error: string | null | undefined;
  busy: boolean;
  onCancel(): void;
}

export function FormButtons({ error, busy, onCancel }: FormButtonsProps) {
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
          {busy ? t('form.saving') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
