// @vitest-environment happy-dom
// A reply Cobro read shows on the timeline as what it was read as, what the user did with it, and
// the debtor's own words, quoted as text.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { must } from '../../ledger/test-ledger';
import { HOSTILE, renderUi, talleresRuiz, textOf } from '../test-support';
import { Timeline } from './Timeline';

afterEach(() => cleanup());

const mail = { host: 'gmail' as const, threadId: 'thread-f:1', messageId: 'msg-f:1' };
const SENT = '2026-03-03T09:00:00+01:00';

describe('Timeline shows a reply read', () => {
  it.each([
    ['en', 'accepted', 'Reply: promise to pay — recorded'],
    ['en', 'dismissed', 'Reply: promise to pay — dismissed'],
    ['es-ES', 'accepted', 'Respuesta: promesa de pago — registrada'],
    ['es-ES', 'dismissed', 'Respuesta: promesa de pago — descartada'],
  ] as const)('in %s, %s', async (locale, decision, head) => {
    const scenario = await talleresRuiz();
    const quote = `le hacemos la transferencia el viernes 6 ${HOSTILE}`;
    const { client } = scenario.ledger;
    if (decision === 'accepted') {
      must(
        await client.send('reply-act', {
          debtorId: scenario.debtorId,
          mail,
          sentAt: SENT,
          intent: 'promise',
          quote,
          action: { kind: 'promise', amount: 48_000, currency: 'EUR', date: '2026-03-06' },
        }),
      );
    } else {
      must(await client.send('reply-dismiss', { debtorId: scenario.debtorId, mail, sentAt: SENT, intent: 'promise', quote }));
    }
    const { container } = renderUi(<Timeline detail={await scenario.detail()} headingId="t" />, locale);
    const event = [...container.querySelectorAll('.cobro-event')].find((item) => item.querySelector('q'));
    expect(textOf(event?.querySelector('.cobro-event-kind'))).toBe(head);
    expect(textOf(event?.querySelector('q'))).toBe(quote);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('Timeline shows a write-off', () => {
  it.each([
    ['en', 'Written off · €2,220.00'],
    ['es-ES', 'Dado por incobrable · 2220,00 €'],
  ] as const)('in %s, with the amount given up and the reason as text', async (locale, head) => {
    const scenario = await talleresRuiz();
    const reason = `Closed down ${HOSTILE}`;
    must(await scenario.ledger.client.send('debtor-write-off', { debtorId: scenario.debtorId, reason }));
    const { container } = renderUi(<Timeline detail={await scenario.detail()} headingId="t" />, locale);
    const event = [...container.querySelectorAll('.cobro-event')].find((item) => textOf(item.querySelector('.cobro-event-note')) === reason);
    expect(textOf(event?.querySelector('.cobro-event-head'))).toMatch(new RegExp(`· ${head.replace(/[.$]/g, '\\$&')}$`));
    expect(container.querySelector('img')).toBeNull();
  });
});
