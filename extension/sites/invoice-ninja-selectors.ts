// Everything Cobro relies on in Invoice Ninja's web client, in one place. Learned by reading the
// client's source, github.com/invoiceninja/ui at commit 42f5ff33fa60220c085f79e466b3fab6d3c8816d
// (Elastic License: read to learn the structure, nothing copied); each entry names the file.
// When Invoice Ninja changes, this is the file to update and tests/fixtures/sites/invoice-ninja/
// the record of what the recipe was written against.
//
// One fact shapes the whole recipe: the list's header cells carry NO column id in the DOM.
// src/components/DataTable.tsx passes `id={column.id}` to <Th>, but src/components/tables/Th.tsx
// only uses that prop as the sort key and renders `<th>` without it; and several columns share one
// id anyway (src/pages/invoices/common/hooks/useInvoiceColumns.tsx: contact_email, contact_name and
// client_city are all `client_id`; amount and net_amount are both `amount`; status is `status_id`).
// So the list is read this way:
// - language-free, from the rows' own links: the invoice id (row checkbox), the number (the link to
//   /invoices/:id/edit) and the customer (the link to /clients/:id);
// - by the header's label, compared with the labels the client's own catalogs give each column
//   (src/resources/lang/<locale>/<locale>.json, keys as in useInvoiceColumns.tsx): money, dates,
//   status and contact email. A label in any other language, or one a company renamed through its
//   custom translations (src/common/hooks/useCompanyTranslations.ts), leaves those fields null:
//   nothing is ever read from a column Cobro could not name.
// The header and the rows line up cell for cell: DataTable.tsx renders the checkbox cell, then
// one cell per visible column in the same order, then the actions cell, in both.

import type { PageInvoiceStatus } from './page-invoice';

/** The invoices list (src/pages/invoices/index/Invoices.tsx renders src/components/DataTable.tsx). */
export const LIST = {
  /** DataTable.tsx: the table's outermost element, `<div data-cy="dataTable">`. */
  dataTable: 'div[data-cy="dataTable"]',
  /** src/components/tables/Table.tsx: one `<table>` inside nested divs. */
  table: 'table',
  /** src/components/tables/Thead.tsx: `<thead><tr>{th…}</tr></thead>`. */
  headerCells: 'thead > tr > th',
  /** src/components/tables/Tbody.tsx + Tr.tsx: plain `<tbody>` and `<tr>`. */
  bodyRows: 'tbody > tr',
  /**
   * DataTable.tsx DataTableCheckbox + src/components/forms/Checkbox.tsx: each data row's checkbox,
   * `value` and `id` = the invoice's hashed id. Absent for users without edit permission
   * (Invoices.tsx: hideEditableOptions), in which case the id comes from the number's link.
   */
  rowCheckbox: 'input[type="checkbox"][data-cy="dataTableCheckbox"]',
  /** src/components/Spinner.tsx: the loading row's `<svg class="animate-spin …">`. */
  spinner: 'svg.animate-spin',
  /** src/components/DynamicLink.tsx: react-router `<a href>` (or a bare `<span>` when navigation is disabled). */
  link: 'a[href]',
  /** src/pages/invoices/common/components/InvoiceStatus.tsx → src/components/Badge.tsx: a `<span>` with the status words. */
  statusBadge: 'span',
  /** src/components/CopyToClipboard.tsx: the contact email column's `<span>{email}</span>` beside a copy button. */
  emailText: 'span',
} as const;

/**
 * Hrefs the list's links carry (useInvoiceColumns.tsx: number → route('/invoices/:id/edit'),
 * client → route('/clients/:id')). react-router writes them from the app's root, or after "#" when
 * the client is built with the hash router (src/index.tsx: VITE_ROUTER === 'hash').
 */
