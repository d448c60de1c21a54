import { describe, expect, it } from 'vitest';
import { parsed } from './__fixtures__/support';
import { isPartlyPaidWord, notToCollectKind, statusFromWord } from './status-words';

describe('statusFromWord', () => {
  it.each<[string, string | null]>([
    ['Sent', 'open'],
    ['Mark as sent', 'open'],
    ['viewed', 'open'],
    ['Partially Paid', 'open'],
    ['partially_paid', 'open'],
    ['Payment Pending', 'open'],
    ['open', 'open'],
    ['Not paid', 'open'],
    ['Due', 'open'],
    ['Overdue', 'open'],
    ['Unpaid', 'open'],
    ['No pagado', 'open'],
    ['no cobrado', 'open'],
    ['Parcial', 'open'],
    ['Parcialmente pagada', 'open'],
    ['Pago parcial', 'open'],
    ['Pendiente de cobro', 'open'],
    ['Pendiente de pago', 'open'],
    ['Vencida', 'open'],
    ['Enviada', 'open'],
    ['Emitida', 'open'],
    ['PAGADA', 'paid'],
    ['Cobrada', 'paid'],
    ['cobrado', 'paid'],
    ['Pagado', 'paid'],
    ['Liquidada', 'paid'],
    ['Paid', 'paid'],
    ['Anulada', 'void'],
    ['anulado', 'void'],
    ['Cancelada', 'void'],
    ['Rectificada', 'void'],
    ['void', 'void'],
    ['uncollectible', 'written_off'],
    ['written off', 'written_off'],
    ['written_off', 'written_off'],
    ['En disputa', 'disputed'],
    ['Borrador', 'skip'],
    ['Draft', 'skip'],
    ['Proforma', 'skip'],
    ['deleted', 'skip'],
    ['Teleported', null],
  ])('%s → %s', (word, expected) => {
    expect(statusFromWord(word)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Draft', 'draft'],
    ['BORRADOR', 'draft'],
    ['Proforma', 'draft'],
    ['Void', 'void'],
    ['Anulada', 'void'],
    ['Deleted', 'other'],
  ])('%s is left out as %s', (word, kind) => {
    expect(notToCollectKind(word)).toBe(kind);
  });

  it.each<[string, boolean]>([
    ['Partially Paid', true],
    ['partially_paid', true],
    ['Partial/Deposit', true],
    ['Parcial/Depósito', true],
    ['Pago parcial', true],
    ['Sent', false],
    ['Paid', false],
    ['Not paid', false],
  ])('%s is partly paid: %s', (word, partly) => {
    expect(isPartlyPaidWord(word)).toBe(partly);
  });
});

describe('drafts and voids in every reader', () => {
  const files: [string, (status: string) => string][] = [
    ['invoice ninja', (s) => `Aged Receivable Detailed\nDate,Due Date,Invoice Number,Status,Client Name,Amount,Balance\n2026-10-01,2026-10-31,1,${s},Ann,10.00,10.00`],
    ['xero', (s) => `ContactName,InvoiceNumber,DueDate,Total,InvoiceAmountDue,Currency,Type,Status\nAnn,1,2026-10-31,10.00,10.00,EUR,Sales invoice,${s}`],
    ['freshbooks', (s) => `Client Name,Invoice #,Date Due,Invoice Status,Line Total\nAnn,1,2026-10-31,${s},10.00`],
  ];

  it.each(files.flatMap(([name, file]) => [
    [name, file('Draft'), 'draft'],
    [name, file('Borrador'), 'draft'],
  ] as const))('%s: a draft is rejected as never sent', (_, text, kind) => {
    const result = parsed(text);
    expect(result.rows).toEqual([]);
    expect(result.rejected.map((row) => [row.code, row.reason])).toEqual([['skipped-status', expect.objectContaining({ code: 'not-to-collect', kind })]]);
  });

  it.each(files.map(([name, file]) => [name, file(name === 'xero' ? 'VOIDED' : 'Anulada')] as const))(
    '%s: a void is read as void, for the plan to apply only to an invoice Cobro has',
    (_, text) => {
      expect(parsed(text).rows.map((row) => row.invoice.status)).toEqual(['void']);
    },
  );
});
