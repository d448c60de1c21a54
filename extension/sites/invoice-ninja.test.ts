// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invoiceNinja } from './invoice-ninja';
import type { PageInvoice, PageKind, RecipeRead } from './page-invoice';

/** happy-dom's handle on its window: sets the page's address, as the e2e serves each page. */
const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'sites', 'invoice-ninja');

/** Loads a fixture page into the test's document, at the URL the e2e serves it from. */
function loadPage(file: string, url: string): Document {
  const parsed = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
  happyDOM.setURL(url);
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

/** A page made of one snippet, for the cases the fixtures do not show. */
function loadSnippet(markup: string, url = 'https://app.invoicing.co/invoices'): Document {
  happyDOM.setURL(url);
  document.head.innerHTML = '';
  document.body.innerHTML = markup;
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

type Row = Omit<PageInvoice, 'anchor'> & { anchor: string };

/** What a read says, with each anchor shown as "tag:text" so a table can hold it. */
function summary(result: RecipeRead): { ok: false; missing: string } | { ok: true; kind: PageKind; invoices: Row[] } {
  if (!result.ok) return result;
  return {
    ok: true,
    kind: result.kind,
    invoices: result.invoices.map((invoice) => ({
      ...invoice,
      anchor: `${invoice.anchor.tagName.toLowerCase()}:${
        invoice.anchor instanceof HTMLInputElement ? invoice.anchor.value : (invoice.anchor.textContent ?? '').trim()
      }`,
    })),
  };
}

describe('invoiceNinja.route', () => {
  it.each<[string, PageKind | null]>([
    ['https://app.invoicing.co/invoices', 'list'],
    ['https://app.invoicing.co/invoices/', 'list'],
    ['https://app.invoicing.co/invoices?page=2', 'list'],
    ['https://app.invoicing.co/invoices/VolejRejNm/edit', 'invoice'],
    ['https://app.invoicing.co/invoices/VolejRejNm/edit?tab=1', 'invoice'],
    ['https://facturas.example.es/#/invoices', 'list'],
    ['https://facturas.example.es/#/invoices/VolejRejNm/edit', 'invoice'],
    ['https://facturas.example.es/ninja/invoices', 'list'],
    ['https://facturas.example.es/ninja/invoices/VolejRejNm/edit', 'invoice'],
    ['https://facturas.example.es/ninja/#/invoices/VolejRejNm/edit', 'invoice'],
    // Not invoice pages for Cobro.
    ['https://app.invoicing.co/invoices/create', null],
    ['https://app.invoicing.co/invoices/import', null],
    ['https://app.invoicing.co/invoices/VolejRejNm/pdf', null],
    ['https://app.invoicing.co/invoices/VolejRejNm/email', null],
    ['https://app.invoicing.co/invoices/VolejRejNm/documents', null],
    ['https://app.invoicing.co/invoices/create/edit', null],
    ['https://app.invoicing.co/recurring_invoices', null],
    ['https://app.invoicing.co/recurring_invoices/VolejRejNm/edit', null],
    ['https://app.invoicing.co/clients', null],
    ['https://app.invoicing.co/clients/Q9wdmB2bz7', null],
    ['https://app.invoicing.co/settings/custom_fields/invoices', null],
    ['https://app.invoicing.co/settings/generated_numbers/invoices', null],
    ['https://facturas.example.es/#/clients', null],
    // A hash route wins over the path it is served from.
    ['https://facturas.example.es/invoices#/clients', null],
    ['https://app.invoicing.co/', null],
    ['not a url', null],
  ])('%s → %s', (url, kind) => {
    expect(invoiceNinja.route(url)).toBe(kind);
  });
});

describe('invoiceNinja.read on the fixture pages', () => {
  it('reads every invoice on the list, with the fields its columns show', () => {
    const doc = loadPage('invoices.html', 'https://app.invoicing.co/invoices');
    const row = (
      key: string,
      number: string,
      customer: string,
      email: string,
      amountText: string,
      balanceText: string,
      issueDate: string,
      dueDate: string,
      status: PageInvoice['status'],
      statusText: string,
    ): Row => ({
      key, number, customer, email, amountText, balanceText, currency: null, issueDate, dueDate, status, statusText,
      anchor: `a:${number}`,
    });
    expect(summary(invoiceNinja.read(doc, 'list'))).toEqual({
      ok: true,
      kind: 'list',
      invoices: [
        row('Wpmbk5ezJn', 'F-2025-014', 'Talleres Ruiz', 'pagos@talleresruiz.example', '1.250,00 €', '1.250,00 €', '2026-10-28', '2026-11-27', 'open', 'Past Due'),
        row('VolejRejNm', 'BP-2025-007', 'Bright Pixel Ltd', 'accounts@brightpixel.example', '£ 2,400.00', '£ 1,200.00', '2026-10-16', '2026-11-15', 'partial', 'Partial/Deposit'),
        row('7N1aMmEbvK', '2025-031', 'Clínica Sonrisa', 'administracion@sonrisa.example', '480,00 €', '0,00 €', '2026-11-06', '2026-12-06', 'paid', 'Paid'),
        row('kQBeX6mbyK', 'INV-2026-0112', 'Reformas del Sur', 'hola@reformasdelsur.example', '$ 980.00', '$ 980.00', '2026-11-20', '2026-12-20', 'open', 'Sent'),
        row('YQdJ95Ab8L', 'INV-2026-0113', 'Panadería Núñez', 'hola@panaderianunez.example', '315,40 €', '315,40 €', '2026-12-01', '2026-12-31', 'draft', 'Draft'),
        row('LpbOwZ6bYw', 'INV-2026-0098', 'Óptica Begoña S.L.', 'facturas@opticabegona.example', '2.075,00 €', '0,00 €', '2026-09-12', '2026-10-12', 'void', 'Cancelled'),
      ],
    });
  });

  it('anchors each chip on the number link inside its cell', () => {
    const result = invoiceNinja.read(loadPage('invoices.html', 'https://app.invoicing.co/invoices'), 'list');
    if (!result.ok) throw new Error(result.missing);
    for (const invoice of result.invoices) {
      expect(invoice.anchor.getAttribute('href')).toBe(`/invoices/${invoice.key}/edit`);
      expect(invoice.anchor.parentElement?.tagName).toBe('TD');
    }
  });

  it('reads the open invoice on the edit page', () => {
    const doc = loadPage('invoice-edit.html', 'https://app.invoicing.co/invoices/VolejRejNm/edit');
    expect(summary(invoiceNinja.read(doc, 'invoice'))).toEqual({
      ok: true,
      kind: 'invoice',
      invoices: [
        {
          key: 'VolejRejNm',
          number: 'BP-2025-007',
          customer: 'Bright Pixel Ltd',
          email: 'accounts@brightpixel.example',
          amountText: '£ 2,400.00',
          balanceText: '£ 1,200.00',
          currency: null,
          issueDate: '2026-10-16',
          dueDate: '2026-11-15',
          status: 'partial',
          statusText: 'Partial/Deposit',
          anchor: 'input:BP-2025-007',
        },
      ],
    });
  });

  it('keys the edit page by its number when the URL has no invoice id', () => {
    const result = invoiceNinja.read(loadPage('invoice-edit.html', 'https://app.invoicing.co/'), 'invoice');
    expect(result.ok && result.invoices.map((invoice) => invoice.key)).toEqual(['BP-2025-007']);
  });

  it('refuses the list after a redesign renamed its hooks', () => {
    const doc = loadPage('invoices-changed.html', 'https://app.invoicing.co/invoices');
    expect(invoiceNinja.read(doc, 'list')).toEqual({ ok: false, missing: 'div[data-cy="dataTable"]' });
  });

  it('refuses the edit page as a list, and the list as an edit page', () => {
    expect(invoiceNinja.read(loadPage('invoice-edit.html', 'https://app.invoicing.co/invoices'), 'list')).toEqual({
      ok: false,
      missing: 'div[data-cy="dataTable"]',
    });
    expect(invoiceNinja.read(loadPage('invoices.html', 'https://app.invoicing.co/invoices'), 'invoice')).toEqual({
      ok: false,
      missing: 'input#number',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Snippets shaped like DataTable.tsx: checkbox cell, one cell per column, actions cell. A column is
// its header label and what its cells hold (as useInvoiceColumns.tsx renders them).

type CellKind = 'number' | 'client' | 'status' | 'text';
interface SnippetRow {
  /** The checkbox's invoice id; null for a user without edit permission (no checkbox column). */
  id: string | null;
  /** Where the number links to, when not the row's own edit page. */
  linkId?: string;
  cells: string[];
}

function listSnippet(columns: [string, CellKind][], rows: SnippetRow[], options: { hashLinks?: boolean } = {}): string {
  const hash = options.hashLinks ? '#' : '';
  const checkboxHeader = rows.some((row) => row.id) ? '<th><input type="checkbox"></th>' : '';
  const header = [checkboxHeader, ...columns.map(([label]) => `<th><div><span>${label}</span></div></th>`), '<th></th>'].join('');
  const body = rows
    .map((row) => {
      const checkbox = row.id ? `<td><input type="checkbox" data-cy="dataTableCheckbox" id="${row.id}" value="${row.id}"></td>` : '';
      const cells = columns.map(([, kind], index) => {
        const value = row.cells[index] ?? '';
        if (kind === 'number') return `<td><a href="${hash}/invoices/${row.linkId ?? row.id}/edit">${value}</a></td>`;
        if (kind === 'client') return `<td><a href="${hash}/clients/c1">${value}</a></td>`;
        if (kind === 'status') return `<td><div class="flex"><span>${value}</span></div></td>`;
        return `<td>${value}</td>`;
      });
      return `<tr>${checkbox}${cells.join('')}<td><button>Actions</button></td></tr>`;
    })
    .join('');
  return `<div data-cy="dataTable"><table><thead><tr>${header}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function readListSnippet(markup: string) {
  const result = invoiceNinja.read(loadSnippet(markup), 'list');
  if (!result.ok) return result;
  return result.invoices.map(({ anchor: _anchor, ...fields }) => fields);
}

describe('invoiceNinja.read on list variants', () => {
  it('reads a Spanish list by its catalog labels and status words', () => {
    const columns: [string, CellKind][] = [
      ['Estado', 'status'], ['Número', 'number'], ['Cliente', 'client'], ['Correo de Contacto', 'text'],
      ['Cantidad', 'text'], ['Saldo', 'text'], ['Fecha', 'text'], ['Fecha de Pago', 'text'],
    ];
    const rows: SnippetRow[] = [
      { id: 'a1', cells: ['Vencido', 'F-1', 'Peña', 'Pagos@Pena.example', '1.000,00 EUR', '400,00 EUR', '2026-03-01', '2026-03-31'] },
      { id: 'a2', cells: ['Parcial/Depósito', 'F-2', 'Núñez', '', '50,00 €', '10,00 €', '', ''] },
      { id: 'a3', cells: ['invertido', 'F-3', 'Ruiz', 'no es un correo', '', '', '', ''] },
      { id: 'a4', cells: ['Archivado', 'F-4', 'Gil', '', '', '', '', ''] },
    ];
    expect(readListSnippet(listSnippet(columns, rows))).toMatchObject([
      { key: 'a1', number: 'F-1', customer: 'Peña', email: 'pagos@pena.example', amountText: '1.000,00 EUR', currency: 'EUR', issueDate: '2026-03-01', dueDate: '2026-03-31', status: 'open', statusText: 'Vencido' },
      { key: 'a2', status: 'partial', balanceText: '10,00 €', currency: null, email: null, issueDate: null },
      { key: 'a3', status: 'void', statusText: 'invertido', email: null, amountText: null },
      { key: 'a4', status: null, statusText: 'Archivado' },
    ]);
  });

  it.each<[string, PageInvoice['status']]>([
    // The badge's words in the en, en_GB, es and es_ES catalogs.
    ['Draft', 'draft'], ['Borrador', 'draft'],
    ['Sent', 'open'], ['Enviado', 'open'], ['Enviada', 'open'],
    ['Viewed', 'open'], ['Visto', 'open'], ['Vistas', 'open'],
    ['Past Due', 'open'], ['Vencido', 'open'],
    ['Rectificativa', 'open'],
    ['Partial/Deposit', 'partial'], ['Parcial/Depósito', 'partial'],
    ['Paid', 'paid'], ['Pagado', 'paid'],
    ['Cancelled', 'void'], ['Cancelado', 'void'], ['Cancelada', 'void'],
    ['Reversed', 'void'], ['Invertido', 'void'], ['Revertida', 'void'],
    ['Archived', null], ['Archivado', null], ['Deleted', null], ['Eliminado', null],
    // A catalog Cobro does not know, or one changed, still reads the words every tool writes.
    ['Partially Paid', 'partial'], ['Pendiente', 'open'], ['Anulada', 'void'],
    // The badge is one word: more is not read into it.
    ['Paid in part, sort of', null],
  ])('reads the status badge "%s" as %s', (badge, status) => {
    const columns: [string, CellKind][] = [['Status', 'status'], ['Number', 'number']];
    expect(readListSnippet(listSnippet(columns, [{ id: 's1', cells: [badge, 'N-1'] }]))).toMatchObject([{ status, statusText: badge }]);
  });

  it.each<[string, [string, string], [string | null, string | null]]>([
    ['slash dates with a day over 12 are day-first', ['05/03/2026', '20/03/2026'], ['2026-03-05', '2026-03-20']],
    ['slash dates with a second number over 12 are month-first', ['03/05/2026', '03/20/2026'], ['2026-03-05', '2026-03-20']],
    ['slash dates that never pass 12 stay unread', ['05/03/2026', '06/04/2026'], [null, null]],
    ['month names, English', ['15/Jan/2026', 'Feb 14, 2026'], ['2026-01-15', '2026-02-14']],
    ['month names, Spanish', ['15-enero-2026', '3. dic. 2026'], ['2026-01-15', '2026-12-03']],
    ['weekday first, ordinal day', ['Thu Jan 15, 2026', 'Jan 5th, 2026'], ['2026-01-15', '2026-01-05']],
    ['dots and dashes are day-first', ['5.03.2026', '05-03-2026'], ['2026-03-05', '2026-03-05']],
    ['impossible days and unknown words are not read', ['31/02/2026', '15/Foo/2026'], [null, null]],
  ])('%s', (_case, written, iso) => {
    const columns: [string, CellKind][] = [['Number', 'number'], ['Date', 'text'], ['Due Date', 'text']];
    expect(readListSnippet(listSnippet(columns, [{ id: 'x1', cells: ['N-1', ...written] }]))).toMatchObject([
      { issueDate: iso[0], dueDate: iso[1] },
    ]);
  });

  it('decides slash dates from every row of the page, both columns together', () => {
    const columns: [string, CellKind][] = [['Number', 'number'], ['Date', 'text'], ['Due Date', 'text']];
    const rows: SnippetRow[] = [
      { id: 'x1', cells: ['N-1', '01/02/2026', '03/04/2026'] },
      { id: 'x2', cells: ['N-2', '10/02/2026', '25/02/2026'] },
    ];
    expect(readListSnippet(listSnippet(columns, rows))).toMatchObject([
      { issueDate: '2026-02-01', dueDate: '2026-04-03' },
      { issueDate: '2026-02-10', dueDate: '2026-02-25' },
    ]);
  });

  it('reads the list a read-only user sees (no checkboxes), keyed by the number link, with hash-router links', () => {
    const columns: [string, CellKind][] = [['Number', 'number'], ['Client', 'client'], ['Balance', 'text']];
    const markup = listSnippet(columns, [{ id: null, linkId: 'r9', cells: ['N-9', 'Gómez', '$ 5.00'] }], { hashLinks: true });
    expect(readListSnippet(markup)).toMatchObject([{ key: 'r9', number: 'N-9', customer: 'Gómez', balanceText: '$ 5.00' }]);
  });

  it('reads number and customer by their links under headers in a language it does not know, and nothing else', () => {
    const columns: [string, CellKind][] = [['Status', 'status'], ['Nummer', 'number'], ['Kunde', 'client'], ['Saldo offen', 'text']];
    expect(readListSnippet(listSnippet(columns, [{ id: 'd1', cells: ['Bezahlt', 'RE-1', 'Müller', '5,00 €'] }]))).toEqual([
      {
        key: 'd1', number: 'RE-1', customer: 'Müller', email: null, amountText: null, balanceText: null, currency: null,
        issueDate: null, dueDate: null, status: null, statusText: 'Bezahlt',
      },
    ]);
  });

  it.each<[string, string, ReturnType<typeof readListSnippet>]>([
    ['no data table', '<div data-cy="somethingElse"></div>', { ok: false, missing: 'div[data-cy="dataTable"]' }],
    ['a data table not drawn yet', '<div data-cy="dataTable"><div>Filters</div></div>', { ok: false, missing: 'div[data-cy="dataTable"] table' }],
    [
      'rows still loading',
      '<div data-cy="dataTable"><table><thead><tr><th></th><th><span>Number</span></th></tr></thead><tbody><tr><td colspan="100"><svg class="animate-spin h-5 w-5"></svg></td></tr></tbody></table></div>',
      { ok: false, missing: 'tbody > tr (still loading)' },
    ],
    [
      'no records',
      '<div data-cy="dataTable"><table><thead><tr><th></th><th><span>Number</span></th></tr></thead><tbody><tr><td colspan="100"><div><span>No records found</span></div></td></tr></tbody></table></div>',
      [],
    ],
    [
      'rows without a number column (the user hid it)',
      listSnippet([['Client', 'client'], ['Balance', 'text']], [{ id: 'h1', cells: ['Gil', '1,00 €'] }]),
      { ok: false, missing: 'div[data-cy="dataTable"] number column (a link to /invoices/:id/edit)' },
    ],
    [
      "a number link to another invoice's page",
      listSnippet([['Nummer', 'number']], [{ id: 'o1', linkId: 'o2', cells: ['N-1'] }]),
      { ok: false, missing: 'div[data-cy="dataTable"] number column (a link to /invoices/:id/edit)' },
    ],
  ])('%s', (_case, markup, expected) => {
    expect(readListSnippet(markup)).toEqual(expected);
  });

  it('reads the number from the header-named column when navigation is disabled (a span, no link)', () => {
    const markup = listSnippet([['Number', 'text'], ['Balance', 'text']], [{ id: 's1', cells: ['<span>N-5</span>', '2,00 €'] }]);
    const result = invoiceNinja.read(loadSnippet(markup), 'list');
    expect(result.ok && result.invoices.map((invoice) => [invoice.key, invoice.number, invoice.anchor.tagName])).toEqual([['s1', 'N-5', 'SPAN']]);
  });

  it('keys a row by its checkbox id when the checkbox has no value', () => {
    const markup = listSnippet([['Number', 'number']], [{ id: 'v1', cells: ['N-1'] }]).replace(' value="v1"', '');
    expect(readListSnippet(markup)).toMatchObject([{ key: 'v1', number: 'N-1' }]);
  });

  it('leaves header-named fields unread in a row that does not line up with the header', () => {
    const markup = listSnippet([['Number', 'number'], ['Balance', 'text']], [{ id: 'm1', cells: ['N-1', '3,00 €'] }]).replace(
      '<td><button>Actions</button></td>',
      '',
    );
    expect(readListSnippet(markup)).toMatchObject([{ key: 'm1', number: 'N-1', balanceText: null }]);
  });
});

describe('invoiceNinja.read on edit page variants', () => {
  it.each<[string, string, RecipeRead | Partial<Row>]>([
    ['no number field', '<form><input id="po_number" value="PO-1"></form>', { ok: false, missing: 'input#number' }],
    ['the form before the invoice arrives', '<form><input id="number" value=""></form>', { ok: false, missing: 'input#number (empty: still loading)' }],
    [
      'a Spanish page with its totals in euros and a code',
      `<div><span>Estado</span><div><span>Enviada</span></div></div>
       <div><span>Cliente</span><span>Panadería Núñez</span></div>
       <form><input type="date" value="2026-12-01"><input type="date" value=""><input id="number" value="F-77"></form>
       <div><dt><span>Total</span></dt><dd><span>315,40 EUR</span></dd></div>
       <div><dt><span>Pagado</span></dt><dd><span>0,00 EUR</span></dd></div>
       <div><dt><span>Pendiente</span></dt><dd><span>315,40 EUR</span></dd></div>`,
      {
        key: 'F-77', number: 'F-77', customer: 'Panadería Núñez', email: null, amountText: '315,40 EUR', balanceText: '315,40 EUR',
        currency: 'EUR', issueDate: '2026-12-01', dueDate: null, status: 'open', statusText: 'Enviada', anchor: 'input:F-77',
      },
    ],
    [
      'labels it does not know leave their fields null',
      `<div><span>Kunde</span><span>Müller</span></div><form><input id="number" value="RE-1"></form>
       <div><dt><span>Offener Betrag</span></dt><dd><span>5,00 €</span></dd></div>`,
      {
        key: 'RE-1', number: 'RE-1', customer: null, email: null, amountText: null, balanceText: null, currency: null,
        issueDate: null, dueDate: null, status: null, statusText: null, anchor: 'input:RE-1',
      },
    ],
    [
      'date fields after the number are not the invoice dates',
      '<form><input id="number" value="N-2"></form><form><input type="date" value="2026-01-01"></form>',
      { issueDate: null, dueDate: null },
    ],
  ])('%s', (_case, markup, expected) => {
    const result = summary(invoiceNinja.read(loadSnippet(markup, 'https://app.invoicing.co/'), 'invoice'));
    if ('ok' in expected) expect(result).toEqual(expected);
    else expect(result.ok && result.invoices[0]).toMatchObject(expected);
  });
});
