// The phone-call step as a checklist for the user while they call: whom to ask for and the
// number, the invoices and how late they are, the total per currency, then listen, agree on a
// date or a plan (opening those forms), confirm, say how to pay, and log the call. The ticks
// are this view's state only: nothing here is saved or inserted anywhere.
import { useId, useState, type ReactNode, type Ref } from 'react';
import { formatMoney, type Money } from '../../money';
import { useUi } from '../context';
import { daysFrom, formatAmounts, formatDay, latenessText } from '../format';
import type { DebtorDetail } from './form-support';

/** The quick-action forms the guide can open. */
export type CallGuideForm = 'logCall' | 'recordPromise' | 'startPlan';

export interface CallGuideProps {
  detail: DebtorDetail;
  /** Opens one of the card's quick-action forms. */
  onOpen(form: CallGuideForm): void;
  /** The guide's heading, to move focus there when it is opened on request. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Puts away a guide shown on request; absent at the phone step, where it belongs. */
  onHide?: (() => void) | undefined;
}

type GuideStep = 'askFor' | 'explain' | 'askFull' | 'listen' | 'cannotPay' | 'confirm' | 'howToPay' | 'log';

/** Invoices the call is about: unpaid, not disputed, not paused on the debtor's today. */
export function invoicesToChase(detail: DebtorDetail) {
  const today = detail.status.today;
  return detail.invoices.filter(
    (invoice) =>
      invoice.status === 'open' &&
      invoice.paid < invoice.amount &&
      (invoice.pause === null || (invoice.pause.until !== null && invoice.pause.until < today)),
  );
}

/** What those invoices add up to, one total per currency (integer minor units), sorted by code. */
export function totalsByCurrency(invoices: readonly { currency: string; amount: number; paid: number }[]): Money[] {
  const totals = new Map<string, number>();
  for (const invoice of invoices) totals.set(invoice.currency, (totals.get(invoice.currency) ?? 0) + invoice.amount - invoice.paid);
  return [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amount]) => ({ currency, amount }));
}

/** A phone number as a tel: URI: the digits and a leading +, the rest dropped. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}

export function CallGuide({ detail, onOpen, headingRef, onHide }: CallGuideProps) {
  const { t, locale } = useUi('CallGuide');
  const id = useId();
  const [done, setDone] = useState<ReadonlySet<GuideStep>>(new Set());
  const { debtor, status } = detail;
  const invoices = invoicesToChase(detail);
  const totals = totalsByCurrency(invoices);
  const owes = status.outstanding.length > 0;

  const toggle = (step: GuideStep, checked: boolean) =>
    setDone((current) => {
      const next = new Set(current);
      if (checked) next.add(step);
      else next.delete(step);
      return next;
    });

  const item = (step: GuideStep, label: string, details?: ReactNode) => {
    const boxId = `${id}-${step}`;
    return (
      <li key={step} className="cobro-guide-step">
        <input id={boxId} type="checkbox" checked={done.has(step)} onChange={(event) => toggle(step, event.target.checked)} />
        <div className="cobro-guide-body">
          <label htmlFor={boxId}>{label}</label>
          {details}
        </div>
      </li>
    );
  };

  const phone = debtor.phone?.trim() ?? '';
  const methods = detail.paymentMethods;

  return (
    <section className="cobro-call-guide" aria-labelledby={`${id}-title`} data-cobro="call-guide">
      <h4 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('card.callGuide.title')}
      </h4>
      <p className="cobro-muted cobro-guide-hint">{t('card.callGuide.hint')}</p>
      <ol className="cobro-guide-steps">
        {item(
          'askFor',
          debtor.contactName ? t('card.callGuide.askFor', { name: debtor.contactName }) : t('card.callGuide.askForPayer', { debtor: debtor.name }),
          <p className="cobro-guide-detail">
            {phone === '' ? (
              <span className="cobro-muted">{t('card.callGuide.noPhone')}</span>
            ) : (
              <>
                {t('common.phone')}: <a href={telHref(phone)}>{phone}</a>
              </>
            )}
          </p>,
        )}
        {item(
          'explain',
          t('card.callGuide.explain', { count: invoices.length }),
          invoices.length > 0 ? (
            <ul className="cobro-plain-list cobro-guide-detail">
              {invoices.map((invoice) => (
                <li key={invoice.id}>
                  {t('card.callGuide.invoice', {
                    number: invoice.number,
                    amount: formatMoney({ currency: invoice.currency, amount: invoice.amount - invoice.paid }, locale),
                    date: formatDay(invoice.dueDate, locale),
                    lateness: latenessText(t, daysFrom(invoice.dueDate, status.today)) ?? '',
                  })}
                </li>
              ))}
            </ul>
          ) : undefined,
        )}
        {item('askFull', t('card.callGuide.askFull', { total: formatAmounts(totals, locale) }))}
        {item('listen', t('card.callGuide.listen'))}
        {item(
          'cannotPay',
          t('card.callGuide.cannotPay'),
          owes ? (
            <div className="cobro-guide-buttons">
              <button type="button" onClick={() => onOpen('recordPromise')}>
                {t('action.recordPromise')}
              </button>
              <button type="button" onClick={() => onOpen('startPlan')}>
                {t('action.startPlan')}
              </button>
            </div>
          ) : undefined,
        )}
        {item('confirm', t('card.callGuide.confirm'))}
        {item(
          'howToPay',
          t('card.callGuide.howToPay'),
          methods.length === 0 ? (
            <p className="cobro-muted cobro-guide-detail">{t('card.callGuide.noMethods')}</p>
          ) : (
            <ul className="cobro-plain-list cobro-guide-detail">
              {methods.map((method, index) => (
                <li key={index}>
                  {method.label.trim() === '' ? t(`ws.settings.kind.${method.kind}` as const) : method.label}: {method.value}
                </li>
              ))}
            </ul>
          ),
        )}
        {item(
          'log',
          t('card.callGuide.log'),
          <div className="cobro-guide-buttons">
            <button type="button" onClick={() => onOpen('logCall')}>
              {t('action.logCall')}
            </button>
          </div>,
        )}
      </ol>
      {onHide ? (
        <button type="button" className="cobro-link-button" onClick={() => onHide()}>
          {t('card.callGuide.hide')}
        </button>
      ) : null}
    </section>
  );
}
