// Which debtors a handler call may have changed, so the background can tell open Gmail tabs to
// refresh their chips and cards, and whether the toolbar badge needs recounting. Reads change
// nothing; a write names the debtors it touched in its input or its output.
import type { HandlerName } from '../../shared/ledger/api';

/**
 * What a successful call of a handler may change:
 * - 'read': nothing.
 * - 'no-debtor': a record no chip, card or badge shows.
 * - 'debtors': the debtors named in its input or output (`debtorId`, `debtor.id`, or `id` for 'debtor-…').
 * - 'all': any debtor (status depends on settings and templates; bulk work; or a write whose
 *   answer does not say whose record it was).
 */
export type ChangeClass = 'read' | 'no-debtor' | 'debtors' | 'all';

/** Every handler, classified; a `Record` so that a new handler cannot compile unclassified. */
export const HANDLER_CHANGES: Readonly<Record<HandlerName, ChangeClass>> = {
  'debtor-lookup': 'read',
  'debtor-get': 'read',
  'debtor-search': 'read',
  'debtor-create': 'debtors',
  'debtor-update': 'debtors',
  'debtor-delete': 'debtors',
  'debtor-pause': 'debtors',
  'debtor-resume': 'debtors',
  'delinquency-override': 'debtors',
  'invoice-create': 'debtors',
  'invoice-update': 'debtors',
  // Answers only `{ id }` of the invoice: whose it was is not known afterwards.
  'invoice-delete': 'all',
  'invoice-dispute': 'debtors',
  'dispute-resolve': 'debtors',
  'debtor-write-off': 'debtors',
  'payment-record': 'debtors',
  'promise-record': 'debtors',
  'promise-cancel': 'debtors',
  'plan-create': 'debtors',
  'plan-cancel': 'debtors',
  'event-log': 'debtors',
  'mail-sent': 'debtors',
  'events-list': 'read',
  'followups-today': 'read',
  'followups-count': 'read',
  'status-get': 'read',
  'templates-list': 'read',
  'template-create': 'all',
  'template-update': 'all',
  'template-delete': 'all',
  'template-render': 'read',
  'templates-for-debtor': 'read',
  'settings-get': 'read',
  'settings-set': 'all',
  'diagnostic-record': 'no-debtor',
  'diagnostics-list': 'read',
  'demo-load': 'all',
  'debtor-list': 'read',
  // Writes only what is derived from the records (stored summaries): nothing a tab shows changes.
  'summaries-refresh': 'read',
  // The merged debtor disappears and its addresses move: a card showing either must redraw.
  'debtor-merge': 'all',
  'overview-get': 'read',
  'template-preview': 'read',
  'import-preview': 'read',
  'import-apply': 'all',
  'invoices-export': 'read',
  'backup-export': 'read',
  'backup-restore': 'all',
  'claim-file': 'read',
  'page-lookup': 'read',
  // Answers the debtor it added to (new or existing).
  'invoice-capture': 'debtors',
  'reply-read': 'read',
  'reply-act': 'debtors',
  'reply-dismiss': 'debtors',
};

export interface LedgerChange {
  debtorIds: string[];
  /** Every debtor may have changed. */
  all: boolean;
}

/** The class of a handler by name; a name that is no handler is answered with an error, never run. */
export function changeClassOf(name: string): ChangeClass | undefined {
  return Object.hasOwn(HANDLER_CHANGES, name) ? HANDLER_CHANGES[name as HandlerName] : undefined;
}

export function isReadOnlyHandler(name: string): boolean {
  return changeClassOf(name) === 'read';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Values of `debtorId` and of `debtor.id`, a few levels deep (outputs nest records in lists). */
function collectDebtorIds(value: unknown, found: Set<string>, depth: number): void {
  if (depth < 0 || !isRecord(value)) return;
  if (Array.isArray(value)) {
    for (const item of value) collectDebtorIds(item, found, depth - 1);
    return;
  }
  if (typeof value.debtorId === 'string') found.add(value.debtorId);
  const debtor = value.debtor;
  if (isRecord(debtor) && typeof debtor.id === 'string') found.add(debtor.id);
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'debtor' && isRecord(child)) collectDebtorIds(child, found, depth - 1);
  }
}

/**
 * What a successful call changed; null when it changed nothing a chip or the badge shows.
 * `input` is the request as validated, `output` the handler's answer.
 */
export function ledgerChangeOf(name: string, input: unknown, output: unknown): LedgerChange | null {
  const kind = changeClassOf(name);
  if (kind === undefined || kind === 'read' || kind === 'no-debtor') return null;
  if (kind === 'all') return { debtorIds: [], all: true };
  const found = new Set<string>();
  // 'debtor-update', 'debtor-delete', 'debtor-pause'... name the debtor as `id`.
  if (name.startsWith('debtor-') && isRecord(input) && typeof input.id === 'string') found.add(input.id);
  collectDebtorIds(input, found, 1);
  collectDebtorIds(output, found, 3);
  if (found.size === 0) return null;
  return { debtorIds: [...found].sort(), all: false };
}
