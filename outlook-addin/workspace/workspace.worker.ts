// The workspace page's worker: its own connection to the add-in's ledger (the same database the
// task pane opens, same origin), serving the page's handler calls and long jobs so the page stays
// responsive. Wiring only.
import { createWorkerHost, watchLedger } from '../../shared/ui/workspace/worker/host';
import type { FromWorker, ToWorker } from '../../shared/ui/workspace/worker/protocol';
import { openAddinLedger } from '../ledger/open-ledger';

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker) => scope.postMessage(message);
const { handlers, ctx } = openAddinLedger();
const host = createWorkerHost({ handlers, ctx }, post);
watchLedger(post);
scope.onmessage = (event) => void host.receive(event.data);