export const LINK_PATHS = {
  invoiceEdit: /\/invoices\/([^/?#]+)\/edit\/?$/,
  client: /\/clients\/([^/?#]+)\/?$/,
} as const;

/**
 * Routes (src/pages/invoices/routes.tsx): `/invoices` (list), `/invoices/:id/edit`; `create`,
 * `import`, `:id/pdf`, `:id/email` and the other tabs are not invoice pages for Cobro.
 * src/pages/settings/routes.tsx also ends two routes in `/invoices`
 * (`/settings/custom_fields/invoices`, `/settings/generated_numbers/invoices`): a `settings`
 * segment before `invoices` means it is not the list.
 */
export const ROUTE_WORDS = {
  invoices: 'invoices',
  edit: 'edit',
  notInvoiceIds: ['create', 'import'],
  notBefore: ['settings'],
} as const;

/** Columns Cobro reads from the list, by the key the client gives them in useInvoiceColumns.tsx. */
export type ListColumn = 'status' | 'number' | 'client' | 'contact_email' | 'amount' | 'balance' | 'date' | 'due_date';

/**
 * Each column's label as the client's catalogs write it (t(key) in useInvoiceColumns.tsx), from
 * src/resources/lang/{en,en_GB,es,es_ES}/*.json. Compared case- and space-insensitively.
 */
export const COLUMN_LABELS: Record<ListColumn, readonly string[]> = {
  status: ['Status', 'Estado'],
  number: ['Number', 'Número'],
  client: ['Client', 'Customer', 'Cliente'],
  contact_email: ['Contact Email', 'Correo de Contacto', 'Email del Contacto'],
  amount: ['Amount', 'Cantidad'],
  balance: ['Balance', 'Saldo'],
  date: ['Date', 'Fecha'],
  due_date: ['Due Date', 'Fecha de Pago', 'Vencimiento'],
};

/**
 * The status badge's words (InvoiceStatus.tsx picks one of t('deleted'), t('archived'),
 * t('past_due'), t('viewed'), t('draft'), t('sent') or the literal 'Rectificativa' (Verifactu),
 * t('partial'), t('paid'), t('cancelled'), t('reversed')), from the same four catalogs, are the
 * words every tool writes ("Past Due", "Vistas", "Parcial/Depósito", "Invertido"…) and are read
 * as such (page-status.ts); archived and deleted say nothing about the balance, so they read as
 * null there. Only the badge's own word is here: a corrective invoice is owed like any other.
 */
export const OWN_STATUS_WORDS: Readonly<Record<string, PageInvoiceStatus>> = {
  rectificativa: 'open',
};

/** The edit page (src/pages/invoices/edit/Edit.tsx and the components it renders). */
export const EDIT = {
  /** src/pages/invoices/common/components/InvoiceDetails.tsx: `<InputField id="number">` → `<input id="number">`. */
  number: 'input#number',
  /**
   * InvoiceDetails.tsx: the first card holds invoice_date, due_date, then partial_due_date (only
   * with a partial), each `<InputField type="date">` → `<input type="date" value="yyyy-mm-dd">`;
   * it is rendered before the card with input#number, and nothing above it has a date input.
   */
  dateInput: 'input[type="date"]',
  /**
   * src/components/cards/Element.tsx: a row is `<dt><span>{label}</span></dt><dd>{value}</dd>`.
   * The totals (src/pages/invoices/common/components/InvoiceTotals.tsx via
   * hooks/useResolveTotalVariable.tsx) are such rows, value `<span class="… font-mono">{money}</span>`.
   */
  rowLabel: 'dt',
  /**
   * src/pages/invoices/common/components/ClientSelector.tsx (textOnly, as Edit.tsx renders it):
   * `<span>{t('client')}</span><span>{display_name}</span>`; and Edit.tsx's status line:
   * `<span>{t('status')}</span><div><InvoiceStatus/>…</div>`. Both are label spans followed by
   * their value, so they are found by the label's words.
   */
  labelSpan: 'span',
  /** ClientSelector.tsx: each contact row's `<Checkbox>`, checked when the contact is on the invoice. */
  contactCheckbox: 'input[type="checkbox"]',
  /** ClientSelector.tsx: the "can sign" checkbox of a contact, `id="can-sign-…"`: not an invitation. */
  canSignPrefix: 'can-sign-',
} as const;

/** Totals rows Cobro reads (resolveTranslation('$total' | '$paid_to_date' | '$balance_due')), same catalogs. */
export const TOTAL_LABELS = {
  total: ['Total'],
  paidToDate: ['Paid to Date', 'Pagado'],
  balanceDue: ['Balance Due', 'Pendiente'],
} as const;

/** Labels on the edit page's left card (Edit.tsx, ClientSelector.tsx), same catalogs. */
export const EDIT_LABELS = {
  client: COLUMN_LABELS.client,
  status: COLUMN_LABELS.status,
} as const;

/**
 * Dates in the list are `date(value, dateFormat)` (src/common/helpers.ts, dayjs) in the company's
 * format (src/common/hooks/useCurrentCompanyDateFormats.ts, default 'DD/MMM/YYYY'). The formats
 * are the server's fourteen (invoiceninja/invoiceninja database/seeders/DateFormatsSeeder.php):
 * DD/MMM/YYYY, DD-MMM-YYYY, DD/MMMM/YYYY, DD-MMMM-YYYY, MMM D, YYYY, MMMM D, YYYY,
 * ddd MMM D, YYYY, YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY, D.MM.YYYY, DD. MMM. YYYY, DD. MMMM YYYY,
 * DD/MM/YYYY. Only the two numeric slash forms can be confused; the recipe decides between them
 * from the days a page shows (a first part over 12 is a day), else leaves the dates null.
 * Month names follow the user's language (App.tsx sets dayjs' locale); English and Spanish here.
 */
export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, ene: 1, enero: 1,
  feb: 2, february: 2, febrero: 2,
  mar: 3, march: 3, marzo: 3,
  apr: 4, april: 4, abr: 4, abril: 4,
  may: 5, mayo: 5,
  jun: 6, june: 6, junio: 6,
  jul: 7, july: 7, julio: 7,
  aug: 8, august: 8, ago: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septiembre: 9, setiembre: 9,
  oct: 10, october: 10, octubre: 10,
  nov: 11, november: 11, noviembre: 11,
  dec: 12, december: 12, dic: 12, diciembre: 12,
};

/**
 * Money is one string per cell (src/common/helpers/number.ts formatMoney): "$ 1,200.00" (symbol,
 * space, number), "1.234,56 €" (swapped symbol), or with the company's show_currency_code
 * "1,200.00 USD" ("CHF 1'234.56" for francs). Separators come from the client's currency and
 * country. Only the code form names a currency outright; a symbol is left to the ledger.
 */
export const CURRENCY_CODE = /(?:^|\s)([A-Z]{3})(?:\s|$)/;
