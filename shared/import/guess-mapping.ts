// The mapping form's first guess at which column holds what, for a file in no known format. A
// header's words propose a column and its cells must agree: a column of dates is never the paid
// amount, "Invoice Date" is not the invoice number, a discount or tax column is not the total.
// Each column is used once, and paid and balance are never both guessed (balance wins).
import { dateShape } from './date-cells';
import { foldText } from './fold';
import type { ColumnMapping } from './types';

export type MappingField = keyof ColumnMapping;

/** The form's fields in the order it shows them. */
export const MAPPING_FIELDS: readonly { field: MappingField; required: boolean }[] = [
  { field: 'debtorName', required: true },
  { field: 'debtorEmail', required: false },
  { field: 'invoiceNumber', required: true },
  { field: 'amount', required: true },
  { field: 'lineAmount', required: false },
  { field: 'paid', required: false },
  { field: 'balance', required: false },
  { field: 'currency', required: false },
  { field: 'issueDate', required: false },
  { field: 'dueDate', required: false },
  { field: 'terms', required: false },
  { field: 'status', required: false },
];

type CellKind = 'date' | 'amount' | 'email' | 'text';

interface Rule {
  /** Header patterns, best first: a header matching an earlier one wins. */
  prefer: readonly RegExp[];
  /** Headers that name something else even though they share a word ("Invoice Date", "Discount Total"). */
  never?: RegExp;
  /** What the column's cells may be; a column whose cells are mostly something else is not it. */
  cells: readonly CellKind[];
}

const MONEY_CELLS: readonly CellKind[] = ['amount'];
const DATE_CELLS: readonly CellKind[] = ['date'];
// Words of columns that hold some other figure of the invoice than what is owed on it.
const OTHER_FIGURES = /sub ?total|discount|descuento|\bdto\b|shipping|envio|\bportes?\b|freight|tax|iva|igv|impuesto|vat|gst|retenc|irpf|qty|quantity|cantidad|unidades|\brate\b|tarifa|unit|unitario|price|precio|fee|comision|hours|horas|tip\b|propina/;

