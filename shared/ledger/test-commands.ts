// Random sequences of handler calls for property tests over the ledger: whatever the handlers do,
// in any order and however much later, what is derived and stored must equal what the records
// say. Test support only.
import fc from 'fast-check';
import { addDays, dateIn } from '../dates';
import { LADDER_STEPS, SIDE_TRACKS, type LadderDays, type TemplatePurpose } from './schema';
import { createTestLedger, must, type TestLedger } from './test-ledger';

export const START = '2026-03-02T10:00:00.000Z';
export const HOUR = 3_600_000;
export const ZONES = ['Europe/Madrid', 'America/Mexico_City', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
export const STEPS: TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];
export const LADDERS: LadderDays[] = [
  { courtesy: -3, due: 0, overdue: 7, call: 14, firm: 30, formal: 45, agency: 60, legal: 90 },
  { courtesy: -10, due: -1, overdue: 3, call: 5, firm: 10, formal: 20, agency: 25, legal: 40 },
];

const pick = fc.nat({ max: 30 });
const dayOffset = (min: number, max: number) => fc.integer({ min, max });

export const newDebtor = fc.record({ op: fc.constant('debtor-create' as const), zone: fc.constantFrom(...ZONES), due: fc.option(dayOffset(-60, 30)) });
const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 3 });

export const command = fc.oneof(
  newDebtor,
  often(fc.record({ op: fc.constant('invoice-create' as const), debtor: pick, due: dayOffset(-90, 40), usd: fc.boolean() })),
  often(fc.record({ op: fc.constant('payment-record' as const), debtor: pick, share: fc.integer({ min: 10, max: 100 }), date: dayOffset(-10, 10) })),
  often(fc.record({ op: fc.constant('promise-record' as const), debtor: pick, date: dayOffset(-3, 20) })),
  fc.record({ op: fc.constant('promise-cancel' as const), promise: pick }),
  often(fc.record({ op: fc.constant('plan-create' as const), debtor: pick, installments: fc.uniqueArray(dayOffset(-10, 60), { minLength: 1, maxLength: 3 }) })),
  fc.record({ op: fc.constant('plan-cancel' as const), plan: pick }),
  fc.record({ op: fc.constant('debtor-pause' as const), debtor: pick, until: fc.option(dayOffset(0, 20)) }),
  fc.record({ op: fc.constant('debtor-resume' as const), debtor: pick }),
  fc.record({ op: fc.constant('debtor-update' as const), debtor: pick, doNotContact: fc.boolean(), zone: fc.constantFrom(...ZONES) }),
  often(fc.record({ op: fc.constant('event-log' as const), debtor: pick, step: fc.constantFrom(...STEPS), call: fc.boolean(), hoursAgo: fc.integer({ min: 0, max: 200 }) })),
  often(fc.record({ op: fc.constant('mail-sent' as const), debtor: pick, step: fc.constantFrom(...STEPS) })),
  fc.record({ op: fc.constant('invoice-dispute' as const), debtor: pick }),
  fc.record({ op: fc.constant('dispute-resolve' as const), debtor: pick }),
  fc.record({ op: fc.constant('invoice-update' as const), invoice: pick, due: fc.option(dayOffset(-60, 30)), void: fc.boolean() }),
  fc.record({ op: fc.constant('invoice-delete' as const), invoice: pick }),
  fc.record({
    op: fc.constant('settings-set' as const),
    ladder: fc.constantFrom(...LADDERS),
    resendIntervalDays: fc.constantFrom(5, 30),
    installmentReminderDays: fc.constantFrom(0, 3, 10),
  }),
  often(fc.record({ op: fc.constant('time-passes' as const), hours: fc.integer({ min: 1, max: 24 * 20 }) })),
);
export type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

