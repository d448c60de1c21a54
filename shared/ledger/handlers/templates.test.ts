import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../templates/library';
import { createTestLedger, must, mustFail, type TestLedger } from '../test-ledger';
import { dumpDb } from '../test-support';

const BUILTIN = 'builtin:overdue:es';

async function withDebtor(ledger: TestLedger = createTestLedger(), extra: Record<string, unknown> = {}) {
  const { debtor, invoice } = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres <b>López</b> & Hijos',
      emails: ['pagos@lopez.es'],
      locale: 'es-ES',
      ...extra,
      firstInvoice: { number: 'F-<1>', currency: 'EUR', amount: 121000, dueDate: '2026-02-01' },
    }),
  );
  return { ledger, debtor, invoice: invoice! };
}

describe('templates-list', () => {
  it('lists every built-in when nothing is stored', async () => {
    const ledger = createTestLedger();
    const items = must(await ledger.client.send('templates-list', {}));
    expect(items).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(items.every((i) => i.origin === 'builtin')).toBe(true);
  });

  it('merges: an edited built-in replaces it, custom ones are added, filters apply', async () => {
    const ledger = createTestLedger();
    const edited = must(await ledger.client.send('template-update', { id: BUILTIN, patch: { subject: 'Factura vencida' } }));
    const custom = must(await ledger.client.send('template-create', { name: 'Mío', purpose: 'overdue', locale: 'es', subject: 'Hola', body: 'Hola {debtorName}' }));
    const items = must(await ledger.client.send('templates-list', { purpose: 'overdue', locale: 'es' }));
    expect(items.map((i) => [i.template.id, i.origin])).toEqual([
      [edited.id, 'edited'],
      [custom.id, 'custom'],
    ]);
    expect(items[0]!.template).toMatchObject({ builtinId: BUILTIN, subject: 'Factura vencida' });
    expect(must(await ledger.client.send('templates-list', {}))).toHaveLength(BUILTIN_TEMPLATES.length + 1);
  });
});

describe('template-update and template-delete', () => {
  it('editing a built-in twice keeps one edit; deleting the edit restores the built-in', async () => {
    const ledger = createTestLedger();
    const first = must(await ledger.client.send('template-update', { id: BUILTIN, patch: { subject: 'Uno' } }));
    const second = must(await ledger.client.send('template-update', { id: BUILTIN, patch: { body: 'Dos {debtorName}' } }));
    expect(second).toMatchObject({ id: first.id, builtinId: BUILTIN, subject: 'Uno', body: 'Dos {debtorName}' });
    expect(await ledger.db.templates.count()).toBe(1);
    const deleted = must(await ledger.client.send('template-delete', { id: first.id }));
    expect(deleted.restored).toEqual(BUILTIN_TEMPLATES.find((t) => t.id === BUILTIN));
    const items = must(await ledger.client.send('templates-list', { purpose: 'overdue', locale: 'es' }));
    expect(items.map((i) => [i.template.id, i.origin])).toEqual([[BUILTIN, 'builtin']]);
  });

  it.each<[string, (l: TestLedger) => Promise<{ ok: boolean; error?: { code: string } }>, string]>([
    ['deleting a built-in', async (l: TestLedger) => l.client.send('template-delete', { id: BUILTIN }), 'conflict'],
    ['changing a built-in’s language', async (l: TestLedger) => l.client.send('template-update', { id: BUILTIN, patch: { locale: 'en' } }), 'conflict'],
    ['updating an unknown template', async (l: TestLedger) => l.client.send('template-update', { id: 'ghost', patch: { name: 'x' } }), 'not-found'],
    ['deleting an unknown template', async (l: TestLedger) => l.client.send('template-delete', { id: 'ghost' }), 'not-found'],
    ['an edit with a syntax error', async (l: TestLedger) => l.client.send('template-update', { id: BUILTIN, patch: { body: '{daysLate, plural, one {x}' } }), 'invalid-input'],
  ])('refuses %s', async (_label, run, code) => {
    const ledger = createTestLedger();
    const before = await dumpDb(ledger.db);
    const result = await run(ledger);
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe(code);
    expect(await dumpDb(ledger.db)).toEqual(before);
  });
});

