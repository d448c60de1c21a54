// The text Cobro offers to send a customer must be true of the ledger. Over generated ledgers
// (debtors with or without a contact name, in four locales and any time zone; invoices in one
// or two currencies due before, on or after today, partly paid; reminders, calls and replies
// logged; promises open, kept or broken; plans; disputes) and settings across the contact
// presets with a complete business profile, every message 'templates-for-debtor' offers is read
// against 'debtor-get', 'events-list' and 'status-get': no reminder claimed that was never
// sent, "due today" only on the due day, the right days late, invoices, amounts and dates, a
// promise or a plan only when there is one, no empty slot, no name printed twice.
//
// No seed: every run explores new ledgers. The failure prints the ledger and the offending lines.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { buildLedger, describeFindings, findUntruths, ledgerSpec, type Language, type RuleGroup } from '../test-template-truth';

/** Each property stops exploring (and shrinking) after this long, within the 30 s a test may take. */
const TIME_LIMIT_MS = 20_000;

function offeredTextIsTrue(languages: readonly Language[], groups: readonly RuleGroup[]) {
  return fc.asyncProperty(ledgerSpec, async (spec) => {
    const { ledger, debtorIds } = await buildLedger(spec);
    try {
      const findings = await findUntruths(ledger, debtorIds, languages, groups);
      if (findings.length > 0) throw new Error(describeFindings(findings));
    } finally {
      ledger.db.close();
    }
  });
}

const run = (languages: readonly Language[], groups: readonly RuleGroup[], numRuns: number) =>
  fc.assert(offeredTextIsTrue(languages, groups), { numRuns, interruptAfterTimeLimit: TIME_LIMIT_MS });

describe('the text Cobro offers to send is true of the ledger', () => {
  it('in Spanish: reminders, due day, days late, invoices, amounts, dates, promises, plans, no empty slot, no name twice', async () => {
    await run(['es'], ['core'], 40);
  });

  it('in English: reminders, due day, days late, invoices, amounts, dates, promises, plans, no empty slot, no name twice', async () => {
    await run(['en'], ['core'], 40);
  });

  it('in both languages: due dates in the right tense, thanks only for payments, disputes and missed installments only when there are', async () => {
    await run(['es', 'en'], ['more'], 30);
  });
});
