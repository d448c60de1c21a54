// Who the debtor is, what they owe per currency, where they stand, and what kind of late payer
// they are with the evidence in words.
import { useUi } from '../context';
import { evidenceText, formatAmounts, latenessText, stateText } from '../format';
import type { DebtorDetail } from './form-support';
import { writeOffsOf } from './NextActionPanel';

/** What the write-offs gave up, per currency: the debt is still theirs, only no longer chased. */
function writtenOffTotal(detail: DebtorDetail) {
  const byCurrency = new Map<string, number>();
  for (const writeOff of writeOffsOf(detail.invoices, detail.debtor.timeZone)) {
    for (const money of writeOff.amounts) byCurrency.set(money.currency, (byCurrency.get(money.currency) ?? 0) + money.amount);
  }
  return [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

/** `showName` false: the page around the card already names the debtor in its heading. */
export function DebtorHeader({ detail, titleId, showName = true }: { detail: DebtorDetail; titleId: string; showName?: boolean }) {
  const { t, locale } = useUi('DebtorHeader');
  const { debtor, status } = detail;
  const delinquency = status.delinquency;
  const lateness = status.state === 'overdue' || status.state === 'not-due' ? latenessText(t, status.daysLate) : null;

  return (
    <header className="cobro-card-header">
      {showName ? <h2 id={titleId}>{debtor.name}</h2> : null}
      {debtor.contactName ? <p className="cobro-muted">{debtor.contactName}</p> : null}
      <dl className="cobro-facts">
        {debtor.emails.length > 0 ? (
          <>
            <dt>{t('card.addresses')}</dt>
            <dd>
              <ul className="cobro-plain-list">
                {debtor.emails.map((email) => (
                  <li key={email}>{email}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {debtor.phone ? (
          <>
            <dt>{t('common.phone')}</dt>
            <dd>{debtor.phone}</dd>
          </>
        ) : null}
        <dt>{t('card.outstanding')}</dt>
        <dd className="cobro-owed">
          {status.outstanding.length > 0
            ? formatAmounts(status.outstanding, locale)
            : status.state === 'written-off'
              ? t('card.writtenOffOutstanding', { amount: formatAmounts(writtenOffTotal(detail), locale) })
              : t('chip.owesNothing')}
        </dd>
        {status.overdue.length > 0 ? (
          <>
            <dt>{t('card.overdue')}</dt>
            <dd>{formatAmounts(status.overdue, locale)}</dd>
          </>
        ) : null}
        <dt>{t('card.state')}</dt>
        <dd>{lateness === null ? stateText(t, status.state, debtor, locale) : `${stateText(t, status.state, debtor, locale)} · ${lateness}`}</dd>
        {delinquency.kind !== null ? (
          <>
            <dt>{t('card.delinquency')}</dt>
            <dd className="cobro-delinquency">
              <span className="cobro-kind">
                {delinquency.overridden
                  ? t('card.delinquencyOverridden', { kind: t(`delinquency.${delinquency.kind}` as const) })
                  : t(`delinquency.${delinquency.kind}` as const)}
              </span>
              <span className="cobro-muted"> {t(`delinquency.${delinquency.kind}.hint` as const)}</span>
            </dd>
          </>
        ) : null}
        {delinquency.evidence.length > 0 ? (
          <>
            <dt>{t('card.evidence')}</dt>
            <dd>
              <ul className="cobro-plain-list">
                {delinquency.evidence.map((evidence) => (
                  <li key={evidence.code}>{evidenceText(t, evidence)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </header>
  );
}
