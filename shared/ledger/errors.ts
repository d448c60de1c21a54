// Every failure a handler can report, as data that crosses runtime messaging unchanged.
// Handlers throw LedgerError; dispatch turns it (and zod/Dexie errors) into a HandlerError.
import { z } from 'zod';

export const HANDLER_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'email-taken',
  'currency-mismatch',
  'overpayment',
  'storage',
  'unknown-handler',
] as const;
export type HandlerErrorCode = (typeof HANDLER_ERROR_CODES)[number];

export interface HandlerIssue {
  /** Dotted path into the input, e.g. 'patch.emails.1'; '' for the whole input. */
  path: string;
  message: string;
}

export interface HandlerError {
  code: HandlerErrorCode;
  message: string;
  issues?: HandlerIssue[];
}

export class LedgerError extends Error {
  constructor(
    readonly code: HandlerErrorCode,
    message: string,
    readonly issues?: HandlerIssue[],
  ) {
    super(message);
    this.name = 'LedgerError';
  }

  toHandlerError(): HandlerError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

/** The database on disk was written by a newer Cobro than the code opening it. */
export class LedgerVersionError extends Error {
  constructor(
    readonly installedVersion: number,
    readonly declaredVersion: number,
  ) {
    super(
      `The Cobro database is at version ${installedVersion}, newer than this copy of Cobro understands ` +
        `(version ${declaredVersion}). Update Cobro to open it; nothing was changed.`,
    );
    this.name = 'LedgerVersionError';
  }
}

export function issuesFromZod(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): HandlerIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}

export function invalidInput(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): LedgerError {
  const issues = issuesFromZod(error, prefix);
  const first = issues[0];
  const summary = first ? `${first.path || 'input'}: ${first.message}` : 'the request does not have the expected shape';
  return new LedgerError('invalid-input', `Invalid request (${summary})`, issues);
}

/** Parses with a schema, reporting failures as 'invalid-input' under `prefix`. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(result.error, prefix);
  return result.data;
}

export function notFound(what: string, id: string): LedgerError {
  return new LedgerError('not-found', `No ${what} with id ${id}`);
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A unique index refused a write (directly, or inside a Dexie bulk or abort wrapper). */
function isConstraintError(error: unknown): boolean {
  if (errorName(error) === 'ConstraintError') return true;
  if (typeof error !== 'object' || error === null) return false;
  const { inner, failures } = error as { inner?: unknown; failures?: unknown };
  if (inner !== undefined && isConstraintError(inner)) return true;
  return Array.isArray(failures) && failures.some(isConstraintError);
}

/** Whatever a handler threw, as the typed error the caller receives. */
export function toHandlerError(error: unknown): HandlerError {
  if (error instanceof LedgerError) return error.toHandlerError();
  if (error instanceof z.core.$ZodError) return invalidInput(error).toHandlerError();
  if (isConstraintError(error)) {
    return { code: 'conflict', message: 'That would duplicate something that must be unique; nothing was saved.' };
  }
  return { code: 'storage', message: `The ledger could not be read or written: ${errorMessage(error)}` };
}
