import { describe, expect, it } from 'vitest';
import { loadDebtorRecords, loadDebtorRecordsBetween } from './debtor-records';
import { FOLLOW_UP_UNKNOWN } from './db';
import { followUpDay } from './follow-up';
import { FOLLOW_UP_TABLES, refreshAllFollowUps, refreshFollowUps } from './follow-up-refresh';
import { generateLedger, loadLedger } from './sample-ledger';
import { DEFAULT_SETTINGS } from './schema';
import { createTestLedger, must, type TestLedger } from './test-ledger';

// 2 March 2026, 11:00 in Madrid. Ana's F-1 fell due on 20 February: ten days late, the
// overdue reminder (day 7) is due today; once it is sent, the call comes on day 14 (6 March) but
// not before the minimum gap of a week since that reminder: 9 March.
const NOW = '2026-03-02T10:00:00.000Z';

async function ana(ledger: TestLedger) {
  const { debtor, invoice } = must(
    await ledger.client.send('debtor-create', {
      name: 'Ana',
      emails: ['ana@x.es'],
      firstInvoice: { number: 'F-1', currency: 'EUR', amount: 10_000, dueDate: '2026-02-20' },
    }),
  );
  return { debtorId: debtor.id, invoiceId: invoice!.id };
}

type Ana = Awaited<ReturnType<typeof ana>>;
type Step = (ledger: TestLedger, ids: Ana) => Promise<unknown>;

const overdueSent: Step = (ledger, { debtorId }) =>
  ledger.client.send('event-log', { debtorId, kind: 'email', channel: 'email', direction: 'outbound', step: 'overdue' });
const paused: Step = (ledger, { debtorId }) => ledger.client.send('debtor-pause', { id: debtorId, reason: 'away', until: '2026-03-10' });
const promised: Step = (ledger, { debtorId }) => ledger.client.send('promise-record', { debtorId, currency: 'EUR', amount: 10_000, date: '2026-03-05' });
const planned: Step = (ledger, { debtorId, invoiceId }) =>
  ledger.client.send('plan-create', { debtorId, invoiceIds: [invoiceId], installments: [{ dueDate: '2026-03-20', amount: 10_000 }] });
const disputed: Step = (ledger, { debtorId }) => ledger.client.send('invoice-dispute', { debtorId, reason: 'not ordered' });

