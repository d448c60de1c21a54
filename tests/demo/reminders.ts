// `npm run reminders`: prints, for the demo mailbox's customers and for one tracked a minute ago
// (35 days late, never contacted), the e-mail the compose picker recommends, filled in as it
// would be inserted today, and every template it does not offer with the reason. Runs the real
// handlers on an in-memory ledger; nothing is written anywhere.
import 'fake-indexeddb/auto';
import { addDays, dateIn } from '../../shared/dates';
import { createClient, createHandlers, inProcessTransport } from '../../shared/ledger/api';
import { openCobroDb } from '../../shared/ledger/db';
import { seedMailboxLedger } from '../e2e/support/mailbox-ledger';

const now = new Date();
const db = openCobroDb(`reminders-${now.getTime()}`);
let next = 0;
const client = createClient(inProcessTransport(createHandlers({ db, now: () => now, newId: () => `id-${String(++next).padStart(6, '0')}` })));
const call = (name: string, input: unknown) => client.send(name as never, input as never) as Promise<unknown>;

const ids = await seedMailboxLedger(call);
const tracked = (await client.send('debtor-create', {
  name: 'Reformas del Sur',
  emails: ['hola@reformasdelsur.example'],
  locale: 'es-ES',
  timeZone: 'Europe/Madrid',
  firstInvoice: { number: 'RS-77', currency: 'EUR', amount: 64_050, dueDate: addDays(dateIn('Europe/Madrid', now), -35) },
})) as { ok: true; value: { debtor: { id: string } } };

const who: Array<[string, string]> = [
  ['Talleres Ruiz (18 days late, an overdue reminder logged)', ids.ruiz],
  ['Clínica Sonrisa (5 days late, never contacted)', ids.sonrisa],
  ['Reformas del Sur (tracked a minute ago, 35 days late, never contacted)', tracked.value.debtor.id],
];
for (const [label, debtorId] of who) {
  const result = await client.send('templates-for-debtor', { debtorId });
  if (!result.ok) throw new Error(result.error.message);
  const { recommended, items } = result.value;
  const first = items[0];
  console.log(`\n=== ${label}\nrecommended: ${recommended ?? 'none'}`);
  if (first && first.rendered.ok) console.log(`--- ${first.template.name}\nSubject: ${first.rendered.subject}\n\n${first.rendered.text}`);
  const refused = items.filter((item) => 'offer' in item && !(item as { offer: { ok: boolean } }).offer.ok);
  for (const item of refused) console.log(`not offered: ${item.template.name} (${JSON.stringify((item as { offer: unknown }).offer)})`);
}
db.close();
