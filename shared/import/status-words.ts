// Invoice states as accounting tools and people write them, in English and Spanish.
import type { InvoiceStatus } from '../ledger/schema';
import { foldText } from './fold';

/** 'skip' for documents that are not owed yet or any more (drafts, deleted). */
export type StatusWord = InvoiceStatus | 'skip';

const WORDS: ReadonlyArray<readonly [StatusWord, readonly string[]]> = [
  [
    'open',
    [
      'open', 'sent', 'viewed', 'unpaid', 'pending', 'overdue', 'partial', 'partially paid', 'outstanding', 'due',
      'authorised', 'authorized', 'approved', 'awaiting payment', 'retry', 'failed',
      'abierta', 'abierto', 'enviada', 'enviado', 'vista', 'visto', 'pendiente', 'vencida', 'vencido', 'parcial',
      'pagada parcialmente', 'pago parcial', 'impagada', 'impagado', 'no pagada', 'emitida',
    ],
  ],
  ['paid', ['paid', 'auto-paid', 'autopaid', 'settled', 'closed', 'pagada', 'pagado', 'cobrada', 'cobrado', 'liquidada']],
  ['void', ['void', 'voided', 'cancelled', 'canceled', 'reversed', 'anulada', 'anulado', 'cancelada', 'cancelado', 'revertida']],
  ['disputed', ['disputed', 'in dispute', 'en disputa', 'disputada', 'reclamada']],
  ['written_off', ['written_off', 'written off', 'write off', 'bad debt', 'incobrable', 'fallida']],
  ['skip', ['draft', 'deleted', 'submitted', 'awaiting approval', 'borrador', 'eliminada', 'eliminado', 'borrada']],
];

const lookup: ReadonlyMap<string, StatusWord> = new Map(
  WORDS.flatMap(([status, words]) => words.map((word) => [foldText(word), status] as const)),
);

/** null for a word nobody here knows; '' maps to null too. */
export function statusFromWord(word: string): StatusWord | null {
  return lookup.get(foldText(word).replace(/_/g, ' ')) ?? lookup.get(foldText(word)) ?? null;
}
