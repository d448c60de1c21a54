// @vitest-environment happy-dom
// The scanner on whole pages: what it would ask the ledger about on the fixture sites.
import { describe, expect, it } from 'vitest';
import { readInvoiceForm } from './page-form';
import { PageScanner, type ScanBatch } from './scanner';
import { loadSitePage } from './scanner-fixtures';

async function scan(path: string) {
  loadSitePage(path);
  const asks: ScanBatch[] = [];
  const scanner = new PageScanner({
    root: document,
    win: window,
    isOwnNode: (node) => node.nodeName.startsWith('COBRO-'),
    ask: async (batch) => {
      asks.push(batch);
    },
    // Every slice runs at once, with all the time it wants: what is asked does not depend on slicing.
    schedule: (run) => {
      queueMicrotask(() => run({ timeRemaining: () => 50 }));
      return () => {};
    },
  });
  const controller = new AbortController();
  scanner.start(controller.signal);
  await scanner.idle();
  controller.abort();
  return {
    scanner,
    emails: asks.flatMap((batch) => batch.emails).sort(),
    numbers: asks.flatMap((batch) => batch.numbers).sort(),
  };
}

const LIST_NUMBERS = Array.from({ length: 8 }, (_, i) => `F-2026-010${i + 1}`);
const LIST_EMAILS = [
  'administracion@penalba.example',
  'facturas@clinicasonrisa.example',
  'ana.nunez@correo.example',
  'pedidos@elbuho.example',
  'contabilidad@talleresibanez.example',
  'jl.echeverria@correo.example',
  'pagos@estudiolumen.example',
  'laespiga@correo.example',
];

describe('the scanner on the plain invoicing pages', () => {
  it('asks about every invoice number and customer address of the list, and little else', async () => {
    const { scanner, emails, numbers } = await scan('plain/invoices.html');
    // The support address of the footer and the year of the summary are asked too: the ledger does not know them.
    // Not asked: the page script's values, the title, amounts, dates, the phone number.
    expect(emails).toEqual([...LIST_EMAILS, 'ayuda@facturacion.example'].sort());
    expect(numbers).toEqual([...LIST_NUMBERS, '2026'].sort());
    for (const [i, number] of LIST_NUMBERS.entries()) {
      expect(scanner.anchorsOf('number', number).map((element) => element.outerHTML)).toEqual([`<a href="invoice.html?n=${number}">${number}</a>`]);
      expect(scanner.anchorsOf('email', LIST_EMAILS[i] ?? '').map((element) => element.className)).toEqual(['email']);
    }
  });

  it('reads the edit form’s fields and notes, never its hidden fields', async () => {
    const { scanner, emails, numbers } = await scan('plain/invoice.html');
    expect(emails).toEqual(['pagos@estudiolumen.example']);
    expect(numbers).toEqual(['2026', 'F-2026-0107', 'PO-5521']);
    expect(scanner.anchorsOf('number', 'F-2026-0107')).toEqual([document.getElementById('numero')]);
    expect(scanner.anchorsOf('email', 'pagos@estudiolumen.example')).toEqual([document.getElementById('correo')]);
  });
});

describe('a real invoice page: Sparksuite’s simple HTML invoice template (MIT)', () => {
  const page = 'real/sparksuite-simple-invoice/invoice.html';

  it('the scanner asks about its number and address, where they are shown', async () => {
    const { scanner, emails, numbers } = await scan(page);
    expect(emails).toEqual(['john@example.com']);
    // "12345" (street and zip), "1000" (a check number) and "2023" are asked too; the ledger knows none of them.
    expect(numbers).toEqual(['1000', '123', '12345', '2023']);
    const [anchor] = scanner.anchorsOf('number', '123');
    expect(anchor?.textContent).toContain('Invoice #: 123');
    expect(scanner.anchorsOf('email', 'john@example.com')[0]?.textContent).toContain('Acme Corp.');
  });

  it('readInvoiceForm reads its "Label: value" lines', () => {
    loadSitePage(page);
    const invoice = readInvoiceForm(document);
    expect(invoice && { ...invoice, anchor: invoice.anchor.textContent?.includes('Invoice #: 123') }).toEqual({
      key: '123',
      number: '123',
      customer: null,
      email: null,
      amountText: '$385.00',
      balanceText: null,
      currency: null,
      issueDate: '2023-01-01',
      dueDate: '2023-02-01',
      status: null,
      statusText: null,
      anchor: true,
    });
  });
});