describe('template-render', () => {
  it('renders for the debtor with every value escaped, plus tone findings', async () => {
    const { ledger, debtor } = await withDebtor();
    const rendered = must(await ledger.client.send('template-render', { templateId: BUILTIN, debtorId: debtor.id }));
    expect(rendered.html).toContain('Talleres &lt;b&gt;López&lt;/b&gt; &amp; Hijos');
    expect(rendered.html).toContain('F-&lt;1&gt;');
    expect(rendered.html).not.toContain('<b>');
    expect(rendered.text).toContain('Talleres <b>López</b> & Hijos');
    expect(rendered.text).toMatch(/1\.?210,00\s€/);
    expect(Array.isArray(rendered.findings)).toBe(true);
  });

  it('uses the user’s edit of a built-in', async () => {
    const { ledger, debtor } = await withDebtor();
    must(await ledger.client.send('template-update', { id: BUILTIN, patch: { subject: 'Aviso para {debtorName}' } }));
    const rendered = must(await ledger.client.send('template-render', { templateId: BUILTIN, debtorId: debtor.id }));
    expect(rendered.subject).toBe('Aviso para Talleres <b>López</b> & Hijos');
  });

  it.each([
    ['an unknown template', 'ghost', 'self', 'not-found'],
    ['an unknown debtor', BUILTIN, 'ghost', 'not-found'],
  ])('is %s → %s', async (_label, templateId, who, code) => {
    const { ledger, debtor } = await withDebtor();
    expect(mustFail(await ledger.client.send('template-render', { templateId, debtorId: who === 'self' ? debtor.id : who })).code).toBe(code);
  });
});

