// The overview: owed per currency, how old it is, how many days customers take to pay, and
// this week's work (promises falling due, follow-ups due today), plus what came in this month.
import { useId } from 'react';
import type { Money } from '../../money';
import { useUi } from '../context';
import { errorText, formatAmounts, formatDay, stepText } from '../format';
import { AgingChart } from './AgingChart';
import { debtorHref } from './routes';
import { useWorkspace } from './services';
import { useLedgerQuery } from './use-ledger-query';

/** "March 2026" / "marzo de 2026" for "2026-03", in the UI's locale. */
function monthText(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year!, number! - 1, 1));
}

function Amounts({ amounts, locale, empty }: { amounts: Money[]; locale: string; empty: string }) {
  return <>{amounts.length > 0 ? formatAmounts(amounts, locale) : empty}</>;
}

export function OverviewView() {
  const { t, locale } = useUi('OverviewView');
  const { client, revision } = useWorkspace('OverviewView');
  const id = useId();
  const overview = useLedgerQuery(() => client.send('overview-get', {}), [client, revision]);
  const data = overview.value;

  return (
    <section className="cobro-view" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
        {t('workspace.overview')}
      </h2>
      {overview.phase === 'failed' ? (
        <p role="alert" className="cobro-form-error">
          {errorText(t, overview.error)}
        </p>
      ) : null}
      {data === null ? (
        <p className="cobro-muted">{t('common.loading')}</p>
      ) : (
        <>
          <dl className="cobro-stats">
            <div>
              <dt>{t('workspace.totalOutstanding')}</dt>
              <dd className="cobro-stat" data-cobro="owed">
                <Amounts amounts={data.owed} locale={locale} empty={t('chip.owesNothing')} />
              </dd>
              <dd className="cobro-muted">{t('ws.overview.debtorsOwing', { count: data.debtorsOwing, all: data.debtors })}</dd>
            </div>
            <div>
              <dt>{t('card.overdue')}</dt>
              <dd className="cobro-stat">
                <Amounts amounts={data.overdue} locale={locale} empty={t('ws.overview.nothing')} />
              </dd>
            </div>
            <div>
              <dt>{t('ws.overview.dso')}</dt>
              {data.dso.length === 0 ? <dd className="cobro-stat">—</dd> : null}
              {data.dso.map((row) => (
                <dd key={row.currency} className="cobro-stat">
                  {row.days === null ? t('ws.overview.dsoNone', { currency: row.currency }) : t('ws.overview.dsoDays', { currency: row.currency, days: row.days })}
                </dd>
              ))}
              <dd className="cobro-muted">{t('ws.overview.dsoHint', { days: data.dsoWindowDays })}</dd>
            </div>
            <div>
              <dt>{t('ws.overview.recovered')}</dt>
              <dd className="cobro-stat">
                <Amounts amounts={data.recoveredThisMonth} locale={locale} empty={t('ws.overview.nothing')} />
              </dd>
            </div>
          </dl>

          <section aria-labelledby={`${id}-aging`} className="cobro-panel">
            <h3 id={`${id}-aging`}>{t('ws.aging.title')}</h3>
            <AgingChart rows={data.aging} moneyLocale={locale} />
          </section>

          <div className="cobro-columns">
            <section aria-labelledby={`${id}-followups`} className="cobro-panel">
              <h3 id={`${id}-followups`}>{t('ws.overview.followups', { count: data.followupsDueToday.count })}</h3>
              {data.followupsDueToday.items.length === 0 ? (
                <p className="cobro-muted">{t('popup.nothingToday')}</p>
              ) : (
                <ul className="cobro-plain-list cobro-link-list">
                  {data.followupsDueToday.items.map((item) => (
                    <li key={item.debtorId} data-severity={item.severity}>
                      <a href={debtorHref(item.debtorId)}>{item.debtorName}</a>
                      <span className="cobro-muted">
                        {' '}
                        · {stepText(t, item.purpose)} · {formatDay(item.date, locale)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby={`${id}-promises`} className="cobro-panel">
              <h3 id={`${id}-promises`}>{t('ws.overview.promises', { count: data.promisesDueThisWeek.count })}</h3>
              {data.promisesDueThisWeek.items.length === 0 ? (
                <p className="cobro-muted">{t('ws.overview.noPromises')}</p>
              ) : (
                <>
                  <p>
                    <Amounts amounts={data.promisesDueThisWeek.amounts} locale={locale} empty="" />
                  </p>
                  <ul className="cobro-plain-list cobro-link-list">
                    {data.promisesDueThisWeek.items.map((item, index) => (
                      <li key={`${item.debtorId}-${index}`}>
                        <a href={debtorHref(item.debtorId)}>{item.debtorName}</a>
                        <span className="cobro-muted">
                          {' '}
                          · {formatAmounts([item.amount], locale)} · {formatDay(item.date, locale)}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          </div>

          <section aria-labelledby={`${id}-written-off`} className="cobro-panel" data-cobro="written-off">
            <h3 id={`${id}-written-off`}>{t('ws.overview.writtenOff')}</h3>
            {data.writtenOffByMonth.length === 0 ? (
              <p className="cobro-muted">{t('ws.overview.noWriteOffs')}</p>
            ) : (
              <table className="cobro-table">
                <thead>
                  <tr>
                    <th scope="col">{t('ws.overview.writtenOffMonth')}</th>
                    <th scope="col">{t('ws.overview.writtenOffAmount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.writtenOffByMonth.map((row) => (
                    <tr key={row.month}>
                      <th scope="row">{monthText(row.month, locale)}</th>
                      <td>{formatAmounts(row.amounts, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </section>
  );
}
