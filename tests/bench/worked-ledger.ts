// The generated ledger is a backlog nobody has worked: nearly every debtor's next step is due.
// A user working their list logs each step as they take it, so on a normal day only a few are
// due. This turns a generated ledger into that: for every debtor due today, the contacts the
// status asks for are logged the day before, except for a chosen share left for today.
import { computeStatus } from '../../shared/collection/status';
import { emptyRecords, groupRecordsByDebtor } from '../../shared/ledger/debtor-records';
import { seededRandom, type LedgerData } from '../../shared/ledger/sample-ledger';
import type { Event, Settings } from '../../shared/ledger/schema';

// A task (handing over to an agency, filing a claim) is logged as the letter that does it.
const CHANNELS = { email: ['email', 'email'], phone: ['call', 'phone'], letter: ['letter', 'letter'], task: ['letter', 'letter'] } as const;
/** A step's contact can lead straight to another due step (a defaulted plan back on the ladder). */
const MAX_CONTACTS_PER_DEBTOR = 3;

export function workedLedger(data: LedgerData, settings: Settings, now: Date, shareLeftDue: number, seed: number): LedgerData {
  const random = seededRandom(seed);
  const byDebtor = groupRecordsByDebtor(data);
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString();
  const added: Event[] = [];
  for (const debtor of data.debtors) {
    if (random() < shareLeftDue) continue;
    const records = byDebtor.get(debtor.id) ?? emptyRecords();
    for (let n = 0; n < MAX_CONTACTS_PER_DEBTOR; n++) {
      const status = computeStatus({ debtor, ...records, settings, now });
      const action = status.nextAction;
      if (!action || action.date > status.today) break;
      const [kind, channel] = CHANNELS[action.channel];
      const id = `${debtor.id}-worked-${n}`;
      const event: Event = {
        id,
        debtorId: debtor.id,
        at: yesterday,
        kind,
        channel,
        direction: 'outbound',
        step: action.purpose,
        invoiceIds: action.invoiceIds,
        dedupeKey: `event:${id}`,
      };
      records.events.push(event);
      added.push(event);
    }
  }
  return { ...data, events: [...data.events, ...added] };
}