describe('every write stores the follow-up day its records give', () => {
  it.each<[string, Step[], Step, string | null]>([
    ['debtor-create: the overdue reminder is due today', [], async () => {}, '2026-03-02'],
    ['event-log: once the reminder is sent, the call a week later', [], overdueSent, '2026-03-09'],
    [
      'mail-sent with the overdue template: the same',
      [],
      (ledger) => ledger.client.send('mail-sent', { host: 'gmail', to: ['ana@x.es'], messageId: 'm1', templateId: 'builtin:overdue:es' }),
      '2026-03-09',
    ],
    ['debtor-pause through 10 March: the day after', [], paused, '2026-03-11'],
    ['debtor-resume: due again today', [paused], (ledger, { debtorId }) => ledger.client.send('debtor-resume', { id: debtorId }), '2026-03-02'],
    [
      'debtor-update to do-not-contact: never',
      [],
      (ledger, { debtorId }) => ledger.client.send('debtor-update', { id: debtorId, patch: { doNotContact: true } }),
      null,
    ],
    ['promise-record for 5 March: the day after', [], promised, '2026-03-06'],
    [
      'promise-cancel: due again today',
      [promised],
      async (ledger, { debtorId }) => {
        const [promise] = await ledger.db.promises.where('debtorId').equals(debtorId).toArray();
        return ledger.client.send('promise-cancel', { id: promise!.id });
      },
      '2026-03-02',
    ],
    ['plan-create, one installment on 20 March: its reminder three days before', [], planned, '2026-03-17'],
    [
      'plan-cancel: due again today',
      [planned],
      async (ledger, { debtorId }) => {
        const [plan] = await ledger.db.plans.where('debtorId').equals(debtorId).toArray();
        return ledger.client.send('plan-cancel', { id: plan!.id });
      },
      '2026-03-02',
    ],
    [
      'payment-record in full, dated 5 March: the thank-you that day',
      [],
      (ledger, { debtorId }) => ledger.client.send('payment-record', { debtorId, currency: 'EUR', amount: 10_000, date: '2026-03-05' }),
      '2026-03-05',
    ],
    [
      'invoice-create for a debtor owing nothing else: the courtesy reminder',
      [(ledger, { invoiceId }) => ledger.client.send('invoice-update', { id: invoiceId, patch: { status: 'void' } })],
      (ledger, { debtorId }) => ledger.client.send('invoice-create', { debtorId, number: 'F-2', currency: 'EUR', amount: 500, dueDate: '2026-03-20' }),
      '2026-03-17',
    ],
    [
      'invoice-update of the due date to 30 March: the courtesy reminder',
      [],
      (ledger, { invoiceId }) => ledger.client.send('invoice-update', { id: invoiceId, patch: { dueDate: '2026-03-30' } }),
      '2026-03-27',
    ],
    ['invoice-delete: nothing owed, never', [], (ledger, { invoiceId }) => ledger.client.send('invoice-delete', { id: invoiceId }), null],
    ['invoice-dispute: answer the dispute today', [overdueSent], disputed, '2026-03-02'],
    ['dispute-resolve: back to the call on 9 March', [overdueSent, disputed], (ledger, { debtorId }) => ledger.client.send('dispute-resolve', { debtorId }), '2026-03-09'],
    [
      'settings-set with the call on day 12 and a two-day gap: 4 March',
      [overdueSent],
      (ledger) =>
        ledger.client.send('settings-set', { patch: { ladderDays: { ...DEFAULT_SETTINGS.ladderDays, call: 12 }, minContactGapDays: 2 } }),
      '2026-03-04',
    ],
    [
      'settings-set with a three-day gap: the call on its day, 6 March',
      [overdueSent],
      (ledger) => ledger.client.send('settings-set', { patch: { minContactGapDays: 3 } }),
      '2026-03-06',
    ],
  ])('%s', async (_label, before, action, expected) => {
    const ledger = createTestLedger(NOW);
    const ids = await ana(ledger);
    for (const step of before) must((await step(ledger, ids)) as never);
    const result = await action(ledger, ids);
    if (result !== undefined) must(result as never);
    const row = await ledger.db.debtors.get(ids.debtorId);
    expect(row?.followUpOn).toBe(expected);
    // And it is what working it out again from the stored records gives.
    const settings = must(await ledger.client.send('settings-get', {}));
    expect(followUpDay(row!, await loadDebtorRecords(ledger.db, ids.debtorId), settings, ledger.ctx.now())).toBe(expected);
    ledger.db.close();
  });

  it('settings-set leaves the rows alone when no setting the dates depend on changed', async () => {
    const ledger = createTestLedger(NOW);
    const { debtorId } = await ana(ledger);
    await ledger.db.debtors.update(debtorId, { followUpOn: FOLLOW_UP_UNKNOWN });
    must(await ledger.client.send('settings-set', { patch: { signature: 'Ana', contactPolicy: { preset: 'ecuador' } } }));
    expect((await ledger.db.debtors.get(debtorId))?.followUpOn).toBe(FOLLOW_UP_UNKNOWN);
    must(await ledger.client.send('settings-set', { patch: { resendIntervalDays: 14 } }));
    expect((await ledger.db.debtors.get(debtorId))?.followUpOn).toBe('2026-03-02');
    ledger.db.close();
  });

  it('a refused write leaves the follow-up day as it was', async () => {
    const ledger = createTestLedger(NOW);
    const { debtorId } = await ana(ledger);
    await ledger.db.debtors.update(debtorId, { followUpOn: '2026-01-01' });
    const result = await ledger.client.send('payment-record', { debtorId, currency: 'EUR', amount: 99_999, date: '2026-03-02' });
    expect(result.ok).toBe(false);
    expect((await ledger.db.debtors.get(debtorId))?.followUpOn).toBe('2026-01-01');
    ledger.db.close();
  });

  it('the debtor the UI receives does not carry the follow-up day', async () => {
    const ledger = createTestLedger(NOW);
    const { debtorId } = await ana(ledger);
    const card = must(await ledger.client.send('debtor-get', { id: debtorId }));
    expect(card.debtor).not.toHaveProperty('followUpOn');
    expect(card.debtor).not.toHaveProperty('nameKeys');
    ledger.db.close();
  });
});

