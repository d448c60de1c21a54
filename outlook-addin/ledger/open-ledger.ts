// The ledger as the add-in holds it: one database in the task pane's own origin, reached
// in-process through the same handler map and validation as every other host.
import { createClient, createHandlers, inProcessTransport, type HandlerContext, type Handlers, type LedgerClient } from '../../shared/ledger/api';
import { openCobroDb, type CobroDb } from '../../shared/ledger/db';

/** The database name; the launch-event page and the workspace page open the same one from the same origin. */
export const ADDIN_DB_NAME = 'cobro';

export interface AddinLedger {
  db: CobroDb;
  /** The handlers and their context, for the workspace's long jobs, which write through the context directly. */
  ctx: HandlerContext;
  handlers: Handlers;
  client: LedgerClient;
}

export function openAddinLedger(name: string = ADDIN_DB_NAME): AddinLedger {
  const db = openCobroDb(name);
  const ctx: HandlerContext = { db, now: () => new Date(), newId: () => crypto.randomUUID() };
  const handlers = createHandlers(ctx);
  return { db, ctx, handlers, client: createClient(inProcessTransport(handlers)) };
}
