// The payment plan that governs the debtor now: its state, the next installment, the missed ones.
import type { PlanState } from '../../collection/status';
import type { MessageKey } from '../../i18n/messages.en';
import { formatMoney } from '../../money';
import { useUi } from '../context';
import { formatDay } from '../format';
import type { DebtorDetail } from './form-support';

const PLAN_STATE_KEYS: Record<PlanState, MessageKey> = {
  active: 'state.plan.active',
  completed: 'state.plan.completed',
  defaulted: 'state.plan.behind',
};

export function PlanPanel({ detail, headingId }: { detail: DebtorDetail; headingId: string }) {
  const { t, locale } = useUi('PlanPanel');
  const plan = detail.status.plan;
  if (plan === null) return null;

  return (
    <section className="cobro-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('card.plan')} <span className="cobro-tag">{t(PLAN_STATE_KEYS[plan.state])}</span>
      </h3>
      <ul className="cobro-plain-list">
        {plan.nextInstallment ? (
          <li>
            {t('card.planNext', {
              amount: formatMoney(plan.nextInstallment.amount, locale),
              date: formatDay(plan.nextInstallment.dueDate, locale),
            })}
          </li>
        ) : null}
        {plan.missed.map((installment) => (
          <li key={installment.index} className="cobro-missed">
            {t('card.planMissedItem', { amount: formatMoney(installment.amount, locale), date: formatDay(installment.dueDate, locale) })}
          </li>
        ))}
        <li>{t('card.planRemaining', { amount: formatMoney(plan.remaining, locale) })}</li>
      </ul>
    </section>
  );
}
