// The one thing to do next (step, channel, date) and whether contacting the debtor is allowed
// now, with the reasons and the reopening time on the debtor's clock. At the phone step with no
// number to call, it says so and offers to add one or to write instead.
import type { NextActionChannel } from '../../collection/status';
import type { IsoDate } from '../../dates';
import type { MessageKey } from '../../i18n/messages.en';
import type { Invoice } from '../../ledger/schema';
import type { Money } from '../../money';
import { useUi } from '../context';
import { dayOfMoment, formatAmounts, formatDay, policyText } from '../format';
import type { DebtorActions } from './actions';
import type { DebtorDetail } from './form-support';
import { isCallStep, nextActionText } from './next-action-text';
import { NoPhoneOffers } from './NoPhoneOffers';

const CHANNEL_KEYS: Record<NextActionChannel, MessageKey> = {
  email: 'channel.email',
  phone: 'channel.phone',
  letter: 'channel.letter',
  task: 'channel.task',
};

export interface NextActionPanelProps {
  detail: DebtorDetail;
  headingId: string;
  onComposeTemplate?: (() => void) | undefined;
  actions: Pick<DebtorActions, 'updatePhone'>;
  onEmailInsteadOfCall?: (() => void) | undefined;
}

export interface WriteOffSummary {
  /** On the debtor's calendar; null where an import marked the invoices written off with no decision recorded. */
  on: IsoDate | null;
  reason: string | null;
  amounts: Money[];
  numbers: string[];
}

/** The debtor's write-offs, one per decision (the same moment and reason), oldest first. */
export function writeOffsOf(invoices: readonly Invoice[], timeZone: string): WriteOffSummary[] {
  const byDecision = new Map<string, { at: string | null; reason: string | null; amounts: Map<string, number>; numbers: string[] }>();
  for (const invoice of invoices) {
    if (invoice.status !== 'written_off') continue;
    const at = invoice.writeOff?.at ?? null;
    const reason = invoice.writeOff?.reason ?? null;
    const key = JSON.stringify([at, reason]);
    const group = byDecision.get(key) ?? { at, reason, amounts: new Map<string, number>(), numbers: [] };
    byDecision.set(key, group);
    const amount = invoice.writeOff?.amount ?? Math.max(0, invoice.amount - invoice.paid);
    group.amounts.set(invoice.currency, (group.amounts.get(invoice.currency) ?? 0) + amount);
    group.numbers.push(invoice.number);
  }
  return [...byDecision.values()]
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''))
    .map((group) => ({
      on: group.at === null ? null : dayOfMoment(group.at, timeZone),
      reason: group.reason,
      amounts: [...group.amounts].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount })),
      numbers: group.numbers,
    }));
}

export function NextActionPanel({ detail, headingId, onComposeTemplate, actions, onEmailInsteadOfCall }: NextActionPanelProps) {
  const { t, locale } = useUi('NextActionPanel');
  const { debtor, status } = detail;
  const next = status.nextAction;
  const policy = status.policy;
  const noPhone = isCallStep(next) && (debtor.phone?.trim() ?? '') === '';

  if (status.state === 'written-off') {
    // Nothing is chased because the user gave the debt up, not because it was paid: say so, with
    // when, how much and why, and offer nothing that chases (no contact window, no template).
    return (
      <section className="cobro-section" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('card.nextAction')}</h3>
        <div data-cobro="written-off-summary">
          <p>{t('card.writtenOffNothing')}</p>
          <ul className="cobro-plain-list">
            {writeOffsOf(detail.invoices, debtor.timeZone).map((writeOff, index) => (
              <li key={index}>
                <strong>
                  {writeOff.on === null
                    ? t('card.writtenOffImported', { amount: formatAmounts(writeOff.amounts, locale), numbers: writeOff.numbers.join(', ') })
                    : t('card.writtenOff', { date: formatDay(writeOff.on, locale), amount: formatAmounts(writeOff.amounts, locale), numbers: writeOff.numbers.join(', ') })}
                </strong>
                {writeOff.reason ? <span className="cobro-muted">{` ${t('card.writtenOffReason', { reason: writeOff.reason })}`}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      </section>
    );
  }

  return (
    <section className="cobro-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.nextAction')}</h3>
      {next === null ? (
        <p className="cobro-muted">{t('card.noNextAction')}</p>
      ) : noPhone ? (
        <NoPhoneOffers detail={detail} date={next.date} actions={actions} onEmailInsteadOfCall={onEmailInsteadOfCall} />
      ) : (
        <p className="cobro-next">
          <strong>
            {next.date <= status.today
              ? t('card.nextActionNow', { action: nextActionText(t, next) })
              : t('card.nextActionOn', { action: nextActionText(t, next), date: formatDay(next.date, locale) })}
          </strong>
          <span className="cobro-muted">
            {' · '}
            {t('card.channel')}: {t(CHANNEL_KEYS[next.channel])}
          </span>
        </p>
      )}
      <p className={policy.allowed ? 'cobro-policy cobro-policy-ok' : 'cobro-policy cobro-policy-wait'}>
        {policyText(t, policy, { timeZone: debtor.timeZone, uiLocale: locale })}
      </p>
      <p className="cobro-muted">{t('card.contactsInWindow', { count: policy.contactsInWindow, days: policy.windowDays })}</p>
      {onComposeTemplate ? (
        <button type="button" className="cobro-primary" onClick={() => onComposeTemplate()}>
          {t('card.composeTemplate')}
        </button>
      ) : null}
    </section>
  );
}
