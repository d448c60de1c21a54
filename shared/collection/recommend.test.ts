import { describe, expect, it } from 'vitest';
import type { LadderStep, TemplatePurpose } from '../ledger/schema';
import { ladderOffer, recommendedEmail } from './recommend';
import type { CollectionStatus, NextAction } from './status';
import { makeEvent } from './test-factories';

const TODAY = '2026-06-15';
const NO_PROMISES: CollectionStatus['promises'] = { open: [], kept: [], broken: [] };

function next(purpose: TemplatePurpose, reason: NextAction['reason'], date = TODAY, channel: NextAction['channel'] = 'email'): NextAction {
  return { purpose, reason, date, channel, invoiceIds: ['inv'] };
}

describe('ladderOffer', () => {
  it.each<[string, TemplatePurpose, LadderStep | null, LadderStep | null, boolean]>([
    ['never contacted: the overdue reminder is in order', 'overdue', null, 'overdue', true],
    ['never contacted: the firm reminder would skip the ladder', 'firm', null, 'overdue', false],
    ['never contacted: the formal notice would skip the ladder', 'formal', null, 'overdue', false],
    ['never contacted: agency and legal would skip it', 'legal', null, 'overdue', false],
    ['after the call: the firm reminder is next', 'firm', 'call', 'firm', true],
    ['after the call: an earlier step may be sent again', 'overdue', 'call', 'firm', true],
    ['window steps are judged by their own facts, not the ladder', 'courtesy', 'firm', 'formal', true],
    ['side tracks are not ladder steps', 'plan-offer', null, 'overdue', true],
    ['nothing drives the ladder: only its first escalation step', 'call', null, null, false],
    ['the ladder is done: everything was tried', 'legal', 'legal', null, true],
  ])('%s', (_name, purpose, ladderStep, ladderNext, ok) => {
    expect(ladderOffer(purpose, { ladderStep, ladderNext }).ok).toBe(ok);
  });

  it('names the step that must come first', () => {
    expect(ladderOffer('firm', { ladderStep: null, ladderNext: 'overdue' })).toEqual({ ok: false, reason: 'skips-ladder', first: 'overdue' });
  });
});

describe('recommendedEmail', () => {
  const reached = makeEvent({ kind: 'call', outcome: 'reached', at: '2026-06-14T10:00:00.000Z' });
  const voicemail = makeEvent({ kind: 'call', outcome: 'voicemail', at: '2026-06-14T10:00:00.000Z' });
  const noOutcome = makeEvent({ kind: 'call', at: '2026-06-14T10:00:00.000Z' });
  const emailAfter = makeEvent({ kind: 'email', step: 'call-follow-up', at: '2026-06-14T12:00:00.000Z' });
  const promise = { promiseId: 'p', date: '2026-06-20', amount: { currency: 'EUR', amount: 100 }, paidToward: 0 };

  it.each<[string, NextAction | null, typeof reached[], CollectionStatus['promises'], TemplatePurpose | null]>([
    ['the ladder step due now', next('overdue', 'step-due'), [], NO_PROMISES, 'overdue'],
    ['the phone step: the e-mail that asks for a call', next('call', 'step-due', TODAY, 'phone'), [], NO_PROMISES, 'call'],
    ['the formal step: its e-mail copy', next('formal', 'step-due', TODAY, 'letter'), [], NO_PROMISES, 'formal'],
    ['after a call that reached them: confirm what was agreed', next('firm', 'next-step', '2026-06-30'), [reached], NO_PROMISES, 'call-follow-up'],
    ['after a call with a promise: confirm the promise', next('promise-broken', 'promise-follow-up', '2026-06-21'), [reached], { ...NO_PROMISES, open: [promise] }, 'promise-confirmation'],
    ['a call logged without an outcome counts as a conversation, as the template facts count it', next('firm', 'next-step', '2026-06-30'), [noOutcome], NO_PROMISES, 'call-follow-up'],
    ['a voicemail is no conversation to confirm', next('firm', 'next-step', '2026-06-30'), [voicemail], NO_PROMISES, 'firm'],
    ['the call was confirmed by e-mail already', next('firm', 'next-step', '2026-06-30'), [reached, emailAfter], NO_PROMISES, 'firm'],
    ['before the promise date: confirm it, do not chase it', next('promise-broken', 'promise-follow-up', '2026-06-21'), [], { ...NO_PROMISES, open: [promise] }, 'promise-confirmation'],
    ['the day after the promise date: chase it', next('promise-broken', 'promise-follow-up', TODAY), [], NO_PROMISES, 'promise-broken'],
    ['installment reminded, not yet due: nothing to say', next('installment-missed', 'installment-follow-up', '2026-06-20'), [], NO_PROMISES, null],
    ['paid in full after a call: the thank-you', next('thank-you', 'payment-received'), [reached], NO_PROMISES, 'thank-you'],
    ['nothing to do', null, [], NO_PROMISES, null],
  ])('%s', (_name, nextAction, events, promises, expected) => {
    expect(recommendedEmail({ nextAction, today: TODAY, promises }, events)).toBe(expected);
  });
});
