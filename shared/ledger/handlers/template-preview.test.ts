import { describe, expect, it } from 'vitest';
import { createTestLedger, must, mustFail } from '../test-ledger';
import { dumpDb } from '../test-support';

const NOW = '2026-03-02T10:00:00.000Z';

describe('template-preview', () => {
  it('renders an unsaved draft for a real debtor, with their invoices', async () => {
    const ledger = createTestLedger(NOW);
    must(await ledger.client.send('demo-load', {}));
    const before = await dumpDb(ledger.db);
    const preview = must(
      await ledger.client.send('template-preview', {
        debtorId: 'demo-formal',
        purpose: 'overdue',
        locale: 'es',
        subject: 'Factura pendiente, {debtorName}',
        body: 'Hola {contactName}:\n\nQueda pendiente {totalOwed}.',
      }),
    );
    expect(preview.ok).toBe(true);
    if (preview.ok) {
      const card = must(await ledger.client.send('debtor-get', { id: 'demo-formal' }));
      expect(preview.subject).toBe(`Factura pendiente, ${card.debtor.name}`);
      expect(preview.text).toContain('Queda pendiente');
    }
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('renders for a sample debtor when none is chosen', async () => {
    const ledger = createTestLedger(NOW);
    const preview = must(await ledger.client.send('template-preview', { purpose: 'due', locale: 'en', subject: 'Hi {debtorName}', body: 'You owe {totalOwed}.' }));
    expect(preview.ok && preview.subject.startsWith('Hi ')).toBe(true);
  });

  it('shows on the sample what Settings still lacks, instead of filling it in', async () => {
    const ledger = createTestLedger(NOW);
    const preview = must(
      await ledger.client.send('template-preview', {
        purpose: 'overdue',
        locale: 'en',
        subject: 'From {businessName}',
        body: 'Pay with:\n{paymentMethods}\n\nKind regards,\n{signature}',
      }),
    );
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.subject).toBe('From [your business name]');
    expect(preview.text).toBe('Pay with:\n- [add a payment method in Cobro’s settings]\n\nKind regards,\n[your business name]');
  });

  it('previews the sample debtor with the user’s own business, signature and ways to pay', async () => {
    const ledger = createTestLedger(NOW);
    must(
      await ledger.client.send('settings-set', {
        patch: {
          business: { name: 'Carpintería Olmo' },
          signature: 'Jaime Olmo',
          paymentMethods: [{ kind: 'iban', label: 'Transferencia', value: 'ES7921000813610123456789' }],
        },
      }),
    );
    const preview = must(
      await ledger.client.send('template-preview', { purpose: 'due', locale: 'es', subject: 'Hola {debtorName}', body: '{paymentMethods}\n\n{signature}' }),
    );
    if (!preview.ok) throw new Error('the draft should render');
    expect(preview.subject).toBe('Hola Talleres Ruiz S.L.');
    expect(preview.text).toContain('ES79 2100 0813 6101 2345 6789');
    expect(preview.text).toContain('Jaime Olmo');
    expect(preview.text).not.toContain('Estudio Lumen');
  });

  it('does not fill an empty profile with an invented business', async () => {
    const ledger = createTestLedger(NOW);
    const preview = must(await ledger.client.send('template-preview', { purpose: 'due', locale: 'es', subject: 'x', body: '{businessName} {signature} {paymentMethods}' }));
    if (!preview.ok) throw new Error('the draft should render');
    expect(preview.text).not.toMatch(/Lumen|ES91/);
  });

  it.each([
    ['a threat in a friendly step', 'courtesy', 'Pague o llamaremos a un abogado. {totalOwed} {paymentMethods}', 'threat-in-friendly-step'],
    ['no deadline in the firm step', 'firm', 'Debe {totalOwed}. {paymentMethods}', 'missing-deadline'],
    ['an unknown variable', 'due', 'Hola {nadie}', 'unknown-variable'],
  ])('reports the tone check’s findings: %s', async (_what, purpose, body, code) => {
    const ledger = createTestLedger(NOW);
    const preview = must(
      await ledger.client.send('template-preview', { purpose: purpose as 'due', locale: 'es', subject: 'Aviso', body, uiLocale: 'en' }),
    );
    expect(preview.findings.map((finding) => finding.code)).toContain(code);
  });

  it('says what is wrong with a draft that cannot render, instead of failing', async () => {
    const ledger = createTestLedger(NOW);
    const preview = must(await ledger.client.send('template-preview', { purpose: 'due', locale: 'es', subject: '', body: 'Hola {debtorName' }));
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.error.code).toBe('syntax');
  });

  it('refuses an unknown debtor', async () => {
    const ledger = createTestLedger(NOW);
    const error = mustFail(await ledger.client.send('template-preview', { debtorId: 'nobody', purpose: 'due', locale: 'es', subject: '', body: 'x' }));
    expect(error.code).toBe('not-found');
  });
});
