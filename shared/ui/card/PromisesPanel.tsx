// Promises to pay: open ones first, then broken, then kept.
import type { PromiseView } from '../../collection/status';
import { formatMoney } from '../../money';
import { useUi } from '../context';
import { formatDay } from '../format';
import type { DebtorDetail } from './form-support';

type PromiseState = 'open' | 'broken' | 'kept';

export function PromisesPanel({ detail, headingId }: { detail: DebtorDetail; headingId: string }) {
  const { t, locale } = useUi('PromisesPanel');
  const { status } = detail;
  const rows: { state: PromiseState; view: PromiseView }[] = [
    ...status.promises.open.map((view) => ({ state: 'open' as const, view })),
    ...status.promises.broken.map((view) => ({ state: 'broken' as const, view })),
    ...status.promises.kept.map((view) => ({ state: 'kept' as const, view })),
  ];

  return (
    <section className="cobro-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.promises')}</h3>
      {rows.length === 0 ? (
        <p className="cobro-muted">{t('card.noPromises')}</p>
      ) : (
        <ul className="cobro-plain-list">
          {rows.map(({ state, view }) => (
            <li key={view.promiseId} className={`cobro-promise cobro-promise-${state}`}>
              <span className="cobro-tag">{t(`state.promise.${state}` as const)}</span>{' '}
              {t('card.promiseBy', { amount: formatMoney(view.amount, locale), date: formatDay(view.date, locale) })}
              {state !== 'kept' && view.paidToward > 0 ? (
                <span className="cobro-muted">
                  {' · '}
                  {t('card.promisePaidToward', {
                    amount: formatMoney({ currency: view.amount.currency, amount: view.paidToward }, locale),
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
