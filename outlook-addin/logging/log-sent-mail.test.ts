import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { must } from '../../shared/ledger/test-ledger';
import { ledgerWithDebtor, sentTo } from './ledger-fixture';
import { logSentMail } from './log-sent-mail';

async function emailEvents(ledger: Awaited<ReturnType<typeof ledgerWithDebtor>>) {
  const events = must(await ledger.client.send('events-list', { debtorId: ledger.debtorId }));
  return events.filter((event) => event.kind === 'email');
}

describe('logging a send in the ledger', () => {
  it('records template, step, invoices, subject and thread on the debtor’s timeline', async () => {
    const ledger = await ledgerWithDebtor();
    expect(await logSentMail(ledger.client, sentTo(ledger, ['Pagos@Acme.es']))).toEqual({ kind: 'logged', events: 1 });
    const [event, ...rest] = await emailEvents(ledger);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      debtorId: ledger.debtorId,
      channel: 'email',
      direction: 'outbound',
      templateId: 'builtin:overdue:es',
      step: 'overdue',
      invoiceIds: [ledger.invoiceId],
      subject: 'Factura F-12 vencida',
      at: '2026-03-20T09:30:00.000Z',
      mail: { host: 'outlook', messageId: 'cobro-send-1', threadId: 'conv-1' },
    });
  });

  it.each([
    ['a recipient on record', ['pagos@acme.es']],
    ['an address the debtor does not have on record', ['nueva@acme.es']],
  ])('to %s, a replay is a duplicate and the timeline keeps one event', async (_name, to) => {
    const ledger = await ledgerWithDebtor();
    expect((await logSentMail(ledger.client, sentTo(ledger, to))).kind).toBe('logged');
    expect(await logSentMail(ledger.client, sentTo(ledger, to))).toEqual({ kind: 'duplicate' });
    expect(await emailEvents(ledger)).toHaveLength(1);
  });

  it('stays one event whichever way each replay reaches the ledger', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), async (viaRecipient) => {
        const ledger = await ledgerWithDebtor();
        for (const onRecord of viaRecipient) {
          await logSentMail(ledger.client, sentTo(ledger, [onRecord ? 'pagos@acme.es' : 'otra@acme.es']));
        }
        expect(await emailEvents(ledger)).toHaveLength(1);
        ledger.db.close();
      }),
      { numRuns: 15 },
    );
  });

  it.each([
    ['to a recipient on record', ['pagos@acme.es']],
    ['to an address the debtor does not have on record', ['otra@acme.es']],
  ])('keeps the text that was sent, %s', async (_name, to) => {
    const ledger = await ledgerWithDebtor();
    const sentText = 'Hola,\nle recordamos la factura F-12.\n\n[quoted text left out]';
    expect((await logSentMail(ledger.client, { ...sentTo(ledger, to), sentText })).kind).toBe('logged');
    expect((await emailEvents(ledger))[0]?.sentText).toBe(sentText);
  });

  it('a deleted debtor is dropped, not retried', async () => {
    const ledger = await ledgerWithDebtor();
    must(await ledger.client.send('debtor-delete', { id: ledger.debtorId }));
    const result = await logSentMail(ledger.client, sentTo(ledger, ['pagos@acme.es']));
    expect(result).toMatchObject({ kind: 'dropped', error: { code: 'not-found' } });
  });

  it('an invoice deleted since the template was inserted does not lose the contact', async () => {
    const ledger = await ledgerWithDebtor();
    must(await ledger.client.send('invoice-delete', { id: ledger.invoiceId }));
    expect((await logSentMail(ledger.client, sentTo(ledger, ['otra@acme.es']))).kind).toBe('logged');
    const [event] = await emailEvents(ledger);
    expect(event?.invoiceIds).toEqual([]);
  });

  it('a closed database is worth retrying later', async () => {
    const ledger = await ledgerWithDebtor();
    ledger.db.close();
    const result = await logSentMail(ledger.client, sentTo(ledger, ['pagos@acme.es']));
    expect(result).toMatchObject({ kind: 'retry', error: { code: 'storage' } });
  });
});
