// What the workspace page and its worker say to each other. The worker owns a connection to the
// ledger and runs every handler and every long job (reading an import, writing it, making or
// restoring a backup), so the page never stops answering the user while they run.
import type { BackupExport, BackupRestoreResult } from '../../../ledger/handlers/backup';
import type { ImportApplied, ImportPlanView, ImportPreview } from '../../../ledger/handlers/import';
import type { NameAnswer } from '../../../import/plan';
import type { InvoicesExport } from '../../../ledger/handlers/export';
import type { ColumnMapping, DateOrder, ImportFormat } from '../../../import/types';
import type { SheetChoice } from '../../../import/spreadsheet';
import type { HandlerError, Result } from '../../../ledger/api';

/** The steps of a long job, in the order they happen; the progress bar shows which one runs. */
export const JOB_PHASES = ['reading', 'checking', 'planning', 'writing', 'packing', 'done'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export interface ImportReadOptions {
  format?: ImportFormat;
  dateOrder?: DateOrder;
  /** The answer to "which currency is $ in this file?". */
  dollarCurrency?: string;
  mapping?: ColumnMapping;
  /** The header row the user chose. */
  headerLine?: number;
  /** Days from issue to due when the file gives neither. */
  defaultTermsDays?: number;
}

export type WorkspaceJob =
  | { kind: 'import-read'; file: Blob; fileName: string; options: ImportReadOptions }
  | { kind: 'import-apply'; token: string; acceptProposedPaid: boolean }
  /** The held preview planned again with these answers to its name questions; the write then follows them. */
  | { kind: 'import-names'; token: string; nameChoices: NameAnswer[] }
  | { kind: 'backup-export' }
  | { kind: 'backup-restore'; file: Blob }
  | { kind: 'invoices-export' };

/**
 * A preview as the page sees it: the rows stay in the worker under `token` until applied.
 * `sheet` names the spreadsheet's sheet that was read, when the file was a spreadsheet.
 */
export type ImportRead = (
  | Exclude<ImportPreview, { stage: 'ready' }>
  | (Omit<Extract<ImportPreview, { stage: 'ready' }>, 'rows' | 'mentioned' | 'rejectedRows'> & { token: string; rowCount: number })
) & { sheet?: SheetChoice };

export type DownloadFile = { blob: Blob; fileName: string };

export interface JobOutputs {
  'import-read': ImportRead;
  'import-apply': ImportApplied;
  'import-names': ImportPlanView;
  'backup-export': Omit<BackupExport, 'text'> & DownloadFile;
  'backup-restore': BackupRestoreResult;
  'invoices-export': Omit<InvoicesExport, 'text'> & DownloadFile;
}

export type ToWorker =
  | { type: 'handler'; id: number; name: string; input: unknown }
  | { type: 'job'; id: number; job: WorkspaceJob };

export type FromWorker =
  | { type: 'result'; id: number; result: Result<unknown> }
  /** `done` of `total` rows read, checked, planned or written, when the step counts them; `estimated` while `total` is a guess. */
  | { type: 'progress'; id: number; phase: JobPhase; done?: number; total?: number; estimated?: boolean }
  /** The ledger changed (here or in another of the extension's contexts): views read it again. */
  | { type: 'changed' };

export function jobFailure(code: HandlerError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
