// The workspace's worker: its own connection to the ledger, serving the page's handler calls and
// long jobs so the page stays responsive. Wiring only.
import { createHandlers } from '../../../shared/ledger/api';
import { openCobroDb } from '../../../shared/ledger/db';
import { createWorkerHost, watchLedger } from '../../../shared/ui/workspace/worker/host';
import type { FromWorker, ToWorker } from '../../../shared/ui/workspace/worker/protocol';

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker) => scope.postMessage(message);
const ctx = { db: openCobroDb(), now: () => new Date(), newId: () => crypto.randomUUID() };
const host = createWorkerHost({ handlers: createHandlers(ctx), ctx }, post);
watchLedger(post);
scope.onmessage = (event) => void host.receive(event.data);