describe('templates-for-debtor', () => {
  it('puts the template for the next action first, in the debtor’s language, each rendered', async () => {
    const { ledger, debtor } = await withDebtor();
    const custom = must(await ledger.client.send('template-create', { name: 'Vencida', purpose: 'overdue', locale: 'es', subject: 'Vencida', body: 'Hola {contactName}' }));
    must(await ledger.client.send('template-create', { name: 'Overdue', purpose: 'overdue', locale: 'en', subject: 'Overdue', body: 'Hi {contactName}' }));
    const result = must(await ledger.client.send('templates-for-debtor', { debtorId: debtor.id }));
    // Never reminded, however late: the overdue reminder comes first.
    expect(result.recommended).toBe('overdue');
    expect(result.policy.allowed).toBe(true);
    expect(result.items.every((i) => i.template.locale === 'es')).toBe(true);
    expect(result.items.slice(0, 2).map((i) => i.template.id)).toEqual(['builtin:overdue:es', custom.id]);
    // Templates about a promise, a plan, a payment or a call cannot be filled in for a debtor who has none.
    const failed = result.items.filter((i) => !i.rendered.ok).map((i) => [i.template.purpose, !i.rendered.ok && i.rendered.error.code]);
    expect(failed).toEqual([
      ['promise-confirmation', 'missing-value'],
      ['promise-broken', 'missing-value'],
      ['installment-reminder', 'missing-value'],
      ['installment-missed', 'missing-value'],
      ['thank-you', 'missing-value'],
      ['call-follow-up', 'missing-value'],
    ]);
    expect(result.items).toHaveLength(BUILTIN_TEMPLATES.length / 2 + 1);
  });

  it('names, with each template, the invoices its text is about', async () => {
    const { ledger, debtor, invoice } = await withDebtor();
    const paidOff = must(await ledger.client.send('invoice-create', { debtorId: debtor.id, number: 'F-PAID', currency: 'EUR', amount: 1000, dueDate: '2026-01-10' }));
    must(await ledger.client.send('payment-record', { debtorId: debtor.id, currency: 'EUR', amount: 1000, date: '2026-01-15', invoiceIds: [paidOff.id] }));
    const result = must(await ledger.client.send('templates-for-debtor', { debtorId: debtor.id }));
    const byPurpose = new Map(result.items.map((i) => [i.template.purpose, i.invoiceIds]));
    expect(byPurpose.get('call')).toEqual([invoice.id]);
    expect(byPurpose.get('overdue')).toEqual([invoice.id]);
    // Thanks are for what the latest payment paid; every other message names only what is owed.
    expect(byPurpose.get('thank-you')).toEqual([paidOff.id]);
    expect(result.items.every((i) => i.template.purpose === 'thank-you' || !i.invoiceIds.includes(paidOff.id))).toBe(true);
  });

  it('honours an explicit language', async () => {
    const { ledger, debtor } = await withDebtor();
    const result = must(await ledger.client.send('templates-for-debtor', { debtorId: debtor.id, locale: 'en' }));
    expect(result.items[0]!.template.id).toBe('builtin:overdue:en');
    expect(result.items.every((i) => i.template.locale === 'en')).toBe(true);
  });

  it('fills promise and plan templates from the debtor’s own promise and plan', async () => {
    const { ledger, debtor, invoice } = await withDebtor();
    must(await ledger.client.send('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 50000, date: '2026-03-09' }));
    must(await ledger.client.send('plan-create', { debtorId: debtor.id, invoiceIds: [invoice.id], installments: [{ dueDate: '2026-03-10', amount: 121000 }] }));
    const result = must(await ledger.client.send('templates-for-debtor', { debtorId: debtor.id }));
    const byPurpose = new Map(result.items.map((i) => [i.template.purpose, i.rendered]));
    const confirmation = byPurpose.get('promise-confirmation');
    expect(confirmation?.ok && confirmation.text).toMatch(/500,00\s€/);
    const reminder = byPurpose.get('installment-reminder');
    expect(reminder?.ok && reminder.text).toMatch(/1\.?210,00\s€/);
  });

  it('says "despite our reminders" only once the contact log holds one', async () => {
    const { ledger, debtor, invoice } = await withDebtor();
    const firmText = async () => {
      const result = must(await ledger.client.send('templates-for-debtor', { debtorId: debtor.id }));
      const firm = result.items.find((i) => i.template.id === 'builtin:firm:es')?.rendered;
      if (!firm?.ok) throw new Error('the firm reminder should render');
      return firm.text;
    };
    const never = await firmText();
    expect(never).not.toMatch(/A pesar de|recordatorios? anterior/);
    expect(never).toContain('Le escribimos porque la factura F-<1> sigue sin pagarse.');
    must(
      await ledger.client.send('event-log', {
        debtorId: debtor.id,
        kind: 'email',
        channel: 'email',
        direction: 'outbound',
        step: 'overdue',
        invoiceIds: [invoice.id],
        at: '2026-02-09T10:00:00.000Z',
      }),
    );
    expect(await firmText()).toContain('A pesar de nuestro recordatorio anterior, la factura F-<1> sigue sin pagarse.');
  });

  it('follows up a call with its date and the promise made in it', async () => {
    const { ledger, debtor } = await withDebtor();
    must(
      await ledger.client.send('event-log', {
        debtorId: debtor.id,
        kind: 'call',
        channel: 'phone',
        direction: 'outbound',
        outcome: 'reached',
        at: '2026-02-27T10:00:00.000Z',
      }),
    );
    must(await ledger.client.send('promise-record', { debtorId: debtor.id, currency: 'EUR', amount: 50000, date: '2026-03-09' }));
    const result = must(await ledger.client.send('templates-for-debtor', { debtorId: debtor.id }));
    const followUp = result.items.find((i) => i.template.id === 'builtin:call-follow-up:es')?.rendered;
    if (!followUp?.ok) throw new Error('the call follow-up should render');
    expect(followUp.subject).toBe('Seguimiento de nuestra conversación del 27 de febrero de 2026');
    expect(followUp.text).toMatch(/Tal como acordamos, usted pagará 500,00\s€ como muy tarde el 9 de marzo de 2026\./);
    expect(followUp.text).not.toContain('a plazos, en estas fechas');
  });
});
