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

/**
 * Which rule a value broke, so the UI can say it in the user's language; `message` beside it
 * stays the English wording for logs and tests.
 */
export const ISSUE_RULES = [
  'required',
  'too-long',
  'too-short',
  'too-many',
  'too-large',
  'too-small',
  'whole-number',
  'not-a-number',
  'email',
  'date',
  'currency',
  'time-zone',
  'language',
  'contact-window',
  'paid-over-amount',
  'due-before-issue',
  /** An invoice number this customer already has (unique per customer). */
  'number-taken',
  'installments-order',
  /** A status of 'written_off' set by an edit: a write-off goes through its own action, with a reason. */
  'write-off-needs-reason',
  /** A written-off invoice changed to another status than open: it is reopened first. */
  'reopen-first',
  'ladder-order',
  'template-syntax',
  'unknown-variable',
  'invalid',
] as const;
export type IssueRule = (typeof ISSUE_RULES)[number];

export interface HandlerIssue {
  /** Dotted path into the input, e.g. 'patch.emails.1'; '' for the whole input. */
  path: string;
  message: string;
  rule?: IssueRule;
  /** The bound the rule names: a length, a count or a number. */
  limit?: number;
  /** The offending part as written (an unknown template variable). */
  value?: string;
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

function isIssueRule(value: unknown): value is IssueRule {
  return typeof value === 'string' && (ISSUE_RULES as readonly string[]).includes(value);
}

/** The rule a zod issue stands for: our own refinements name theirs in `params.rule`. */
function ruleOf(issue: z.core.$ZodIssue): Pick<HandlerIssue, 'rule' | 'limit'> {
  switch (issue.code) {
    case 'custom':
      return { rule: isIssueRule(issue.params?.['rule']) ? issue.params['rule'] : 'invalid' };
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return { rule: 'too-long', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'too-many', limit };
      return { rule: 'too-large', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return limit <= 1 ? { rule: 'required' } : { rule: 'too-short', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return limit <= 1 ? { rule: 'required' } : { rule: 'too-short', limit };
      return { rule: 'too-small', limit };
    }
    case 'invalid_format':
      return { rule: issue.format === 'email' ? 'email' : issue.format === 'datetime' || issue.format === 'date' ? 'date' : 'invalid' };
    case 'invalid_type':
      // zod leaves the input out of its issues; its message says when nothing was given.
      if (/received undefined|received null/.test(issue.message)) return { rule: 'required' };
      if (issue.expected === 'int') return { rule: 'whole-number' };
      if (issue.expected === 'number') return { rule: 'not-a-number' };
      return { rule: 'invalid' };
    case 'not_multiple_of':
      return { rule: 'whole-number' };
    default:
      return { rule: 'invalid' };
  }
}

export function issuesFromZod(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): HandlerIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
    ...ruleOf(issue),
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
