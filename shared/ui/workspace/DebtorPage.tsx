// One debtor: the same card the Gmail overlay shows (invoices, promises, plan, timeline, next
// action and every quick action), their payments, and what only the workspace does: edit,
// add or correct invoices, merge a duplicate, delete.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Result } from '../../ledger/api';
import type { Invoice } from '../../ledger/schema';
import { formatMoney } from '../../money';
import { DebtorCard } from '../DebtorCard';
import type { DebtorActions } from '../card/actions';
import { debtorActionsFor } from '../card/ledger-actions';
import { useUi } from '../context';
import { errorText, formatDay } from '../format';
import { ClaimDocumentDialog } from './ClaimDocumentDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { DebtorForm } from './DebtorForm';
import { InvoiceForm } from './InvoiceForm';
import { MergeDialog } from './MergeDialog';
import { navigate, routeHref, type DebtorDocument } from './routes';
import { useWorkspace } from './services';
import { useLedgerQuery } from './use-ledger-query';

type Dialog = { kind: 'edit' } | { kind: 'invoice'; invoice?: Invoice } | { kind: 'merge' } | { kind: 'delete' } | { kind: 'document'; document: DebtorDocument } | null;

/** `document`: open with that PDF's dialog (the card's link to the claim file or the letter). */
export function DebtorPage({ debtorId, document }: { debtorId: string; document?: DebtorDocument }) {
  const { t, locale } = useUi('DebtorPage');
  const { client, revision, changed } = useWorkspace('DebtorPage');
  const id = useId();
  const detail = useLedgerQuery(() => client.send('debtor-get', { id: debtorId }), [client, debtorId, revision]);
  const settings = useLedgerQuery(() => client.send('settings-get', {}), [client, revision]);
  const [dialog, setDialog] = useState<Dialog>(document ? { kind: 'document', document } : null);
  // The address changed to name a document while the page was open.
  useEffect(() => {
    if (document) setDialog({ kind: 'document', document });
  }, [document]);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [reopenError, setReopenError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  const touched = () => {
    changed({ all: false, debtorIds: [debtorId] });
    detail.reload();
  };

  // The card's quick actions, each telling the rest of the extension when it succeeded.
  const actions = useMemo<DebtorActions>(() => {
    const direct = debtorActionsFor(client, debtorId);
    const wrapped = {} as Record<keyof DebtorActions, (input?: never) => Promise<Result<unknown>>>;
    for (const name of Object.keys(direct) as (keyof DebtorActions)[]) {
      wrapped[name] = async (input?: never) => {
        const result = await (direct[name] as (input?: never) => Promise<Result<unknown>>)(input);
        if (result.ok) {
          changed({ all: false, debtorIds: [debtorId] });
          detail.reload();
        }
        return result;
      };
    }
    return wrapped as unknown as DebtorActions;
    // detail.reload is stable; the rest is what the actions are bound to.
  }, [client, debtorId, changed, detail.reload]);

  const back = <a href={routeHref({ section: 'debtors', debtorId: null })}>{t('ws.debtor.back')}</a>;

  if (detail.value === null) {
    return (
      <section className="cobro-view" aria-labelledby={`${id}-title`}>
        <p>{back}</p>
        <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
          {t('card.title')}
        </h2>
        {detail.phase === 'failed' ? (
          <p role="alert" className="cobro-form-error">
            {detail.error.code === 'not-found' ? t('ws.debtor.gone') : errorText(t, detail.error)}
          </p>
        ) : (
          <p className="cobro-muted">{t('common.loading')}</p>
        )}
      </section>
    );
  }

  const card = detail.value;
  const { debtor } = card;
  const defaultCurrency = settings.value?.defaultCurrency ?? card.invoices[0]?.currency ?? 'EUR';
  const invoiceNumbers = new Map(card.invoices.map((invoice) => [invoice.id, invoice.number]));

  // Taking a write-off back: the ledger clears it and logs it on the timeline in one write.
  const reopen = async (invoice: Invoice) => {
    setReopenError(null);
    const result = await client.send('invoice-update', { id: invoice.id, patch: { status: 'open' } });
    if (result.ok) touched();
    else setReopenError(errorText(t, result.error));
  };

  const removeDebtor = async () => {
    setDeleting(true);
    setDeleteError(null);
    const result = await client.send('debtor-delete', { id: debtor.id });
    setDeleting(false);
    if (!result.ok) {
      setDeleteError(errorText(t, result.error));
      return;
    }
    setDialog(null);
    changed({ all: false, debtorIds: [debtor.id] });
    navigate({ section: 'debtors', debtorId: null });
  };

  return (
    <section className="cobro-view cobro-debtor-page" aria-labelledby={`${id}-title`} data-debtor-id={debtor.id}>
      <p>{back}</p>
      <div className="cobro-view-head">
        <h2 id={`${id}-title`} tabIndex={-1} data-view-title>
          {debtor.name}
        </h2>
        <div className="cobro-buttons">
          <button type="button" onClick={() => setDialog({ kind: 'edit' })}>
            {t('common.edit')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'invoice' })}>
            {t('ws.debtor.addInvoice')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'document', document: 'claim-file' })}>
            {t('ws.debtor.claimFile')}
          </button>
          {card.status.state === 'written-off' ? null : (
            <button type="button" onClick={() => setDialog({ kind: 'document', document: 'letter' })}>
              {t('ws.debtor.letter')}
            </button>
          )}
          <button type="button" onClick={() => setDialog({ kind: 'merge' })}>
            {t('ws.debtor.merge')}
          </button>
          <button type="button" className="cobro-danger" onClick={() => setDialog({ kind: 'delete' })}>
            {t('common.delete')}
          </button>
        </div>
      </div>

      <div className="cobro-debtor-columns">
        <div className="cobro-debtor-card">
          <DebtorCard detail={card} actions={actions} inPage onClose={() => navigate({ section: 'debtors', debtorId: null })} />
        </div>
        <div className="cobro-debtor-side">
          <section aria-labelledby={`${id}-payments`} className="cobro-panel">
            <h3 id={`${id}-payments`}>{t('ws.debtor.payments')}</h3>
            {card.payments.length === 0 ? (
              <p className="cobro-muted">{t('ws.debtor.noPayments')}</p>
            ) : (
              <div className="cobro-table-wrap" role="group" tabIndex={0} aria-labelledby={`${id}-payments`}>
                <table className="cobro-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('common.date')}</th>
                      <th scope="col" className="cobro-num">
                        {t('common.amount')}
                      </th>
                      <th scope="col">{t('action.paymentMethod')}</th>
                      <th scope="col">{t('ws.debtor.paymentInvoices')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {card.payments.map((payment) => (
                      <tr key={payment.id}>
                        <td>{formatDay(payment.date, locale)}</td>
                        <td className="cobro-num">{formatMoney({ currency: payment.currency, amount: payment.amount }, locale)}</td>
                        <td>{payment.method ?? '—'}</td>
                        <td>{payment.allocations.map((allocation) => invoiceNumbers.get(allocation.invoiceId) ?? '?').join(', ') || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby={`${id}-manage`} className="cobro-panel">
            <h3 id={`${id}-manage`}>{t('ws.debtor.correctInvoices')}</h3>
            {card.invoices.length === 0 ? (
              <p className="cobro-muted">{t('card.noInvoices')}</p>
            ) : (
              <ul className="cobro-plain-list">
                {card.invoices.map((invoice) => (
                  <li key={invoice.id} className="cobro-manage-row">
                    <span>
                      {invoice.number} · {formatMoney({ currency: invoice.currency, amount: invoice.amount }, locale)} · {t(`state.invoice.${invoice.status}`)}
                    </span>
                    <span className="cobro-buttons">
                      {invoice.status === 'written_off' ? (
                        <button type="button" aria-label={t('ws.debtor.reopenInvoice', { number: invoice.number })} onClick={() => void reopen(invoice)}>
                          {t('ws.debtor.reopen')}
                        </button>
                      ) : null}
                      <button type="button" aria-label={t('ws.debtor.editInvoice', { number: invoice.number })} onClick={() => setDialog({ kind: 'invoice', invoice })}>
                        {t('common.edit')}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {reopenError ? (
              <p role="alert" className="cobro-form-error">
                {reopenError}
              </p>
            ) : null}
          </section>
        </div>
      </div>

      {dialog?.kind === 'edit' ? (
        <DebtorForm
          debtor={debtor}
          defaults={{ locale: debtor.locale, timeZone: debtor.timeZone }}
          onCancel={() => setDialog(null)}
          onSubmit={async (fields) => {
            const { doNotContact, ...rest } = fields;
            const result = await client.send('debtor-update', {
              id: debtor.id,
              patch: { ...rest, ...(doNotContact === undefined ? {} : { doNotContact }) },
            });
            if (result.ok) {
              setDialog(null);
              touched();
            }
            return result;
          }}
        />
      ) : null}
      {dialog?.kind === 'invoice' ? (
        <InvoiceForm
          {...(dialog.invoice ? { invoice: dialog.invoice } : {})}
          defaultCurrency={defaultCurrency}
          onCancel={() => setDialog(null)}
          onSubmit={async (fields) => {
            const result = dialog.invoice
              ? await client.send('invoice-update', { id: dialog.invoice.id, patch: fields })
              : await client.send('invoice-create', { debtorId: debtor.id, ...fields });
            if (result.ok) {
              setDialog(null);
              touched();
            }
            return result;
          }}
        />
      ) : null}
      {dialog?.kind === 'merge' ? (
        <MergeDialog
          debtor={debtor}
          onSearch={async (query) => {
            const result = await client.send('debtor-search', { query, limit: 20 });
            if (!result.ok) throw new Error(result.error.message);
            return result.value;
          }}
          onMerge={(keepId, mergeId) => client.send('debtor-merge', { keepId, mergeId })}
          onMerged={(keptId) => {
            setDialog(null);
            changed({ all: true, debtorIds: [] });
            if (keptId === debtor.id) detail.reload();
            else navigate({ section: 'debtors', debtorId: keptId });
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'document' ? (
        <ClaimDocumentDialog
          debtor={debtor}
          document={dialog.document}
          invoices={card.invoices}
          onRecorded={touched}
          onClose={() => {
            setDialog(null);
            // Closing leaves the address of the page itself, so a reload does not reopen it.
            if (document) navigate({ section: 'debtors', debtorId: debtor.id });
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('ws.debtor.deleteTitle', { name: debtor.name })}
          confirmLabel={t('common.delete')}
          busy={deleting}
          error={deleteError}
          onCancel={() => setDialog(null)}
          onConfirm={() => void removeDebtor()}
        >
          <p>{t('ws.debtor.deleteBody', { invoices: card.invoices.length, payments: card.payments.length, events: card.events.length })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