describe('followups-today', () => {
  it('trusts the stored day: a debtor whose day has not come on their own calendar is not read', async () => {
    const ledger = createTestLedger(NOW);
    const { debtorId } = await ana(ledger);
    const { debtor: kiritimati } = must(
      await ledger.client.send('debtor-create', {
        name: 'Teraaki',
        timeZone: 'Pacific/Kiritimati',
        firstInvoice: { number: 'K-1', currency: 'USD', amount: 900, dueDate: '2026-02-20' },
      }),
    );
    const listed = async () => must(await ledger.client.send('followups-today', {})).map((f) => f.debtor.id);
    expect(await listed()).toEqual([debtorId, kiritimati.id]);
    // At 10:00 UTC it is 3 March in Kiritimati (UTC+14) but still 2 March in Madrid: a stored
    // 3 March lets the first in and keeps Ana out, though her records say she is due.
    await ledger.db.debtors.update(debtorId, { followUpOn: '2026-03-03' });
    expect((await ledger.db.debtors.get(kiritimati.id))?.followUpOn).toBe('2026-03-03');
    expect(await listed()).toEqual([kiritimati.id]);
    await ledger.db.debtors.update(debtorId, { followUpOn: null });
    expect(await listed()).toEqual([kiritimati.id]);
    ledger.db.close();
  });
});

describe('refreshFollowUps and refreshAllFollowUps', () => {
  const now = new Date(NOW);
  const data = generateLedger({ debtors: 40, invoicesPerDebtor: 5, eventsPerDebtor: 6, seed: 3, now });

  it('reading a run of debtors at once gives each the records read one by one', async () => {
    const ledger = createTestLedger(NOW);
    await loadLedger(ledger.db, data, { now });
    const ids = (await ledger.db.debtors.toCollection().primaryKeys()).sort();
    const run = await loadDebtorRecordsBetween(ledger.db, ids[5]!, ids[30]!);
    expect([...run.keys()].sort()).toEqual(ids.slice(5, 31).filter((id) => data.invoices.some((i) => i.debtorId === id) || data.events.some((e) => e.debtorId === id)));
    for (const id of ids.slice(5, 31)) {
      const one = await loadDebtorRecords(ledger.db, id);
      const inRun = run.get(id);
      if (!inRun) continue;
      expect(inRun.events).toEqual(one.events);
      for (const table of ['invoices', 'payments', 'promises', 'plans'] as const) {
        expect([...inRun[table]].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...one[table]].sort((a, b) => a.id.localeCompare(b.id)));
      }
    }
    ledger.db.close();
  });

  it('both work out the days loadLedger stored, for one debtor or all of them', async () => {
    const ledger = createTestLedger(NOW);
    await loadLedger(ledger.db, data, { now });
    const stored = await ledger.db.debtors.toArray();
    await ledger.db.debtors.toCollection().modify({ followUpOn: FOLLOW_UP_UNKNOWN });
    await ledger.db.transaction('rw', FOLLOW_UP_TABLES, () =>
      refreshFollowUps(ledger.db, [stored[0]!.id, stored[1]!.id, 'no-such-debtor'], now),
    );
    const [first, second, third] = await ledger.db.debtors.bulkGet(stored.slice(0, 3).map((row) => row.id));
    expect([first?.followUpOn, second?.followUpOn, third?.followUpOn]).toEqual([stored[0]!.followUpOn, stored[1]!.followUpOn, FOLLOW_UP_UNKNOWN]);
    await refreshAllFollowUps(ledger.db, DEFAULT_SETTINGS, now);
    expect(await ledger.db.debtors.toArray()).toEqual(stored);
    ledger.db.close();
  });
});
