// The one thing to do next (step, channel, date) and whether contacting the debtor is allowed
// now, with the reasons and the reopening time on the debtor's clock. At the phone step with no
// number to call, it says so and offers to add one or to write instead.
import type { NextActionChannel } from '../../collection/status';
import type { MessageKey } from '../../i18n/messages.en';
import { useUi } from '../context';
import { formatDay, policyText } from '../format';
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

export function NextActionPanel({ detail, headingId, onComposeTemplate, actions, onEmailInsteadOfCall }: NextActionPanelProps) {
  const { t, locale } = useUi('NextActionPanel');
  const { debtor, status } = detail;
  const next = status.nextAction;
  const policy = status.policy;
  const noPhone = isCallStep(next) && (debtor.phone?.trim() ?? '') === '';

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
