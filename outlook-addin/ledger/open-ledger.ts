// The ledger as the add-in holds it: one database in the task pane's own origin, reached
// in-process through the same handler map and validation as every other host.
import { createClient, createHandlers, inProcessTransport, type LedgerClient } from '../../shared/ledger/api';
import { openCobroDb, type CobroDb } from '../../shared/ledger/db';

/** The database name; the launch-event page opens the same one from the same origin. */
export const ADDIN_DB_NAME = 'cobro';

export interface AddinLedger {
  db: CobroDb;
  client: LedgerClient;
}

export function openAddinLedger(name: string = ADDIN_DB_NAME): AddinLedger {
  const db = openCobroDb(name);
  const handlers = createHandlers({ db, now: () => new Date(), newId: () => crypto.randomUUID() });
  return { db, client: createClient(inProcessTransport(handlers)) };
}
