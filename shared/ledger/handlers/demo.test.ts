import { describe, expect, it } from 'vitest';
import { DEMO_SITUATIONS } from '../demo-ledger';
import { createTestLedger, must, mustFail } from '../test-ledger';
import { dumpDb } from '../test-support';

describe('demo-load', () => {
  it('fills an empty ledger with one debtor per demo situation, dated from the handler clock', async () => {
    const ledger = createTestLedger('2026-07-16T10:00:00.000Z');
    expect(must(await ledger.client.send('demo-load', {}))).toEqual({ loaded: true, debtors: Object.keys(DEMO_SITUATIONS).length });
    const ids = (await ledger.db.debtors.toArray()).map((d) => d.id).sort();
    expect(ids).toEqual(Object.keys(DEMO_SITUATIONS).sort());
    // Dated from "now": the not-yet-due debtor's invoice falls due 12 days after the clock's day.
    expect((await ledger.db.invoices.get('demo-not-due-invoice'))?.dueDate).toBe('2026-07-28');
    const followups = must(await ledger.client.send('followups-today', {}));
    expect(followups.length).toBeGreaterThan(0);
  });

  it.each([
    ['a ledger that already has a debtor', true],
    ['a ledger already holding the demo', false],
  ])('leaves %s untouched', async (_label, ownDebtor) => {
    const ledger = createTestLedger();
    if (ownDebtor) must(await ledger.client.send('debtor-create', { name: 'Ana', emails: ['ana@x.es'] }));
    else must(await ledger.client.send('demo-load', {}));
    const before = await dumpDb(ledger.db);
    expect(must(await ledger.client.send('demo-load', {}))).toEqual({ loaded: false, debtors: 0 });
    expect(await dumpDb(ledger.db)).toEqual(before);
  });

  it('refuses any input field', async () => {
    const ledger = createTestLedger();
    const error = mustFail(await ledger.client.send('demo-load', { size: 5 } as never));
    expect(error.code).toBe('invalid-input');
    expect(await ledger.db.debtors.count()).toBe(0);
  });
});
