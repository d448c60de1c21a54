// The bare baseline's background: answers each lookup with one indexed read, the debtor owning
// the address (the same Dexie schema and ledger as Cobro's), and nothing else.
import { openCobroDb } from '../../../shared/ledger/db';
import { BARE_DB_NAME, isBareLookup, type BareAnswer } from './lookup';

const db = openCobroDb(BARE_DB_NAME);

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: BareAnswer | null) => void) => {
  if (sender.id !== chrome.runtime.id || !isBareLookup(message)) return false;
  db.debtors
    .where('emails')
    .equals(message.email)
    .first()
    .then(
      (row) => sendResponse(row ? { id: row.id, name: row.name } : null),
      () => sendResponse(null),
    );
  return true;
});
