// The ledger's invoices as a Cobro CSV file (the format the import reads back).
import type { HandlerArgs } from '../api';
import { fromDebtorRow } from '../db';
import { invoicesToCobroCsv } from '../../export';
import type { HandlerContext } from './context';

export interface InvoicesExport {
  text: string;
  fileName: string;
  invoices: number;
}

export function exportHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'invoices-export': async (_input: HandlerArgs<'invoices-export'>): Promise<InvoicesExport> => {
      const { debtors, invoices } = await db.transaction('r', [db.debtors, db.invoices], async () => ({
        debtors: (await db.debtors.toArray()).map(fromDebtorRow),
        // Grouped by debtor, then by number: the order a person reading the file expects.
        invoices: await db.invoices.orderBy('[debtorId+number]').toArray(),
      }));
      const names = new Map(debtors.map((debtor) => [debtor.id, debtor.name]));
      invoices.sort((a, b) => (names.get(a.debtorId) ?? '').localeCompare(names.get(b.debtorId) ?? '') || a.debtorId.localeCompare(b.debtorId));
      return {
        text: invoicesToCobroCsv(debtors, invoices),
        fileName: `cobro-invoices-${ctx.now().toISOString().slice(0, 10)}.csv`,
        invoices: invoices.length,
      };
    },
  };
}