const RULES: Record<MappingField, Rule> = {
  debtorName: {
    prefer: [
      /^(client|customer|cliente|customer name|client name|nombre del cliente|nombre cliente|razon social|contact|contacto|bill to|facturar a)$/,
      /^(company|company name|empresa|nombre|name|organization|organizacion)$/,
      /client|customer|cliente|razon social|contacto|contact name|nombre/,
    ],
    never: /mail|correo|\bid\b|number|numero|#|phone|telefono|movil|address|direccion|street|city|ciudad|country|pais|nif|cif|rfc|ruc|cuit|tax|vat|currency|moneda|note|nota|po\b|reference|referencia/,
    cells: ['text'],
  },
  debtorEmail: {
    prefer: [/^(e-?mail|correo|correo electronico|email address|customer email|client email|email cliente|correo cliente)$/, /e-?mail|correo/],
    never: /date|fecha|sent|enviado|status|estado/,
    cells: ['email', 'text'],
  },
  invoiceNumber: {
    prefer: [
      /^(invoice|factura)\s*(#|no|n|num|number|numero|id)$/,
      /^(invoice|factura|folio|#|no|num|number|numero|numero de factura|invoice number|document number|doc number|documento|n factura|num factura)$/,
      /(invoice|factura|folio|documento).*(#|\bno\b|\bn\b|num|number|numero|\bid\b)|(#|\bno\b|num|number|numero).*(invoice|factura)/,
      /^#|#$|\bnumber\b|\bnumero\b|\bnum\b|folio/,
    ],
    never: /date|fecha|total|amount|importe|status|estado|due|vence|client|customer|cliente|order|pedido|purchase|\bpo\b|tax|nif|phone|telefono|item|line|linea|serie|series/,
    cells: ['text', 'amount'],
  },
  amount: {
    prefer: [
      /^(total|amount|importe|monto|invoice total|invoice amount|total factura|importe total|total amount|grand total|total invoice|importe factura|total a pagar|valor total|total \(.*\)|amount \(.*\)|importe \(.*\))$/,
      /^(total|amount|importe|monto)\b/,
      /total|amount|importe|monto|valor/,
    ],
    never: new RegExp(`${OTHER_FIGURES.source}|paid|pagado|cobrado|balance|saldo|pendiente|\\bdue\\b|outstanding|owing|line|linea|item|articulo|concepto`),
    cells: MONEY_CELLS,
  },
  lineAmount: {
    prefer: [/^(line total|line amount|item total|item amount|importe linea|total linea|importe de linea)$/, /(line|item|linea|articulo|concepto).*(total|amount|importe)|(total|amount|importe).*(line|item|linea)/],
    never: new RegExp(`sub ?total|tax|iva|impuesto|vat|discount|descuento|qty|quantity|cantidad|\\brate\\b|price|precio|unit`),
    cells: MONEY_CELLS,
  },
  balance: {
    prefer: [
      /^(balance|balance due|amount due|due amount|outstanding|amount outstanding|open balance|saldo|pendiente|importe pendiente|saldo pendiente|por cobrar|total due|importe adeudado|adeudado|a cobrar)$/,
      /balance|saldo|pendiente|outstanding|amount due|due amount|open amount|por cobrar|adeudado|owing/,
    ],
    never: /date|fecha|days|dias|status|estado/,
    cells: MONEY_CELLS,
  },
  paid: {
    prefer: [/^(paid|amount paid|paid amount|pagado|cobrado|importe pagado|importe cobrado|payments|total paid|paid to date|payment amount)$/, /paid|pagado|cobrado|payments?\b|pagos?\b/],
    never: /date|fecha|method|metodo|medio|status|estado|terms|condicion|forma|\bvia\b|reference|referencia/,
    cells: MONEY_CELLS,
  },
  currency: { prefer: [/^(currency|moneda|divisa|currency code|codigo de moneda)$/, /currency|moneda|divisa/], cells: ['text'] },
  issueDate: {
    prefer: [
      /^(issue date|invoice date|date issued|issued|fecha|date|fecha factura|fecha de factura|fecha emision|fecha de emision|fecha expedicion|fecha de expedicion|created|created date|creation date)$/,
      /issue|emision|invoice date|fecha (de )?factura|created|expedicion|^date\b|^fecha\b/,
    ],
    never: /due|vencimiento|vence|paid|pago|sent|enviado|payment|cobro|modified|updated|modificad/,
    cells: DATE_CELLS,
  },
  dueDate: {
    prefer: [/^(due date|due|date due|due on|fecha vencimiento|fecha de vencimiento|vencimiento|vence|payment due)$/, /due date|date due|vencimiento|vence|^due\b/],
    never: /amount|importe|balance|saldo|total|days|dias/,
    cells: DATE_CELLS,
  },
  terms: {
    prefer: [/^(terms|payment terms|condiciones|condiciones de pago|terminos|terminos de pago|plazo|plazo de pago|forma de pago)$/, /terms|condicion|plazo|terminos/],
    cells: ['text', 'amount'],
  },
  status: {
    prefer: [/^(status|estado|invoice status|estado factura|estado de la factura|payment status|situacion)$/, /status|estado/],
    never: /date|fecha/,
    cells: ['text'],
  },
};

// The order guesses are made in: the most particular first, so "Amount Due" goes to balance
// before amount looks at it, and "Invoice Date" to the issue date before the number does.
const GUESS_ORDER: readonly MappingField[] = [
  'debtorEmail',
  'dueDate',
  'issueDate',
  'balance',
  'paid',
  'lineAmount',
  'amount',
  'currency',
  'terms',
  'status',
  'invoiceNumber',
  'debtorName',
];

const AMOUNT_CELL = /^[-+(]?\s*(?:[\p{Sc}]|[A-Z]{3})?\s?[-+]?\d[\d.,\s\u00a0']*\s?(?:[\p{Sc}]|[A-Z]{3})?\)?$/u;
const EMAIL_CELL = /^[^\s@]+@[^\s@]+\.[^\s@]+/;

function cellKind(cell: string): CellKind {
  if (EMAIL_CELL.test(cell)) return 'email';
  if (dateShape(cell).kind !== 'invalid') return 'date';
  if (AMOUNT_CELL.test(cell)) return 'amount';
  return 'text';
}

/** What most of a column's cells are, or null when the sample has none. */
function columnKind(cells: readonly string[]): CellKind | null {
  const counts = new Map<CellKind, number>();
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    const kind = cellKind(text);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: CellKind | null = null;
  let most = 0;
  for (const [kind, count] of counts) if (count > most) [best, most] = [kind, count];
  return best;
}

function foldHeader(header: string): string {
  return foldText(header).replace(/[º°ª.:_*]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A first guess at which header holds what. `samples` are data rows below the header (cells in
 * the header's order); without them only the header words decide.
 */
export function guessMapping(headers: readonly string[], samples: readonly (readonly string[])[] = []): Partial<ColumnMapping> {
  const columns = headers.map((header, index) => ({
    header,
    folded: foldHeader(header),
    kind: columnKind(samples.map((row) => row[index] ?? '')),
  }));
  const used = new Set<number>();
  const mapping: Partial<ColumnMapping> = {};
  for (const field of GUESS_ORDER) {
    if (field === 'paid' && mapping.balance !== undefined) continue;
    const rule = RULES[field];
    let chosen = -1;
    let rank = Infinity;
    columns.forEach((column, index) => {
      if (column.folded === '' || used.has(index) || rule.never?.test(column.folded)) return;
      if (column.kind !== null && !rule.cells.includes(column.kind)) return;
      // A header repeated in the file cannot be told apart by name: the mapping would be ambiguous.
      if (headers.filter((other) => other.trim() === column.header.trim()).length > 1) return;
      const at = rule.prefer.findIndex((pattern) => pattern.test(column.folded));
      if (at !== -1 && at < rank) [chosen, rank] = [index, at];
    });
    if (chosen !== -1) {
      mapping[field] = headers[chosen]!;
      used.add(chosen);
    }
  }
  return mapping;
}
