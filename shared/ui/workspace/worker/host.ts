// The worker's side: answers handler calls through the same gate as every transport (dispatch
// validates each input) and runs the workspace's long jobs, saying which step each is on and,
// where it counts rows, how many are done. An import's rows stay here between the preview and
// the write, so 100,000 rows cross to the page and back only as a count.
import Dexie from 'dexie';
import { dispatch, HANDLER_SCHEMAS, type HandlerContext, type Handlers, type Result } from '../../../ledger/api';
import { invalidInput, toHandlerError } from '../../../ledger/errors';
import { restoreBackup } from '../../../ledger/handlers/backup';
import { applyImport, NameChoicesSchema, previewImport, replanImport } from '../../../ledger/handlers/import';
import type { ImportPreview } from '../../../ledger/handlers/import';
import type { ImportSummary, NameAnswer } from '../../../import/plan';
import type { ImportFormat, ImportRow, RejectedRow } from '../../../import/types';
import { throttledProgress } from './progress-throttle';
import { NOTHING_DETECTED, readImportText } from './read-file';
import { jobFailure, type FromWorker, type ImportRead, type JobPhase, type ToWorker, type WorkspaceJob } from './protocol';

interface HeldImport {
  format: ImportFormat;
  rows: ImportRow[];
  mentioned: string[];
  rejected: RejectedRow[];
  nameChoices: NameAnswer[];
  expected: ImportSummary;
}

export interface WorkerHost {
  receive(message: ToWorker): Promise<void>;
}

type Post = (message: FromWorker) => void;

function readyForPage(preview: Extract<ImportPreview, { stage: 'ready' }>, token: string): ImportRead {
  const { rows, mentioned: _mentioned, rejectedRows: _rejected, ...rest } = preview;
  return { ...rest, token, rowCount: rows.length };
}

/** The worker's ledger: the handler map, and the context the long writes run with directly. */
export interface WorkerLedger {
  handlers: Handlers;
  ctx: HandlerContext;
}

export function createWorkerHost({ handlers, ctx }: WorkerLedger, post: Post, newToken: () => string = () => crypto.randomUUID()): WorkerHost {
  // Only the latest preview is kept: reading another file replaces it.
  const held = new Map<string, HeldImport>();

  async function run(id: number, job: WorkspaceJob): Promise<Result<unknown>> {
    const phase = (name: JobPhase) => post({ type: 'progress', id, phase: name });
    const writing = (done: number, total: number) => post({ type: 'progress', id, phase: 'writing', done, total });
    switch (job.kind) {
      case 'import-read': {
        phase('reading');
        const file = await readImportText(job.file);
        if (!file.ok) return { ok: true, value: { stage: 'failed', detected: NOTHING_DETECTED, failure: file.failure } };
        const sheet = file.sheet ? { sheet: file.sheet } : {};
        // A sheet's numbers were written with a decimal point (see spreadsheet.ts).
        const decimal = file.sheet ? { decimalMark: 'dot' as const } : {};
        // The same gate dispatch applies, then the preview itself, so it can count the rows it reads and plans.
        const input = HANDLER_SCHEMAS['import-preview'].safeParse({ text: file.text, fileName: job.fileName, ...job.options, ...decimal });
        if (!input.success) return { ok: false, error: invalidInput(input.error).toHandlerError() };
        const note = throttledProgress((counted) => post({ type: 'progress', id, ...counted }));
        const preview = await previewImport(ctx, input.data, (step, done, total, estimated) => note({ phase: step, done, total, estimated }));
        if (preview.stage !== 'ready') return { ok: true, value: { ...preview, ...sheet } };
        const token = newToken();
        held.clear();
        held.set(token, {
          format: preview.format,
          rows: preview.rows,
          mentioned: preview.mentioned,
          rejected: preview.rejectedRows,
          nameChoices: preview.nameChoices,
          expected: preview.plan.summary,
        });
        return { ok: true, value: { ...readyForPage(preview, token), ...sheet } };
      }
      case 'import-apply': {
        const pending = held.get(job.token);
        if (!pending) return jobFailure('not-found', 'That preview is no longer available: read the file again.');
        // The same gate dispatch applies, then the write itself, so it can say how far it got.
        const { format, rows, mentioned, expected, nameChoices } = pending;
        const input = HANDLER_SCHEMAS['import-apply'].safeParse({ format, rows, mentioned, expected, nameChoices, acceptProposedPaid: job.acceptProposedPaid });
        if (!input.success) return { ok: false, error: invalidInput(input.error).toHandlerError() };
        const applied = await applyImport(ctx, input.data, writing);
        held.delete(job.token);
        return { ok: true, value: applied };
      }
      case 'import-names': {
        const pending = held.get(job.token);
        if (!pending) return jobFailure('not-found', 'That preview is no longer available: read the file again.');
        const choices = NameChoicesSchema.safeParse(job.nameChoices);
        if (!choices.success) return { ok: false, error: invalidInput(choices.error).toHandlerError() };
        phase('planning');
        const plan = await replanImport(ctx, { ...pending, nameChoices: choices.data });
        // What the write must now match: the plan the page shows.
        pending.nameChoices = choices.data;
        pending.expected = plan.summary;
        return { ok: true, value: plan };
      }
      case 'backup-export': {
        phase('reading');
        const result = await dispatch(handlers, 'backup-export', {});
        if (!result.ok) return result;
        phase('packing');
        const { text, ...rest } = result.value as { text: string; fileName: string };
        return { ok: true, value: { ...rest, blob: new Blob([text], { type: 'application/json' }) } };
      }
      case 'backup-restore': {
        phase('reading');
        const text = await job.file.text();
        phase('checking');
        const input = HANDLER_SCHEMAS['backup-restore'].safeParse({ text });
        if (!input.success) return { ok: false, error: invalidInput(input.error).toHandlerError() };
        return { ok: true, value: await restoreBackup(ctx, input.data.text, writing) };
      }
      case 'invoices-export': {
        phase('reading');
        const result = await dispatch(handlers, 'invoices-export', {});
        if (!result.ok) return result;
        phase('packing');
        const { text, ...rest } = result.value as { text: string; fileName: string };
        return { ok: true, value: { ...rest, blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) } };
      }
    }
  }

  return {
    async receive(message) {
      let result: Result<unknown>;
      try {
        if (message.type === 'handler') result = await dispatch(handlers, message.name, message.input);
        else {
          result = await run(message.id, message.job);
          if (result.ok) post({ type: 'progress', id: message.id, phase: 'done' });
        }
      } catch (error) {
        // Thrown by a long write run directly: typed as dispatch would have typed it.
        result = { ok: false, error: toHandlerError(error) };
      }
      post({ type: 'result', id: message.id, result });
    },
  };
}

/**
 * Tells the page whenever a write to the ledger commits, from this worker or (Dexie relays them
 * over a BroadcastChannel) from the background or another page; a burst is one notice.
 */
export function watchLedger(post: Post, quietMs = 200): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listener = () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      post({ type: 'changed' });
    }, quietMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    Dexie.on.storagemutated.unsubscribe(listener);
    if (timer !== null) clearTimeout(timer);
  };
}
