import { describe, expect, it } from 'vitest';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { PendingComposeFields } from '../messaging/compose-opened';
import { followupCompose, recommendedTemplate } from './followup-compose';

describe('followupCompose', () => {
  it('opens a compose to the debtor with the recommended template filled in, in their language, and notes the template', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    must(await ledger.client.send('demo-load', {}));
    const followups = must(await ledger.client.send('followups-today', {}));
    const overdue = followups.find((f) => f.debtor.id === 'demo-overdue');
    expect(overdue?.status.nextAction?.purpose).toBe('overdue');

    const { url: address, pending } = await followupCompose(ledger.client, overdue!.debtor);
    const url = new URL(address);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('administracion@reformascastillo.example');
    const body = url.searchParams.get('body') ?? '';
    // The overdue reminder names the invoice and the amount, written for a Spanish debtor.
    expect(body).toContain('F-2026-');
    expect(body).toContain('2420,00');
    const subject = url.searchParams.get('su') ?? '';
    expect(subject).not.toBe('');

    // The send of this compose is to be logged with the template the body came from.
    const templates = must(await ledger.client.send('templates-for-debtor', { debtorId: 'demo-overdue' }));
    const recommended = templates.items[0]!;
    expect(recommended.template.purpose).toBe('overdue');
    expect(pending).toEqual({
      debtorId: 'demo-overdue',
      templateId: recommended.template.id,
      step: 'overdue',
      invoiceIds: recommended.invoiceIds,
      subject,
      to: ['administracion@reformascastillo.example'],
    });
    expect(pending?.invoiceIds.length).toBeGreaterThan(0);
    // What the popup sends is what the background accepts.
    expect(PendingComposeFields.safeParse(pending).success).toBe(true);
  });

  it('opens an empty compose, with nothing to note, when nothing is recommended', async () => {
    const ledger = createTestLedger();
    const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
    const { url: address, pending } = await followupCompose(ledger.client, debtor);
    const url = new URL(address);
    expect(url.searchParams.get('to')).toBe('ana@x.es');
    expect(url.searchParams.has('body')).toBe(false);
    expect(pending).toBeNull();
  });

  it('notes nothing for a debtor without an address: no send could be recognised as theirs', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    const { debtor } = must(
      await ledger.client.send('debtor-create', {
        name: 'Sin correo',
        firstInvoice: { number: 'F-9', currency: 'EUR', amount: 5000, dueDate: '2026-02-01' },
      }),
    );
    const { url: address, pending } = await followupCompose(ledger.client, debtor);
    expect(new URL(address).searchParams.get('body')).toContain('F-9');
    expect(pending).toBeNull();
  });
});

describe('recommendedTemplate', () => {
  it.each<[string, unknown, string | null]>([
    ['nothing recommended', { recommended: null, items: [] }, null],
    [
      'the first rendered template of the recommended step',
      {
        recommended: 'call',
        items: [
          { template: { id: 't-due', purpose: 'due' }, rendered: { ok: true, subject: 'a', text: 'a' }, invoiceIds: [] },
          { template: { id: 't-call-broken', purpose: 'call' }, rendered: { ok: false, error: { code: 'x' } }, invoiceIds: [] },
          { template: { id: 't-call', purpose: 'call' }, rendered: { ok: true, subject: 's', text: 't' }, invoiceIds: ['i1'] },
        ],
      },
      't-call',
    ],
    [
      'no template of that step rendered',
      { recommended: 'firm', items: [{ template: { id: 't-firm', purpose: 'firm' }, rendered: { ok: false, error: { code: 'x' } }, invoiceIds: [] }] },
      null,
    ],
  ])('%s', (_label, templates, expected) => {
    expect(recommendedTemplate(templates as never)?.templateId ?? null).toBe(expected);
  });
});
