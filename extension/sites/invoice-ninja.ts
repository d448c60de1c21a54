// Invoice Ninja's invoice pages (app.invoicing.co, or self-hosted at any origin): which URLs they
// are, and what an invoice on them says. Where things are is in invoice-ninja-selectors.ts, with
// the source file each fact was learned from; this file only reads.
//
// Where the chip goes: on the list, the anchor is the number's own link (or span) inside the
// number cell, and the chip is placed after it, still inside that cell. The alternatives are
// worse: after the `<td>` would put a foreign element between table cells (invalid, and it shifts
// every later column), and after the `<tr>` is a row of its own. Inside the cell, React only owns
// the link; a sibling placed after it survives re-renders (React updates the link in place and
// appends or removes only its own nodes). Two things the overlay must know, both from
// src/components/DataTable.tsx: rows are keyed by their index, so after sorting or paging the same
// cell shows another invoice — re-read on every change and re-key the chip by `key`; and a click
// anywhere in the first three cells that is not on a link, button or input opens the invoice
// slider — the chip's host must stop its clicks from reaching the row.
// On the edit page the anchor is input#number; the chip goes after it, in the field's wrapper.

import {
  COLUMN_LABELS,
  CURRENCY_CODE,
  EDIT,
  EDIT_LABELS,
  LINK_PATHS,
  LIST,
  MONTHS,
  OWN_STATUS_WORDS,
  ROUTE_WORDS,
  TOTAL_LABELS,
  type ListColumn,
} from './invoice-ninja-selectors';
import type { PageInvoice, PageInvoiceStatus, PageKind, Recipe, RecipeRead } from './page-invoice';
import { pageStatusOf } from './page-status';

interface RouteMatch {
  kind: PageKind;
  /** The hashed invoice id, on the edit page. */
  id: string | null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchPath(path: string): RouteMatch | null {
  const segments = path.split('/').filter(Boolean).map(decodeSegment);
  const last = segments.length - 1;
  let at: number;
  let match: RouteMatch;
  if (segments[last] === ROUTE_WORDS.invoices) {
    at = last;
    match = { kind: 'list', id: null };
  } else if (segments[last] === ROUTE_WORDS.edit && segments[last - 2] === ROUTE_WORDS.invoices) {
    const id = segments[last - 1] ?? '';
    if ((ROUTE_WORDS.notInvoiceIds as readonly string[]).includes(id)) return null;
    at = last - 2;
    match = { kind: 'invoice', id };
  } else {
    return null;
  }
  // Whatever comes before `invoices` is where the client is served (a self-hosted sub-path), unless
  // it is one of the client's own routes that also end in `invoices`.
  const base = segments.slice(0, at);
  if (base.some((segment) => (ROUTE_WORDS.notBefore as readonly string[]).includes(segment))) return null;
  return match;
}

/** The route of a full URL: the hash router's "#/…" fragment when there is one, else the path. */
function matchUrl(url: string): RouteMatch | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.hash.startsWith('#/')) {
    const fragmentPath = parsed.hash.slice(1).split('?')[0] ?? '';
    return matchPath(fragmentPath);
  }
  return matchPath(parsed.pathname);
}

// ---------------------------------------------------------------------------------------------
// Reading text

