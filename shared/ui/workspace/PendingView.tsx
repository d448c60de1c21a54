// A workspace view whose data has not arrived: its title, then "Loading…" or why it failed.
import type { HandlerError } from '../../ledger/errors';
import { useUi } from '../context';
import { errorText } from '../format';

export function PendingView({ titleId, title, error }: { titleId: string; title: string; error: Pick<HandlerError, 'code'> | null }) {
  const { t } = useUi('PendingView');
  return (
    <section className="cobro-view" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} data-view-title>
        {title}
      </h2>
      {error ? (
        <p role="alert" className="cobro-form-error">
          {errorText(t, error)}
        </p>
      ) : (
        <p className="cobro-muted">{t('common.loading')}</p>
      )}
    </section>
  );
}
