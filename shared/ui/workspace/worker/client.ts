// The page's side: a ledger client and the long jobs, both over the worker. Each request carries
// an id; the worker answers it once, after any number of progress notes.
import { createClient, type LedgerClient, type Transport } from '../../../ledger/client';
import type { Result } from '../../../ledger/api';
import { createWorkerHost, watchLedger, type WorkerLedger } from './host';
import { jobFailure, type FromWorker, type JobOutputs, type JobPhase, type ToWorker, type WorkspaceJob } from './protocol';

/** What a Worker offers; a test wires two of these back to back. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
}

export type JobOf<K extends WorkspaceJob['kind']> = Extract<WorkspaceJob, { kind: K }>;

/** Rows done of a step that counts them; `estimated` while `total` is a guess. */
export interface JobCount {
  done: number;
  total: number;
  estimated?: boolean;
}

/** Which step a job is on, and how many of its rows are done when it counts them. */
export type JobStep = (phase: JobPhase, count?: JobCount) => void;

export interface WorkspaceJobs {
  run<K extends WorkspaceJob['kind']>(job: JobOf<K>, onStep?: JobStep): Promise<Result<JobOutputs[K]>>;
}

export interface WorkspaceConnection {
  client: LedgerClient;
  jobs: WorkspaceJobs;
  /** Called after any write to the ledger, wherever it came from. Returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
}

interface Waiting {
  resolve(result: Result<unknown>): void;
  onStep?: JobStep | undefined;
}

function countOf(note: Extract<FromWorker, { type: 'progress' }>): JobCount | undefined {
  if (note.done === undefined || note.total === undefined) return undefined;
  return note.estimated ? { done: note.done, total: note.total, estimated: true } : { done: note.done, total: note.total };
}

export function connectWorkspace(port: WorkerPort): WorkspaceConnection {
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  const changeListeners = new Set<() => void>();

  port.addEventListener('message', ({ data }) => {
    if (data.type === 'changed') {
      for (const listener of changeListeners) listener();
      return;
    }
    const entry = waiting.get(data.id);
    if (!entry) return;
    if (data.type === 'progress') {
      entry.onStep?.(data.phase, countOf(data));
    }
    else {
      waiting.delete(data.id);
      entry.resolve(data.result);
    }
  });

  const send = (message: ToWorker, onStep?: JobStep) =>
    new Promise<Result<unknown>>((resolve) => {
      waiting.set(message.id, { resolve, onStep });
      try {
        port.postMessage(message);
      } catch (error) {
        waiting.delete(message.id);
        resolve(jobFailure('storage', `The workspace could not reach its worker: ${error instanceof Error ? error.message : String(error)}`));
      }
    });

  const transport: Transport = (name, input) => send({ type: 'handler', id: ++nextId, name, input });
  return {
    client: createClient(transport),
    jobs: {
      run: (job, onStep) => send({ type: 'job', id: ++nextId, job }, onStep) as never,
    },
    onChanged(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
}

/**
 * The worker and the page in one thread, joined by asynchronous message passing: for tests,
 * and for hosts that cannot start a worker. The same host code answers.
 */
export function inProcessWorkspace(ledger: WorkerLedger): WorkspaceConnection & { dispose(): void } {
  const pageListeners = new Set<(event: { data: FromWorker }) => void>();
  const toPage = (message: FromWorker) => queueMicrotask(() => pageListeners.forEach((listener) => listener({ data: message })));
  const host = createWorkerHost(ledger, toPage);
  const stopWatching = watchLedger(toPage);
  const port: WorkerPort = {
    postMessage: (message) => queueMicrotask(() => void host.receive(message)),
    addEventListener: (_type, listener) => pageListeners.add(listener),
  };
  return { ...connectWorkspace(port), dispose: stopWatching };
}
