// Can this template be filled truthfully for this debtor? A built-in only says what is true
// when the ledger backs it: a courtesy reminder before the due date, thanks for a call that
// happened, a promise confirmation for an open promise. Pure: takes the facts the template
// context is built from (facts.ts), so the picker and the message never disagree.
import type { TemplatePurpose } from '../ledger/schema';
import type { TemplateFacts } from './facts';

export { computeTemplateFacts, type DueState, type TemplateFacts, type TemplateFactsInput, type TemplateRecords } from './facts';

export const FIT_REASONS = [
  'nothing-owed', // the invoices of the message are paid, void or written off
  'due-date-passed', // courtesy reminder after the due date
  'due-today', // courtesy reminder on the due day, or a late-payment message on it
  'not-due-yet', // due-day or late-payment message before the due date
  'no-call-logged', // call follow-up without a call where someone answered, in this cycle
  'no-promise', // promise confirmation without an open promise
  'no-broken-promise', // broken-promise message without a broken promise
  'no-plan', // installment reminder without an active plan
  'plan-active', // plan offer while a plan is already running
  'no-missed-installment', // missed-installment message with every installment due so far paid
  'no-dispute', // dispute acknowledgement without a disputed invoice
  'no-payment', // thank-you without a payment in the last 30 days
] as const;
export type FitReason = (typeof FIT_REASONS)[number];

export type TemplateFit = { ok: true } | { ok: false; reason: FitReason };

/** Messages that ask for nothing, so they fit whether or not anything is owed. */
const ASKS_NOTHING: ReadonlySet<TemplatePurpose> = new Set<TemplatePurpose>(['thank-you', 'reconnect', 'dispute-acknowledgement']);

/** Messages that say an invoice is late: false on or before its due date. */
const SAYS_LATE: ReadonlySet<TemplatePurpose> = new Set<TemplatePurpose>([
  'overdue',
  'call',
  'firm',
  'formal',
  'agency',
  'legal',
  'promise-broken',
]);

const OK: TemplateFit = { ok: true };
const unfit = (reason: FitReason): TemplateFit => ({ ok: false, reason });

export function templateFit(purpose: TemplatePurpose, facts: TemplateFacts): TemplateFit {
  if (!ASKS_NOTHING.has(purpose) && facts.unpaidInvoices === 0) return unfit('nothing-owed');
  if (purpose === 'courtesy') {
    if (facts.dueState === 'today') return unfit('due-today');
    if (facts.dueState === 'past') return unfit('due-date-passed');
  }
  if (purpose === 'due' && facts.dueState === 'upcoming') return unfit('not-due-yet');
  if (SAYS_LATE.has(purpose)) {
    if (facts.dueState === 'upcoming') return unfit('not-due-yet');
    if (facts.dueState === 'today') return unfit('due-today');
  }
  switch (purpose) {
    case 'call-follow-up':
      return facts.lastCallDate === null ? unfit('no-call-logged') : OK;
    case 'promise-confirmation':
      return facts.openPromise === null ? unfit('no-promise') : OK;
    case 'promise-broken':
      return facts.brokenPromise === null ? unfit('no-broken-promise') : OK;
    case 'installment-reminder':
      return facts.planState === 'active' ? OK : unfit('no-plan');
    case 'installment-missed':
      return facts.installmentMissed ? OK : unfit('no-missed-installment');
    case 'plan-offer':
      return facts.planState === 'active' ? unfit('plan-active') : OK;
    case 'dispute-acknowledgement':
      return facts.disputedInvoices === 0 ? unfit('no-dispute') : OK;
    case 'thank-you':
      return facts.recentPayment === null ? unfit('no-payment') : OK;
    default:
      return OK;
  }
}
