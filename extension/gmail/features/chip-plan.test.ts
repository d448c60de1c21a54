import { describe, expect, it } from 'vitest';
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { GmailThread, ThreadMessage } from '../thread';
import { planChips } from './chip-plan';

const ME = 'cobros@estudio.example';

function message(id: string, from: string, to: string[], name = from): ThreadMessage {
  return { element: {} as HTMLElement, messageId: id, from: { email: from, name }, to, collapsed: false };
}

function match(id: string, emails: string[]): DebtorMatch {
  return { debtor: { id, emails } as DebtorMatch['debtor'], status: {} as DebtorMatch['status'], matchedEmails: emails };
}

const ruiz = match('ruiz', ['pagos@ruiz.example', 'conta@ruiz.example']);
const sonrisa = match('sonrisa', ['admin@sonrisa.example']);

function plan(messages: ThreadMessage[], matches: DebtorMatch[], pending: string[] = []) {
  const thread: GmailThread = { threadId: 'thread-f:1', subject: 's', messages };
  return planChips(thread, matches, new Set([ME]), new Set(pending)).map((p) =>
    p.kind === 'debtor'
      ? [p.message.messageId, 'debtor', p.match.debtor.id]
      : p.kind === 'pending'
        ? [p.message.messageId, 'pending']
        : [p.message.messageId, 'unknown', p.email, p.name],
  );
}

describe('planChips', () => {
  it.each<[string, ThreadMessage[], DebtorMatch[], unknown[]]>([
    ['a message from a debtor', [message('m1', 'pagos@ruiz.example', [ME])], [ruiz], [['m1', 'debtor', 'ruiz']]],
    ['a debtor writing from a second address', [message('m1', 'conta@ruiz.example', [ME])], [ruiz], [['m1', 'debtor', 'ruiz']]],
    // The user's own messages carry no chip: beside their name it read as if they owed the money.
    ['my message to a debtor', [message('m1', ME, ['other@x.example', 'admin@sonrisa.example'])], [sonrisa], []],
    ['my message to nobody tracked', [message('m1', ME, ['other@x.example'])], [ruiz], []],
    ['my folded message (no recipients shown) in a conversation with one debtor', [message('m1', ME, [])], [ruiz], []],
    ['my own address tracked as a debtor by mistake: still no chip on my messages', [message('m1', ME, ['pagos@ruiz.example'])], [match('me', [ME])], []],
    ['a sender nobody tracks', [message('m1', 'hola@sur.example', [ME], 'Reformas del Sur')], [], [['m1', 'unknown', 'hola@sur.example', 'Reformas del Sur']]],
    ['an unknown sender shown only by address', [message('m1', 'hola@sur.example', [ME])], [], [['m1', 'unknown', 'hola@sur.example', '']]],
    [
      'a conversation: each message of a customer gets its own chip, mine none',
      [message('m1', ME, ['pagos@ruiz.example']), message('m2', 'pagos@ruiz.example', [ME]), message('m3', 'admin@sonrisa.example', [ME, 'pagos@ruiz.example'])],
      [ruiz, sonrisa],
      [['m2', 'debtor', 'ruiz'], ['m3', 'debtor', 'sonrisa']],
    ],
  ])('%s', (_label, messages, matches, expected) => {
    expect(plan(messages, matches)).toEqual(expected);
  });

  // While addresses are still being looked up (a thread painted from the tab's cache), a message
  // whose chip depends on one of them is left as it is; everything else is decided already.
  it.each<[string, ThreadMessage[], DebtorMatch[], string[], unknown[]]>([
    ['a sender not answered yet', [message('m1', 'hola@sur.example', [ME])], [], ['hola@sur.example'], [['m1', 'pending']]],
    ['a known debtor beside an unanswered sender', [message('m1', 'pagos@ruiz.example', [ME]), message('m2', 'hola@sur.example', [ME])], [ruiz], ['hola@sur.example'], [['m1', 'debtor', 'ruiz'], ['m2', 'pending']]],
    ['my message while its recipient is not answered yet: nothing to wait for', [message('m1', ME, ['hola@sur.example'])], [], ['hola@sur.example'], []],
    ['my own address not answered yet: I am not my own debtor', [message('m1', ME, ['pagos@ruiz.example']), message('m2', 'pagos@ruiz.example', [ME])], [ruiz], [ME], [['m2', 'debtor', 'ruiz']]],
    ['nothing unanswered: as before', [message('m1', 'hola@sur.example', [ME])], [], [], [['m1', 'unknown', 'hola@sur.example', '']]],
  ])('pending: %s', (_label, messages, matches, pending, expected) => {
    expect(plan(messages, matches, pending)).toEqual(expected);
  });
});
