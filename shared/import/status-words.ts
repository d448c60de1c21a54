// Invoice states as accounting tools and people write them, in English and Spanish: Stripe,
// Invoice Ninja, Xero, QuickBooks, FreshBooks, Zoho, Holded, Facturascripts and hand-kept sheets.
import type { InvoiceStatus } from '../ledger/schema';
import { foldText } from './fold';

/** 'skip' for documents that are not owed yet or any more (drafts, deleted). */
export type StatusWord = InvoiceStatus | 'skip';

/** Open with part of it paid: the import reads them as open, a page reader tells them apart. */
const PARTLY_PAID = [
  'partial', 'partially paid', 'partly paid', 'partial/deposit',
  'parcial', 'pagada parcialmente', 'parcialmente pagada', 'cobrada parcialmente', 'parcialmente cobrada', 'pago parcial', 'parcial/deposito',
];

const WORDS: ReadonlyArray<readonly [StatusWord, readonly string[]]> = [
  [
    'open',
    [
      'open', 'sent', 'resent', 'viewed', 'unpaid', 'not paid', 'pending', 'payment pending', 'awaiting payment', 'overdue', 'past due',
      'outstanding', 'due', 'mark as sent', 'marked as sent', 'mark sent',
      'authorised', 'authorized', 'approved', 'retry', 'failed',
      'abierta', 'abierto', 'enviada', 'enviado', 'vista', 'visto', 'pendiente', 'pendiente de cobro', 'pendiente de pago',
      'pago pendiente', 'por cobrar', 'vencida', 'vencido', 'atrasada', 'impagada', 'impagado', 'no pagada', 'no pagado', 'sin pagar',
      'no cobrada', 'no cobrado', 'unsent', 'emitida', 'emitido', 'vistas', 'atraso',
      ...PARTLY_PAID,
    ],
  ],
  [
    'paid',
    ['paid', 'paid in full', 'fully paid', 'auto-paid', 'autopaid', 'settled', 'closed', 'pagada', 'pagado', 'cobrada', 'cobrado', 'liquidada', 'liquidado', 'saldada'],
  ],
  [
    'void',
    [
      'void', 'voided', 'cancelled', 'canceled', 'reversed',
      'anulada', 'anulado', 'cancelada', 'cancelado', 'revertida', 'invertida', 'invertido', 'rectificada', 'rectificado',
    ],
  ],
  ['disputed', ['disputed', 'in dispute', 'en disputa', 'disputada', 'reclamada']],
  ['written_off', ['written_off', 'written off', 'write off', 'bad debt', 'uncollectible', 'incobrable', 'fallida']],
  ['skip', [...['draft', 'submitted', 'awaiting approval', 'proforma', 'pro forma', 'quote', 'borrador', 'presupuesto'], ...['deleted', 'eliminada', 'eliminado', 'borrada']]],
];

/** Skipped words that name a document never sent (not one deleted after the fact). */
const DRAFTS: ReadonlySet<string> = new Set(['draft', 'submitted', 'awaiting approval', 'proforma', 'pro forma', 'quote', 'borrador', 'presupuesto'].map(foldText));

const PARTLY: ReadonlySet<string> = new Set(PARTLY_PAID.map(foldText));

const lookup: ReadonlyMap<string, StatusWord> = new Map(
  WORDS.flatMap(([status, words]) => words.map((word) => [foldText(word), status] as const)),
);

function folded(word: string): string {
  return foldText(word).replace(/[_-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** null for a word nobody here knows; '' maps to null too. */
export function statusFromWord(word: string): StatusWord | null {
  return lookup.get(folded(word)) ?? lookup.get(foldText(word)) ?? null;
}

/** Why a document with this status is not imported: a draft never sent, a voided invoice, or another kind (deleted). */
export function notToCollectKind(word: string): 'draft' | 'void' | 'other' {
  if (DRAFTS.has(folded(word))) return 'draft';
  return statusFromWord(word) === 'void' ? 'void' : 'other';
}

/** Whether an open status says part of the invoice is paid ("Partially paid", "Pago parcial"). */
export function isPartlyPaidWord(word: string): boolean {
  return PARTLY.has(folded(word)) || PARTLY.has(foldText(word));
}
