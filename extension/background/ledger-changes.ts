// Which debtors a handler call may have changed, so the background can tell open Gmail tabs to
// refresh their chips and cards, and whether the toolbar badge needs recounting. Reads change
// nothing; a write names the debtors it touched in its input or its output.
import type { HandlerName } from '../../shared/ledger/api';

/** Handlers that only read. Anything not listed is treated as a write. */
const READ_ONLY: ReadonlySet<HandlerName> = new Set<HandlerName>([
  'debtor-lookup',
  'debtor-get',
  'debtor-search',
  'events-list',
  'followups-today',
  'status-get',
  'templates-list',
  'template-render',
  'templates-for-debtor',
  'settings-get',
  'diagnostics-list',
]);

/** Writes that change no debtor's status: nothing for open tabs to redraw. */
const NO_DEBTOR_EFFECT: ReadonlySet<HandlerName> = new Set<HandlerName>(['diagnostic-record']);

/** Writes whose effect reaches every debtor (their status depends on settings or templates). */
const AFFECTS_ALL: ReadonlySet<HandlerName> = new Set<HandlerName>([
  'settings-set',
  'template-create',
  'template-update',
  'template-delete',
  'demo-load',
]);

export interface LedgerChange {
  debtorIds: string[];
  /** Every debtor may have changed. */
  all: boolean;
}

export function isReadOnlyHandler(name: string): boolean {
  return READ_ONLY.has(name as HandlerName);
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
  if (isReadOnlyHandler(name) || NO_DEBTOR_EFFECT.has(name as HandlerName)) return null;
  if (AFFECTS_ALL.has(name as HandlerName)) return { debtorIds: [], all: true };
  const found = new Set<string>();
  // 'debtor-update', 'debtor-delete', 'debtor-pause'... name the debtor as `id`.
  if (name.startsWith('debtor-') && isRecord(input) && typeof input.id === 'string') found.add(input.id);
  collectDebtorIds(input, found, 1);
  collectDebtorIds(output, found, 3);
  if (found.size === 0) return null;
  return { debtorIds: [...found].sort(), all: false };
}
