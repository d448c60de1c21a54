// The debtor's invoices: number, due date, amount, what is still owed, lateness and aging.
import { formatMoney } from '../../money';
import type { AgingBucketName } from '../../collection/status';
import { useUi } from '../context';
import { daysFrom, formatDay, latenessText } from '../format';
import type { DebtorDetail } from './form-support';

export function InvoiceTable({ detail, headingId }: { detail: DebtorDetail; headingId: string }) {
  const { t, locale } = useUi('InvoiceTable');
  const { status, invoices } = detail;
  const bucketOf = new Map<string, AgingBucketName>();
  for (const bucket of status.aging) for (const id of bucket.invoiceIds) bucketOf.set(id, bucket.bucket);

  return (
    <section className="cobro-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('card.invoices')} <span className="cobro-muted">({t('card.invoiceCount', { count: invoices.length })})</span>
      </h3>
      {invoices.length === 0 ? (
        <p className="cobro-muted">{t('card.noInvoices')}</p>
      ) : (
        // A table where there is room (the Gmail card, the workspace); below 36em, about 470 px (the
        // Outlook task pane, even widened) styles.ts stacks each invoice into a block of labelled lines, with
        // the amount still owed beside its number, so nothing scrolls sideways. The cells carry
        // their column's name for that layout.
        <div className="cobro-table-wrap cobro-invoices" role="group" tabIndex={0} aria-labelledby={headingId}>
          <table className="cobro-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('card.invoice.number')}</th>
                <th scope="col">{t('card.invoice.due')}</th>
                <th scope="col" className="cobro-num">
                  {t('card.invoice.amount')}
                </th>
                <th scope="col" className="cobro-num">
                  {t('card.invoice.outstanding')}
                </th>
                <th scope="col">{t('card.invoice.daysLate')}</th>
                <th scope="col">{t('card.invoice.status')}</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => {
                const owed = invoice.status === 'open' || invoice.status === 'disputed' ? invoice.amount - invoice.paid : 0;
                const bucket = bucketOf.get(invoice.id);
                return (
                  <tr key={invoice.id}>
                    <th scope="row">{invoice.number}</th>
                    <td className="cobro-invoice-due" data-label={t('card.invoice.due')}>
                      {formatDay(invoice.dueDate, locale)}
                    </td>
                    <td className="cobro-num cobro-invoice-amount" data-label={t('card.invoice.amount')}>
                      {formatMoney({ currency: invoice.currency, amount: invoice.amount }, locale)}
                    </td>
                    <td className="cobro-num cobro-invoice-owed" data-label={t('card.invoice.outstanding')}>
                      {formatMoney({ currency: invoice.currency, amount: owed }, locale)}
                    </td>
                    <td className="cobro-invoice-late">
                      {owed > 0
                        ? [latenessText(t, daysFrom(invoice.dueDate, status.today)), bucket ? t(`aging.${bucket}` as const) : null]
                            .filter(Boolean)
                            .join(' · ')
                        : '—'}
                    </td>
                    <td className="cobro-invoice-status" data-label={t('card.invoice.status')}>
                      {t(`state.invoice.${invoice.status}` as const)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
