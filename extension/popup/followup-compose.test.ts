import { describe, expect, it } from 'vitest';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { composeUrlFor } from './followup-compose';

describe('composeUrlFor', () => {
  it('opens a compose to the debtor with the recommended template filled in, in their language', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    must(await ledger.client.send('demo-load', {}));
    const followups = must(await ledger.client.send('followups-today', {}));
    const overdue = followups.find((f) => f.debtor.id === 'demo-overdue');
    expect(overdue?.status.nextAction?.purpose).toBe('overdue');

    const url = new URL(await composeUrlFor(ledger.client, overdue!.debtor));
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('administracion@reformascastillo.example');
    const body = url.searchParams.get('body') ?? '';
    // The overdue reminder names the invoice and the amount, written for a Spanish debtor.
    expect(body).toContain('F-2026-');
    expect(body).toContain('2420,00');
    expect(url.searchParams.get('su')).not.toBe('');
  });

  it('opens an empty compose when nothing is recommended', async () => {
    const ledger = createTestLedger();
    const { debtor } = must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
    const url = new URL(await composeUrlFor(ledger.client, debtor));
    expect(url.searchParams.get('to')).toBe('ana@x.es');
    expect(url.searchParams.has('body')).toBe(false);
  });
});
