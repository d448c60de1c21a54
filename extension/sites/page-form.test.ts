// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isoDayIn, readInvoiceForm } from './page-form';
import { loadSitePage } from './scanner-fixtures';
import { NOTHING_READ } from './test-rows';

function read(html: string) {
  document.body.innerHTML = html;
  return readInvoiceForm(document);
}

/** The fields of a read, without the anchor (checked on its own). */
function fields(html: string) {
  const invoice = read(html);
  if (!invoice) return null;
  const { anchor: _anchor, ...rest } = invoice;
  return rest;
}

describe('readInvoiceForm', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads the plain edit form: fields, select, date fields, and the totals list', () => {
    loadSitePage('plain/invoice.html');
    const invoice = readInvoiceForm(document);
    expect(invoice).toEqual({
      key: 'F-2026-0107',
      number: 'F-2026-0107',
      customer: 'Estudio Lumen S.C.',
      email: 'pagos@estudiolumen.example',
      amountText: '1.210,00 €',
      balanceText: '1.210,00 €',
      currency: 'EUR',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      status: 'open',
      statusText: 'Enviada',
      anchor: document.getElementById('numero'),
    });
  });

  it('finds no invoice on the plain list page (its headers label columns, not values)', () => {
    loadSitePage('plain/invoices.html');
    expect(readInvoiceForm(document)).toBeNull();
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'label[for] in English',
      `<label for="n">Invoice #</label><input id="n" value="INV-0042"><label for="c">Customer</label><input id="c" value="Acme Ltd">
       <label for="t">Amount due</label><input id="t" value="$1,200.00">`,
      { number: 'INV-0042', customer: 'Acme Ltd', balanceText: '$1,200.00' },
    ],
    [
      'wrapping labels, a required mark',
      `<label>Número de factura * <input value="A/2026/17"></label><label>Importe total <input value="99,00 €"></label>`,
      { number: 'A/2026/17', amountText: '99,00 €' },
    ],
    [
      'aria-labelledby, aria-label and placeholder',
      `<span id="l1">Nº</span><span id="l2">factura</span><input aria-labelledby="l1 l2" value="F-77">
       <input aria-label="Cliente" value="José Ñúñez"><input placeholder="Due date" type="date" value="2026-02-28">`,
      { number: 'F-77', customer: 'José Ñúñez', dueDate: '2026-02-28' },
    ],
    [
      'a definition list in Spanish',
      `<dl><dt>Factura</dt><dd>F-2026-0107</dd><dt>Facturar a</dt><dd>Librería El Búho</dd><dt>Correo</dt><dd>Pedidos@ElBuho.example</dd>
       <dt>Saldo</dt><dd>118,40 €</dd><dt>Fecha de emisión</dt><dd>5 de octubre de 2026</dd><dt>Vencimiento</dt><dd>05/11/2026</dd>
       <dt>Estado</dt><dd>Pago parcial</dd></dl>`,
      {
        number: 'F-2026-0107',
        customer: 'Librería El Búho',
        email: 'pedidos@elbuho.example',
        balanceText: '118,40 €',
        issueDate: '2026-10-05',
        status: 'partial',
        statusText: 'Pago parcial',
      },
    ],
    [
      'a two-column table of th/td',
      `<table><tr><th>Invoice number</th><td><b>INV-9</b></td></tr><tr><th>Bill to</th><td>Nimbus LLC</td></tr>
       <tr><th>Total</th><td>1,200.00 USD</td></tr><tr><th>Issue date</th><td>Dec 5, 2026</td></tr><tr><th>Status</th><td>Paid</td></tr></table>`,
      { number: 'INV-9', customer: 'Nimbus LLC', amountText: '1,200.00 USD', currency: 'USD', issueDate: '2026-12-05', status: 'paid', statusText: 'Paid' },
    ],
    [
      '"Label: value" text, and a label element before its value',
      `<p>Factura nº: F-2026-0108</p><p><strong>Cliente:</strong> Panadería La Espiga</p><div><span>Moneda</span></div><div>Euro (EUR)</div>
       <p>Total: 432,15 €</p><p>Estado: Anulada</p>`,
      { number: 'F-2026-0108', customer: 'Panadería La Espiga', currency: 'EUR', amountText: '432,15 €', status: 'void', statusText: 'Anulada' },
    ],
    [
      'a heading naming the invoice, the customer in a field',
      `<h1>Factura #F-2026-0110</h1><label for="c">Cliente</label><input id="c" value="Ana María Núñez">`,
      { number: 'F-2026-0110', customer: 'Ana María Núñez' },
    ],
    [
      'a summary line of what is owed, and an English amount due with its code',
      `<p>Invoice: in_1QxY2026</p><p>Amount due: $1,200.00 USD</p><p>Total pendiente: 1.234,56 €</p>`,
      { number: 'in_1QxY2026', balanceText: '$1,200.00 USD', currency: 'USD' },
    ],
    [
      'a hash before the number is not part of it',
      `<label for="n">Invoice no.</label><input id="n" value="#1043"><label for="b">Balance due</label><input id="b" value="€ 50.00">`,
      { number: '1043', balanceText: '€ 50.00' },
    ],
    [
      'an empty prompt in a select is no customer; the customer e-mail comes from the customer field',
      `<label for="n">Invoice</label><input id="n" value="INV-1"><label for="c">Client</label><select id="c"><option value="">Choose…</option></select>
       <label for="e">Client name</label><input id="e" value="Ola Nordmann &lt;ola@nordmann.example&gt;">`,
      { number: 'INV-1', customer: 'Ola Nordmann <ola@nordmann.example>', email: 'ola@nordmann.example' },
    ],
  ])('%s', (_name, html, expected) => {
    const { key, ...read } = fields(html) ?? { key: null };
    expect(read).toEqual({ ...NOTHING_READ, ...expected });
    expect(key).toBe(expected.number);
  });

  it.each<[string, string]>([
    ['a number without an amount or customer', '<label for="n">Invoice #</label><input id="n" value="INV-1"><p>Status: Sent</p>'],
    ['an amount without a number', '<p>Total: 12,00 €</p><p>Cliente: Ana</p>'],
    ['password and hidden fields are never read', '<label for="n">Invoice #</label><input id="n" type="password" value="INV-1"><p>Total: 5 €</p>'],
    ['a long sentence that starts like a label', '<p>Factura: the invoice you asked about last week will be sent again with the amount corrected</p>'],
  ])('null for %s', (_name, html) => {
    expect(read(html)).toBeNull();
  });

  it.each<[string, string | null]>([
    ['Enviada', 'open'],
    ['Overdue', 'open'],
    ['Pendiente de cobro', 'open'],
    ['En disputa', 'open'],
    ['Pago parcial', 'partial'],
    ['Partially paid', 'partial'],
    ['Parcialmente cobrada', 'partial'],
    ['Paid', 'paid'],
    ['Liquidada', 'paid'],
    ['Anulada', 'void'],
    ['Voided', 'void'],
    ['Borrador', 'draft'],
    ['Proforma', 'draft'],
    ['Eliminada', null],
    ['Incobrable', null],
    ['Teleported', null],
    // More than the word, as a generic page writes it: the longest known phrase decides.
    ['Paid on 5 Dec 2026', 'paid'],
    ['Overdue (12 days)', 'open'],
    ['Enviada, no pagada', 'open'],
    ['Sent · partially paid', 'partial'],
    ['Factura pagada parcialmente el 3 de mayo', 'partial'],
    ['Sent, then paid', 'paid'],
    ['Unpaid', 'open'],
    ['No pagado', 'open'],
  ])('reads the status "%s" as %s', (written, status) => {
    expect(read(`<p>Invoice: F-1</p><p>Total: 1 €</p><p>Status: ${written}</p>`)).toMatchObject({ status, statusText: written });
  });

  it('anchors the number: its field, its value element, or the text holding it', () => {
    expect(read('<label for="n">Invoice #</label><input id="n" value="INV-1"><p>Total: 1 €</p>')?.anchor.id).toBe('n');
    expect(read('<dl><dt>Invoice</dt><dd><span class="v">INV-2</span></dd><dt>Total</dt><dd>1</dd></dl>')?.anchor.className).toBe('v');
    expect(read('<p id="p">Invoice #: INV-3</p><p>Total: 1 €</p>')?.anchor.id).toBe('p');
  });
});

describe('isoDayIn', () => {
  it.each<[string, string | null]>([
    ['2026-12-05', '2026-12-05'],
    ['2026-12-05T10:00:00Z', '2026-12-05'],
    ['2026-02-30', null],
    ['5 de diciembre de 2026', '2026-12-05'],
    ['05-dic-2026', '2026-12-05'],
    ['lunes, 5 de diciembre de 2026', '2026-12-05'],
    ['December 5, 2026', '2026-12-05'],
    ['5th Dec. 2026', '2026-12-05'],
    ['Sept 30 2026', '2026-09-30'],
    ['31 de septiembre de 2026', null],
    ['05/12/2026', null],
    ['12/05/2026', null],
    ['5.12.2026', null],
    ['diciembre de 2026', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(isoDayIn(text)).toBe(expected);
  });
});
