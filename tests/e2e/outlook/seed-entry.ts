// Test-only page script, built by the suite (never shipped): lets a test put debtors into the
// task pane's ledger and read its events back, in the pane's own origin, through the handlers.
import { openAddinLedger } from '../../../outlook-addin/ledger/open-ledger';
import type { HandlerInput } from '../../../shared/ledger/api';
import { MAILBOX_PROFILE } from '../support/mailbox-ledger';

const { client } = openAddinLedger();

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value;
}

(globalThis as Record<string, unknown>).cobroE2e = {
  /** The first-run setup, done as the form would save it; before the pane opens, or it opens on the setup. */
  async completeSetup(): Promise<void> {
    await must(client.send('settings-set', { patch: MAILBOX_PROFILE }));
  },

  /** Back to a fresh install's profile: no name, no way to pay. */
  async clearProfile(): Promise<void> {
    await must(client.send('settings-set', { patch: { business: { name: '' }, senderName: '', signature: '', paymentMethods: [] } }));
  },
  async createDebtor(input: HandlerInput<'debtor-create'>): Promise<{ debtorId: string; invoiceId: string | null }> {
    const { debtor, invoice } = await must(client.send('debtor-create', input));
    return { debtorId: debtor.id, invoiceId: invoice?.id ?? null };
  },
  /** A reminder sent before, as Cobro would have logged it. */
  async logReminder(input: { debtorId: string; invoiceId: string; step: 'overdue'; at: string }): Promise<void> {
    const { debtorId, invoiceId, step, at } = input;
    await must(client.send('event-log', { debtorId, kind: 'email', channel: 'email', direction: 'outbound', at, step, invoiceIds: [invoiceId] }));
  },
  /** The debtor's promises and the debtor's words read from their replies. */
  async replyRecords(debtorId: string) {
    const detail = await must(client.send('debtor-get', { id: debtorId }));
    const events = await must(client.send('events-list', { debtorId }));
    return { promises: detail.promises, readings: events.filter((event) => event.reading !== undefined) };
  },
  async emailEvents(debtorId: string) {
    const events = await must(client.send('events-list', { debtorId }));
    return events.filter((event) => event.kind === 'email');
  },
};
