// Reads one invoice from a generic page — an edit form, or a view that labels its values — for the
// "Add to Cobro" form's first values when no recipe knows the site. Labels are matched in English and
// Spanish, wherever the page puts them: `label[for]`, a wrapping label, aria-labelledby, aria-label,
// placeholder, `<dt>`/`<dd>`, a two-cell table row, a label element followed by its value, and
// "Label: value" text. Everything read is the page's own text: the user confirms it in the form.
//
// Dates are given only when they cannot be misread: an `input[type=date]` value, yyyy-mm-dd, or a
// date with its month in words. "05/12/2026" may be the 5th of December or the 12th of May, and the
// page does not say which: it is left for the user to fill in.

import type { PageInvoice } from './page-invoice';
import { pageStatusIn } from './page-status';

type Field = 'number' | 'customer' | 'email' | 'amount' | 'balance' | 'currency' | 'issueDate' | 'dueDate' | 'status';

/** Labels, lower-cased, without accents, "Nº"/"No." written "no", punctuation around them taken off. */
const LABELS: [Field, RegExp][] = [
  ['number', /^(?:(?:invoice|factura)(?: (?:#|no|nr|num|number|numero))?|(?:#|no|num|number|numero)(?: de)?(?: (?:factura|invoice))?|invoice id)$/u],
  ['customer', /^(?:customer|client|cliente|bill to|billed to|facturar a|facturado a|(?:customer|client) name|nombre (?:del|de) cliente|razon social)$/u],
  ['email', /^(?:e-?mail|correo|correo electronico|e-?mail address|(?:customer|client|billing) e-?mail|(?:e-?mail|correo)(?: electronico)? (?:del|de) cliente)$/u],
  ['amount', /^(?:total|importe|importe total|amount|total amount|invoice total|grand total|total (?:de la )?factura|monto|monto total)$/u],
  ['balance', /^(?:amount due|balance due|balance|total due|outstanding|saldo|saldo pendiente|pendiente|(?:importe|total) pendiente|pendiente de pago|por cobrar|total a pagar|(?:importe|total) adeudado)$/u],
  ['currency', /^(?:currency|moneda|divisa)$/u],
  ['issueDate', /^(?:fecha|fecha (?:de )?(?:emision|factura)|fecha de la factura|invoice date|issue date|date|date issued|issued|issued on|created|created on|emitida|emision)$/u],
  ['dueDate', /^(?:vencimiento|fecha (?:de )?vencimiento|vence|due|due date|due on|payment due|fecha limite de pago)$/u],
  ['status', /^(?:status|estado|invoice status|estado de la factura)$/u],
];

interface Found {
  text: string;
  /** ISO day when the page gave one outright (a date field's value). */
  isoDay: string | null;
  element: Element;
}

const CONTROLS = 'input, select, textarea';
const CELLS = new Set(['TH', 'TD', 'TR']);
const NOT_TEXT_INPUTS = new Set(['hidden', 'password', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'image', 'range', 'color']);
/** A label is short; a longer text is a sentence that merely starts like one. */
const MAX_LABEL = 40;
const MAX_VALUE = 200;
/** Elements looked at for label-and-value pairs: enough for any invoice view, bounded on a huge page. */
const MAX_ELEMENTS = 5000;

export function readInvoiceForm(root: ParentNode): PageInvoice | null {
  const found = new Map<Field, Found>();
  const take = (label: string, value: Found) => {
    const field = fieldOf(label);
    if (field === null || found.has(field)) return;
    const text = clean(value.text);
    if (text === '' || text.length > MAX_VALUE) return;
    found.set(field, { ...value, text });
  };

  // Fields first: an edit form says the most exactly what each value is.
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(CONTROLS)) {
    const type = control.tagName === 'INPUT' ? (control as HTMLInputElement).type.toLowerCase() : '';
    if (NOT_TEXT_INPUTS.has(type)) continue;
    const value = controlValue(control);
    if (value === '') continue;
    const isoDay = type === 'date' && isIsoDay(control.value) ? control.value : null;
    for (const label of labelsOf(control, root)) {
      if (fieldOf(label) !== null) {
        take(label, { text: value, isoDay, element: control });
        break;
      }
    }
  }

  for (const term of root.querySelectorAll('dt')) {
    const value = term.nextElementSibling;
    if (value?.tagName === 'DD') take(term.textContent ?? '', { text: value.textContent ?? '', isoDay: null, element: contentOf(value) });
  }

  for (const row of root.querySelectorAll('tr')) {
    const cells = [...row.children].filter((cell) => cell.tagName === 'TH' || cell.tagName === 'TD');
    const [head, value] = cells;
    if (cells.length !== 2 || !head || !value) continue;
    const headText = head.textContent ?? '';
    if (head.tagName === 'TH' || clean(headText).endsWith(':')) take(headText, { text: value.textContent ?? '', isoDay: null, element: contentOf(value) });
  }

  // A label element followed by its value: `<span>Total:</span> <b>1.234,56 €</b>`, `<div>Cliente</div><div>…</div>`.
  let looked = 0;
  for (const element of root.querySelectorAll('*')) {
    if ((looked += 1) > MAX_ELEMENTS) break;
    // Table cells are read as rows above: a list's header cells are labels, but of columns, not of values beside them.
    if (element.childElementCount > 0 || CELLS.has(element.tagName) || element.closest(CONTROLS) || fieldOf(element.textContent ?? '') === null) continue;
    const next = valueAfter(element);
    if (next) take(element.textContent ?? '', next);
  }

  // "Label: value" in one piece of text.
  for (const text of textNodes(root)) {
    const match = /^\s*([^:\n]{1,40}):\s*(\S[^\n]*)\s*$/u.exec(text.nodeValue ?? '');
    if (match?.[1] && match[2] && text.parentElement) take(match[1], { text: match[2], isoDay: null, element: text.parentElement });
  }

  // A heading naming the invoice: "Factura F-2026-0107", "Invoice #INV-0042".
  if (!found.has('number')) {
    for (const heading of root.querySelectorAll('h1, h2, h3')) {
      const match = /^\s*(?:invoice|factura)\s*(?:#|n\.?\s?[º°]\.?|no\.|number|n[úu]mero)?\s*:?\s*#?([\p{L}\p{N}][\p{L}\p{N}\-/._]*\p{N}[\p{L}\p{N}\-/._]*)\s*$/iu.exec(heading.textContent ?? '');
      if (match?.[1]) {
        found.set('number', { text: match[1], isoDay: null, element: heading });
        break;
      }
    }
  }

  const number = found.get('number');
  const amount = found.get('amount');
  const balance = found.get('balance');
  const customer = found.get('customer');
  if (!number || (!amount && !balance && !customer)) return null;
  const numberText = number.text.replace(/^(?:#|n\.?\s?[º°]\.?\s?)/iu, '');
  const statusText = found.get('status')?.text ?? null;
  return {
    key: numberText,
    number: numberText,
    customer: customer?.text ?? null,
    email: emailIn(found.get('email')?.text ?? customer?.text ?? ''),
    amountText: amount?.text ?? null,
    balanceText: balance?.text ?? null,
    currency: currencyIn(found.get('currency')?.text ?? '') ?? currencyIn(amount?.text ?? '', true) ?? currencyIn(balance?.text ?? '', true),
    issueDate: dayOf(found.get('issueDate')),
    dueDate: dayOf(found.get('dueDate')),
    status: statusText === null ? null : pageStatusIn(statusText),
    statusText,
    anchor: number.element,
  };
}

export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\((?:required|optional|obligatorio|opcional)\)/gu, ' ')
    .replace(/(^|\s)n\.?\s?[º°o]\.?(?=\s|$|\d)/gu, '$1no ')
    .replace(/[:*.]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function fieldOf(label: string): Field | null {
  if (label.length > MAX_LABEL * 2) return null;
  const normal = normaliseLabel(label);
  if (normal === '' || normal.length > MAX_LABEL) return null;
  for (const [field, pattern] of LABELS) if (pattern.test(normal)) return field;
  return null;
}

function clean(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function controlValue(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    // A select still on its empty prompt ("Elija un cliente") has no value.
    return option && option.value !== '' ? clean(option.textContent ?? '') : '';
  }
  return clean(control.value);
}

/** The texts that may name a field, best first. */
function labelsOf(control: Element, root: ParentNode): string[] {
  const labels: string[] = [];
  const id = control.getAttribute('id');
  if (id) {
    for (const label of root.querySelectorAll('label[for]')) if (label.getAttribute('for') === id) labels.push(label.textContent ?? '');
  }
  const wrapping = control.closest('label');
  if (wrapping) labels.push(textWithout(wrapping, control));
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = control.ownerDocument;
    labels.push(labelledBy.split(/\s+/u).map((ref) => doc.getElementById(ref)?.textContent ?? '').join(' '));
  }
  for (const attribute of ['aria-label', 'placeholder']) {
    const value = control.getAttribute(attribute);
    if (value) labels.push(value);
  }
  return labels;
}

/** A wrapping label's own words, without the field's (a select's options are text too). */
function textWithout(label: Element, control: Element): string {
  let text = '';
  const walker = label.ownerDocument.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (!control.contains(node)) text += ` ${node.nodeValue ?? ''}`;
  return text;
}

/** The value after a label element: the next element's text, or the text right after it. */
function valueAfter(label: Element): Found | null {
  for (let node = label.nextSibling; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if (clean(node.nodeValue ?? '') !== '') return label.parentElement ? { text: node.nodeValue ?? '', isoDay: null, element: label.parentElement } : null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    return asValue(node as Element);
  }
  // `<div><span>Total</span></div><div>…</div>`: a label alone in its box, the value in the next box.
  const box = label.parentElement;
  if (box && !CELLS.has(box.tagName) && clean(box.textContent ?? '') === clean(label.textContent ?? '') && box.nextElementSibling) {
    return asValue(box.nextElementSibling);
  }
  return null;
}

function asValue(element: Element): Found | null {
  // A field (read with its own label), a cell, or another label (a header row made of boxes) is no value.
  if (element.matches(CONTROLS) || element.querySelector(CONTROLS) || CELLS.has(element.tagName)) return null;
  const text = element.textContent ?? '';
  if (fieldOf(text) !== null) return null;
  return { text, isoDay: null, element: contentOf(element) };
}

/** The innermost element that holds all of a box's text: the chip goes after the value, not after its cell. */
function contentOf(box: Element): Element {
  let at = box;
  for (;;) {
    const only = at.childElementCount === 1 ? at.firstElementChild : null;
    if (!only || clean(only.textContent ?? '') !== clean(at.textContent ?? '')) return at;
    at = only;
  }
}

function* textNodes(root: ParentNode): Generator<Text> {
  const start = root as Node;
  const doc = start.ownerDocument ?? (start as Document);
  const walker = doc.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node !== null && count < MAX_ELEMENTS * 4; node = walker.nextNode(), count += 1) {
    const parent = node.parentElement;
    if (parent && !parent.closest('script, style, template, noscript, textarea') && (node.nodeValue ?? '').includes(':')) yield node as Text;
  }
}

function emailIn(text: string): string | null {
  const match = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u.exec(text);
  return match ? match[0].toLowerCase() : null;
}

const CURRENCIES: ReadonlySet<string> = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);

/** An ISO code the text names outright ("EUR", "Euro (EUR)", "1,200.00 USD"); in an amount, only in capitals. */
function currencyIn(text: string, capitalsOnly = false): string | null {
  for (const match of text.matchAll(/(?<![\p{L}])(\p{L}{3})(?![\p{L}])/gu)) {
    const word = match[1] ?? '';
    if (capitalsOnly && word !== word.toUpperCase()) continue;
    const code = word.toUpperCase();
    if (CURRENCIES.size === 0 ? /^[A-Z]{3}$/u.test(code) : CURRENCIES.has(code)) return code;
  }
  return null;
}

function dayOf(found: Found | undefined): string | null {
  if (!found) return null;
  return found.isoDay ?? isoDayIn(found.text);
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9, set: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
};

/** yyyy-mm-dd, or a day with its month in words ("5 de diciembre de 2026", "Dec 5, 2026"); else null. */
export function isoDayIn(text: string): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/u.exec(text);
  if (iso) return isIsoDay(`${iso[1]}-${iso[2]}-${iso[3]}`) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  const words = normaliseLabel(text)
    .replace(/(\d)(?:st|nd|rd|th)\b/gu, '$1')
    .split(/[\s,.\-/]+/u)
    .filter((word) => word !== '' && word !== 'de' && word !== 'del' && word !== 'of');
  let month: number | null = null;
  let year: number | null = null;
  let day: number | null = null;
  for (const word of words) {
    if (/^\d{4}$/u.test(word) && year === null) year = Number(word);
    else if (/^\d{1,2}$/u.test(word) && day === null) day = Number(word);
    else if (MONTHS[word] !== undefined && month === null) month = MONTHS[word] ?? null;
    else if (/\d/u.test(word)) return null;
  }
  if (month === null || year === null || day === null) return null;
  const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(candidate) ? candidate : null;
}

function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
