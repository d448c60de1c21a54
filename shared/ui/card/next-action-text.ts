// The next action in words: a ladder step by its name ("Phone call"), a side track by what to
// do about it ("Check that the promise was kept"); anything else by the step's name.
import type { NextAction, NextActionReason } from '../../collection/status';
import type { MessageKey } from '../../i18n/messages.en';
import type { Translate } from '../../i18n/translate';
import type { TemplatePurpose } from '../../ledger/schema';
import { stepText } from '../format';

/** Purposes whose words do not depend on why they come up. */
const PURPOSE_KEYS: Readonly<Partial<Record<TemplatePurpose, MessageKey>>> = {
  'call-follow-up': 'card.next.call-follow-up',
};

/** Reasons beside the ladder's own ('step-due', 'next-step'), which read as the step's name. */
const REASON_KEYS: Readonly<Partial<Record<NextActionReason, MessageKey>>> = {
  resend: 'card.next.resend',
  'promise-follow-up': 'card.next.promise-follow-up',
  'promise-broken': 'card.next.promise-broken',
  'installment-upcoming': 'card.next.installment-upcoming',
  'installment-follow-up': 'card.next.installment-follow-up',
  'installment-missed': 'card.next.installment-missed',
  'dispute-unanswered': 'card.next.dispute-unanswered',
  'dispute-unresolved': 'card.next.dispute-unresolved',
  'payment-received': 'card.next.payment-received',
};

export function nextActionText(t: Translate, next: Pick<NextAction, 'purpose' | 'reason'>): string {
  const key = PURPOSE_KEYS[next.purpose] ?? REASON_KEYS[next.reason];
  return key ? t(key) : stepText(t, next.purpose);
}

/** The ladder's phone-call step: the card's call guide and its "no phone number" offers. */
export function isCallStep(next: Pick<NextAction, 'purpose' | 'channel'> | null): boolean {
  return next !== null && next.channel === 'phone' && next.purpose === 'call';
}