/** Runs one command; references are indexes into what exists (modulo), and refusals are fine. */
export async function run(ledger: TestLedger, clock: { ms: number }, cmd: Command, made: { promises: string[]; plans: string[] }) {
  const { client, db } = ledger;
  const today = () => dateIn('Europe/Madrid', new Date(clock.ms));
  const nth = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);
  const debtorIds = await db.debtors.toCollection().primaryKeys();
  const invoiceIds = await db.invoices.toCollection().primaryKeys();
  const debtorOf = (index: number) => nth(debtorIds, index);
  switch (cmd.op) {
    case 'debtor-create': {
      const n = debtorIds.length;
      const firstInvoice = cmd.due === null ? {} : { firstInvoice: { number: 'F-1', currency: 'EUR', amount: 10_000, dueDate: addDays(today(), cmd.due) } };
      await client.send('debtor-create', { name: `Debtor ${n}`, emails: [`d${n}@x.es`], timeZone: cmd.zone, ...firstInvoice });
      return;
    }
    case 'invoice-create': {
      const debtorId = debtorOf(cmd.debtor);
      if (!debtorId) return;
      const number = `F-${invoiceIds.length + 2}`;
      await client.send('invoice-create', { debtorId, number, currency: cmd.usd ? 'USD' : 'EUR', amount: 5_000, dueDate: addDays(today(), cmd.due) });
      return;
    }
    case 'payment-record': {
      const debtorId = debtorOf(cmd.debtor);
      if (!debtorId) return;
      const open = (await db.invoices.where('debtorId').equals(debtorId).toArray()).filter((i) => i.status === 'open' && i.currency === 'EUR');
      const owed = open.reduce((sum, i) => sum + i.amount - i.paid, 0);
      if (owed === 0) return;
      const amount = Math.max(1, Math.floor((owed * cmd.share) / 100));
      await client.send('payment-record', { debtorId, currency: 'EUR', amount, date: addDays(today(), cmd.date) });
      return;
    }
    case 'promise-record': {
      const debtorId = debtorOf(cmd.debtor);
      if (!debtorId) return;
      const result = await client.send('promise-record', { debtorId, currency: 'EUR', amount: 1_000, date: addDays(today(), cmd.date) });
      if (result.ok) made.promises.push(result.value.promise.id);
      return;
    }
    case 'promise-cancel': {
      const id = nth(made.promises, cmd.promise);
      if (id) await client.send('promise-cancel', { id });
      return;
    }
    case 'plan-create': {
      const debtorId = debtorOf(cmd.debtor);
      if (!debtorId) return;
      const open = (await db.invoices.where('debtorId').equals(debtorId).toArray()).filter((i) => i.status === 'open' && i.currency === 'EUR');
      const owed = open.reduce((sum, i) => sum + i.amount - i.paid, 0);
      const days = [...cmd.installments].sort((a, b) => a - b);
      if (open.length === 0 || owed < days.length) return;
      const share = Math.floor(owed / days.length);
      const installments = days.map((day, index) => ({
        dueDate: addDays(today(), day),
        amount: index === days.length - 1 ? owed - share * (days.length - 1) : share,
      }));
      const result = await client.send('plan-create', { debtorId, invoiceIds: open.map((i) => i.id), installments });
      if (result.ok) made.plans.push(result.value.plan.id);
      return;
    }
    case 'plan-cancel': {
      const id = nth(made.plans, cmd.plan);
      if (id) await client.send('plan-cancel', { id });
      return;
    }
    case 'debtor-pause': {
      const id = debtorOf(cmd.debtor);
      if (id) await client.send('debtor-pause', { id, reason: 'away', until: cmd.until === null ? null : addDays(today(), cmd.until) });
      return;
    }
    case 'debtor-resume': {
      const id = debtorOf(cmd.debtor);
      if (id) await client.send('debtor-resume', { id });
      return;
    }
    case 'debtor-update': {
      const id = debtorOf(cmd.debtor);
      if (id) await client.send('debtor-update', { id, patch: { doNotContact: cmd.doNotContact, timeZone: cmd.zone } });
      return;
    }
    case 'event-log': {
      const debtorId = debtorOf(cmd.debtor);
      if (!debtorId) return;
      const at = new Date(clock.ms - cmd.hoursAgo * HOUR).toISOString();
      await client.send(
        'event-log',
        cmd.call
          ? { debtorId, kind: 'call', channel: 'phone', direction: 'outbound', step: cmd.step, outcome: 'reached', at }
          : { debtorId, kind: 'email', channel: 'email', direction: 'outbound', step: cmd.step, at },
      );
      return;
    }
    case 'mail-sent': {
      const debtorId = debtorOf(cmd.debtor);
      if (!debtorId) return;
      const debtor = await db.debtors.get(debtorId);
      await client.send('mail-sent', { host: 'gmail', to: debtor!.emails, messageId: `m-${clock.ms}`, templateId: `builtin:${cmd.step}:es` });
      return;
    }
    case 'invoice-dispute':
    case 'dispute-resolve': {
      const debtorId = debtorOf(cmd.debtor);
      if (!debtorId) return;
      await client.send(cmd.op, cmd.op === 'invoice-dispute' ? { debtorId, reason: 'not ordered' } : { debtorId });
      return;
    }
    case 'invoice-update': {
      const id = nth(invoiceIds, cmd.invoice);
      if (!id) return;
      await client.send('invoice-update', { id, patch: cmd.void ? { status: 'void' } : cmd.due === null ? { amount: 7_000 } : { dueDate: addDays(today(), cmd.due) } });
      return;
    }
    case 'invoice-delete': {
      const id = nth(invoiceIds, cmd.invoice);
      if (id) await client.send('invoice-delete', { id });
      return;
    }
    case 'settings-set':
      must(
        await client.send('settings-set', {
          patch: { ladderDays: cmd.ladder, resendIntervalDays: cmd.resendIntervalDays, installmentReminderDays: cmd.installmentReminderDays },
        }),
      );
      return;
    case 'time-passes':
      clock.ms += cmd.hours * HOUR;
      ledger.setNow(new Date(clock.ms));
      return;
  }
}

/** A history to replay: a few debtors, then any handler calls, then the clock moved on by up to `maxLaterHours`. */
export function ledgerHistory(maxLaterHours: number) {
  return fc.tuple(
    fc.array(newDebtor, { minLength: 1, maxLength: 4 }),
    fc.array(command, { minLength: 3, maxLength: 30, size: 'medium' }),
    fc.integer({ min: 0, max: maxLaterHours }),
  );
}
export type LedgerHistory = typeof ledgerHistory extends (hours: number) => fc.Arbitrary<infer H> ? H : never;

/** A fresh ledger that went through the history; the caller closes it. */
export async function replayHistory([debtors, commands, laterHours]: LedgerHistory): Promise<TestLedger> {
  const ledger = createTestLedger(START);
  const clock = { ms: Date.parse(START) };
  const made = { promises: [] as string[], plans: [] as string[] };
  try {
    for (const cmd of [...debtors, ...commands]) await run(ledger, clock, cmd, made);
  } catch (error) {
    ledger.db.close();
    throw error;
  }
  ledger.setNow(new Date(clock.ms + laterHours * HOUR));
  return ledger;
}