/** The page's words as one line: spaces collapsed, trimmed. */
function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function wordsKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function labelMatches(text: string, labels: readonly string[]): boolean {
  const key = wordsKey(text);
  return key !== '' && labels.some((label) => wordsKey(label) === key);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailOf(text: string): string | null {
  return EMAIL.test(text) ? text.toLowerCase() : null;
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}

function currencyOf(...texts: (string | null)[]): string | null {
  for (const text of texts) {
    const code = text?.match(CURRENCY_CODE)?.[1];
    if (code) return code;
  }
  return null;
}

/** The badge's words: Invoice Ninja's own word first, then the words every tool writes. */
function statusOf(statusText: string | null): PageInvoiceStatus | null {
  if (statusText === null) return null;
  return OWN_STATUS_WORDS[wordsKey(statusText)] ?? pageStatusOf(statusText);
}

/** The path of a link's href, whether react-router wrote it from the root or after "#". */
function linkPath(link: Element): string {
  const href = link.getAttribute('href') ?? '';
  const hashed = href.indexOf('#/');
  const path = hashed >= 0 ? href.slice(hashed + 1) : href;
  return path.split(/[?#]/)[0] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Dates

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date the page wrote: a day, two numbers that need the page's other dates to be told apart, or nothing. */
type WrittenDate = { iso: string } | { first: number; second: number; year: number } | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/; // D.MM.YYYY
const DASHED = /^(\d{1,2})-(\d{1,2})-(\d{4})$/; // DD-MM-YYYY
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/; // DD/MM/YYYY or MM/DD/YYYY
const DAY_MONTH_YEAR = /^(\d{1,2})[/-](\p{L}+)\.?[/-](\d{4})$/u; // DD/MMM/YYYY, DD-MMMM-YYYY…
const DAY_DOT_MONTH_YEAR = /^(\d{1,2})\.\s*(\p{L}+)\.?\s+(\d{4})$/u; // DD. MMM. YYYY, DD. MMMM YYYY
const MONTH_DAY_YEAR = /^(?:\p{L}+\.?,?\s+)?(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th|º)?,\s*(\d{4})$/u; // [ddd] MMM D, YYYY

function readDate(text: string): WrittenDate {
  const written = text.replace(/\s+/g, ' ').trim().toLowerCase();
  let m = ISO_DATE.exec(written);
  if (m) return wrap(isoDay(Number(m[1]), Number(m[2]), Number(m[3])));
  m = DOTTED.exec(written) ?? DASHED.exec(written);
  if (m) return wrap(isoDay(Number(m[3]), Number(m[2]), Number(m[1])));
  m = SLASHED.exec(written);
  if (m) return { first: Number(m[1]), second: Number(m[2]), year: Number(m[3]) };
  m = DAY_MONTH_YEAR.exec(written) ?? DAY_DOT_MONTH_YEAR.exec(written);
  if (m) return wrap(isoDay(Number(m[3]), MONTHS[m[2] ?? ''] ?? 0, Number(m[1])));
  m = MONTH_DAY_YEAR.exec(written);
  if (m) return wrap(isoDay(Number(m[3]), MONTHS[m[1] ?? ''] ?? 0, Number(m[2])));
  return null;
}

function wrap(iso: string | null): WrittenDate {
  return iso === null ? null : { iso };
}

/**
 * ISO days for dates written in one company format. Slash dates are day-first or month-first for
 * the whole page; a first number over 12 shows day-first, a second over 12 month-first; when the
 * page shows neither (or both, which no single format can), they stay null.
 */
function isoDates(written: WrittenDate[]): (string | null)[] {
  const slashed = written.filter(
    (date): date is { first: number; second: number; year: number } => date !== null && 'first' in date,
  );
  const dayFirst = slashed.some((date) => date.first > 12);
  const monthFirst = slashed.some((date) => date.second > 12);
  return written.map((date) => {
    if (date === null) return null;
    if ('iso' in date) return date.iso;
    if (dayFirst === monthFirst) return null;
    return dayFirst ? isoDay(date.year, date.second, date.first) : isoDay(date.year, date.first, date.second);
  });
}

// ---------------------------------------------------------------------------------------------
// The list

interface ListRow {
  key: string;
  cells: Element[];
  /** The number cell's link to this invoice's edit page, when the row has one. */
  numberLink: Element | null;
  clientCell: Element | null;
}

function readList(doc: Document): RecipeRead {
  const dataTable = doc.querySelector(LIST.dataTable);
  if (!dataTable) return { ok: false, missing: LIST.dataTable };
  const table = dataTable.querySelector(LIST.table);
  if (!table) return { ok: false, missing: `${LIST.dataTable} ${LIST.table}` };
  const headerCells = Array.from(table.querySelectorAll(LIST.headerCells));
  if (headerCells.length === 0) return { ok: false, missing: `${LIST.dataTable} ${LIST.headerCells}` };

  const columns = new Map<ListColumn, number>();
  headerCells.forEach((th, index) => {
    for (const [column, labels] of Object.entries(COLUMN_LABELS) as [ListColumn, readonly string[]][]) {
      if (!columns.has(column) && labelMatches(textOf(th), labels)) columns.set(column, index);
    }
  });

  const rows: ListRow[] = [];
  let loading = false;
  for (const tr of Array.from(table.querySelectorAll(LIST.bodyRows))) {
    const cells = Array.from(tr.children).filter((cell) => cell.tagName === 'TD');
    const checkbox = tr.querySelector<HTMLInputElement>(LIST.rowCheckbox);
    let numberLink: Element | null = null;
    let clientCell: Element | null = null;
    let linkedId: string | null = null;
    for (const cell of cells) {
      for (const link of Array.from(cell.querySelectorAll(LIST.link))) {
        const path = linkPath(link);
        const invoiceId = LINK_PATHS.invoiceEdit.exec(path)?.[1];
        if (invoiceId && !numberLink) {
          numberLink = link;
          linkedId = decodeSegment(invoiceId);
        } else if (LINK_PATHS.client.test(path) && !clientCell) {
          clientCell = cell;
        }
      }
    }
    // The attribute, not the property: a checkbox without one reads "on".
    const key = nonEmpty(checkbox?.getAttribute('value')?.trim() ?? '') ?? nonEmpty(checkbox?.id ?? '') ?? linkedId;
    if (key === null) {
      // The loading, error and "no records" rows are one cell across the table.
      if (tr.querySelector(LIST.spinner)) loading = true;
      continue;
    }
    // A link to another invoice's page is not this row's number.
    if (linkedId !== key) numberLink = null;
    rows.push({ key, cells, numberLink, clientCell });
  }
  if (rows.length === 0) {
    return loading ? { ok: false, missing: `${LIST.bodyRows} (still loading)` } : { ok: true, kind: 'list', invoices: [] };
  }

  const cellAt = (row: ListRow, column: ListColumn): Element | null => {
    const index = columns.get(column);
    // Header-named cells are only trusted when the row lines up with the header cell for cell.
    if (index === undefined || row.cells.length !== headerCells.length) return null;
    return row.cells[index] ?? null;
  };

  // The number's own element: the link to the row's invoice, else (navigation disabled for this
  // user: DynamicLink renders a span) the content of the column headed "Number".
  const anchors = rows.map((row) => row.numberLink ?? cellAt(row, 'number')?.firstElementChild ?? null);
  if (anchors.some((anchor) => anchor === null)) {
    return { ok: false, missing: `${LIST.dataTable} number column (a link to /invoices/:id/edit)` };
  }

  // Both date columns are written in the one company format, so they decide it together.
  const dates = isoDates(
    rows.flatMap((row) => [readDate(textOf(cellAt(row, 'date'))), readDate(textOf(cellAt(row, 'due_date')))]),
  );

  const invoices = rows.map((row, index): PageInvoice => {
    const anchor = anchors[index] as Element;
    const amountText = nonEmpty(textOf(cellAt(row, 'amount')));
    const balanceText = nonEmpty(textOf(cellAt(row, 'balance')));
    const statusText = nonEmpty(textOf(cellAt(row, 'status')?.querySelector(LIST.statusBadge)));
    const emailCell = cellAt(row, 'contact_email');
    return {
      key: row.key,
      number: nonEmpty(textOf(anchor)),
      customer: nonEmpty(textOf(row.clientCell ?? cellAt(row, 'client'))),
      email: emailOf(textOf(emailCell?.querySelector(LIST.emailText) ?? emailCell)),
      amountText,
      balanceText,
      currency: currencyOf(amountText, balanceText),
      issueDate: dates[index * 2] ?? null,
      dueDate: dates[index * 2 + 1] ?? null,
      status: statusOf(statusText),
      statusText,
      anchor,
    };
  });
  return { ok: true, kind: 'list', invoices };
}

// ---------------------------------------------------------------------------------------------
// The edit page

/** The element after a label span whose words are one of `labels`. */
function valueAfterLabel(doc: Document, labels: readonly string[]): Element | null {
  for (const span of Array.from(doc.querySelectorAll(EDIT.labelSpan))) {
    if (span.children.length === 0 && labelMatches(textOf(span), labels) && span.nextElementSibling) {
      return span.nextElementSibling;
    }
  }
  return null;
}

/** The value of the Element row (dt/dd) whose label is one of `labels`. */
function rowValue(doc: Document, labels: readonly string[]): string | null {
  for (const dt of Array.from(doc.querySelectorAll(EDIT.rowLabel))) {
    const label = dt.querySelector('span') ?? dt;
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD' && labelMatches(textOf(label), labels)) return nonEmpty(textOf(dd));
  }
  return null;
}

/** The address of the first contact the invoice is sent to (a checked contact in the client selector). */
function invitedEmail(doc: Document): string | null {
  for (const span of Array.from(doc.querySelectorAll(EDIT.labelSpan))) {
    const email = span.children.length === 0 ? emailOf(textOf(span)) : null;
    if (!email) continue;
    // Up from the address to the contact row that also holds the contact's checkbox.
    for (let row = span.parentElement, depth = 0; row && depth < 4; row = row.parentElement, depth++) {
      const checkbox = Array.from(row.querySelectorAll<HTMLInputElement>(EDIT.contactCheckbox)).find(
        (box) => !box.id.startsWith(EDIT.canSignPrefix),
      );
      if (checkbox) {
        if (checkbox.checked) return email;
        break;
      }
    }
  }
  return null;
}

function readEdit(doc: Document): RecipeRead {
  const numberInput = doc.querySelector<HTMLInputElement>(EDIT.number);
  if (!numberInput) return { ok: false, missing: EDIT.number };
  const number = numberInput.value.trim();
  // Edit.tsx renders the form before the invoice arrives; an empty number is a page still loading.
  if (number === '') return { ok: false, missing: `${EDIT.number} (empty: still loading)` };

  const dates = Array.from(doc.querySelectorAll<HTMLInputElement>(EDIT.dateInput)).filter(
    (input) => input.compareDocumentPosition(numberInput) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const isoOf = (input: HTMLInputElement | undefined) => {
    const written = input ? readDate(input.value) : null;
    return written !== null && 'iso' in written ? written.iso : null;
  };

  const statusText = nonEmpty(textOf(valueAfterLabel(doc, EDIT_LABELS.status)?.querySelector('span')));
  const amountText = rowValue(doc, TOTAL_LABELS.total);
  const balanceText = rowValue(doc, TOTAL_LABELS.balanceDue);
  const id = matchUrl(doc.URL)?.id ?? null;
  return {
    ok: true,
    kind: 'invoice',
    invoices: [
      {
        key: id ?? number,
        number,
        customer: nonEmpty(textOf(valueAfterLabel(doc, EDIT_LABELS.client))),
        email: invitedEmail(doc),
        amountText,
        balanceText,
        currency: currencyOf(amountText, balanceText),
        issueDate: isoOf(dates[0]),
        dueDate: isoOf(dates[1]),
        status: statusOf(statusText),
        statusText,
        anchor: numberInput,
      },
    ],
  };
}

export const invoiceNinja: Recipe = {
  id: 'invoice-ninja',
  name: 'Invoice Ninja',
  route: (url) => matchUrl(url)?.kind ?? null,
  read: (doc, kind) => (kind === 'list' ? readList(doc) : readEdit(doc)),
};
