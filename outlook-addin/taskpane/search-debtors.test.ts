import { describe, expect, it } from 'vitest';
import type { LedgerClient } from '../../shared/ledger/client';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { LedgerCallError, searchDebtors } from './search-debtors';

describe('searching debtors from the pane', () => {
  it('answers with the ledger’s hits', async () => {
    const ledger = createTestLedger();
    must(await ledger.client.send('debtor-create', { name: 'Talleres Ruiz', emails: ['pagos@ruiz.example'] }));
    const hits = await searchDebtors(ledger.client)('talle');
    expect(hits.map((hit) => hit.debtor.name)).toEqual(['Talleres Ruiz']);
  });

  it('rejects with the handler’s error code when the ledger refuses', async () => {
    const refusing: LedgerClient = { send: async () => ({ ok: false, error: { code: 'storage', message: 'disk full' } }) };
    const error = await searchDebtors(refusing)('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerCallError);
    expect(error).toMatchObject({ code: 'storage', message: 'disk full' });
  });
});
