// A ledger for tests: fresh database, handlers, a client through dispatch, and a clock that
// only moves when told.
import { createClient, createHandlers, inProcessTransport, type HandlerError, type Handlers, type LedgerClient, type Result } from './api';
import { openCobroDb, type CobroDb } from './db';
import type { HandlerContext } from './handlers/context';
import { freshDbName, sequentialIds } from './test-support';

export interface TestLedger {
  db: CobroDb;
  ctx: HandlerContext;
  handlers: Handlers;
  client: LedgerClient;
  /** Moves the clock the handlers read. */
  setNow(date: Date | string): void;
}

export function createTestLedger(now: Date | string = '2026-03-02T10:00:00.000Z'): TestLedger {
  let current = new Date(now);
  const db = openCobroDb(freshDbName());
  const ctx: HandlerContext = { db, now: () => new Date(current), newId: sequentialIds() };
  const handlers = createHandlers(ctx);
  return {
    db,
    ctx,
    handlers,
    client: createClient(inProcessTransport(handlers)),
    setNow: (date) => {
      current = new Date(date);
    },
  };
}

/** Unwraps a handler result, failing the test with the handler's message when it is an error. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a result that must have failed. */
export function mustFail<T>(result: Result<T>): HandlerError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
