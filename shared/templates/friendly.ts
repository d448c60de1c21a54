// The editor's friendly form of a template: the ICU source with every variable shown as a field
// ⟦Contact person⟧ named in the UI's language, and the common plurals as ready-made phrases
// ⟦Days late (“30 days”)⟧, so a user never writes plural or select syntax. Anything else the
// friendly form cannot spell out (a select that depends on the customer's situation, a number
// format, an unknown name) becomes a kept part ⟦Depends on: … · 1⟧ that carries its source
// unchanged. A plain textarea holds it; ⟦ and ⟧ are brackets nobody types in a letter.
//
// The saved text is always ICU. `toFriendly` is only used when `fromFriendly` gives back the very
// same source; otherwise the editor opens the template as source (see `friendlyTemplate`).
import { IntlMessageFormat } from 'intl-messageformat';
import type { TemplateLocale } from '../ledger/schema';
import { isTemplateVariable, TEMPLATE_VARIABLE_LABELS, TEMPLATE_VARIABLES, type TemplateVariableName } from './variables';

export type UiLanguage = 'es' | 'en';

export const FIELD_OPEN = '⟦';
export const FIELD_CLOSE = '⟧';

/** A phrase that adapts to a number, in the template's language, named in the UI's language. */
export interface TemplatePhrase {
  readonly id: string;
  readonly label: { readonly es: string; readonly en: string };
  readonly source: Readonly<Record<TemplateLocale, string>>;
}

export const TEMPLATE_PHRASES: readonly TemplatePhrase[] = [
  {
    id: 'days-late',
    label: { es: 'Días de retraso («30 días»)', en: 'Days late (“30 days”)' },
    source: { es: '{daysLate, plural, one {# día} other {# días}}', en: '{daysLate, plural, one {# day} other {# days}}' },
  },
  {
    id: 'invoice-word',
    label: { es: 'factura / facturas', en: 'invoice / invoices' },
    source: { es: '{invoiceCount, plural, one {factura} other {facturas}}', en: '{invoiceCount, plural, one {invoice} other {invoices}}' },
  },
  {
    id: 'the-invoices',
    label: { es: 'la factura / las facturas', en: 'the invoice / the invoices' },
    source: { es: '{invoiceCount, plural, one {la factura} other {las facturas}}', en: '{invoiceCount, plural, one {the invoice} other {the invoices}}' },
  },
  {
    id: 'invoices-with-numbers',
    label: { es: 'la factura F-1 / las facturas F-1 y F-2', en: 'invoice F-1 / invoices F-1 and F-2' },
    source: {
      es: '{invoiceCount, plural, one {la factura {invoiceNumbers}} other {las facturas {invoiceNumbers}}}',
      en: '{invoiceCount, plural, one {invoice {invoiceNumbers}} other {invoices {invoiceNumbers}}}',
    },
  },
  {
    id: 'reminders-sent',
    label: { es: 'Recordatorios enviados («2 recordatorios»)', en: 'Reminders sent (“2 reminders”)' },
    source: {
      es: '{remindersSent, plural, one {# recordatorio} other {# recordatorios}}',
      en: '{remindersSent, plural, one {# reminder} other {# reminders}}',
    },
  },
];

/** Variables a user inserts as they are; the yes/no ones only make sense inside a select. */
export const INSERTABLE_VARIABLES: readonly TemplateVariableName[] = TEMPLATE_VARIABLES.filter((variable) => variable.kind !== 'choice').map(
  (variable) => variable.name,
);

export function variableLabel(name: TemplateVariableName, language: UiLanguage): string {
  return TEMPLATE_VARIABLE_LABELS[name][language];
}

export function fieldToken(label: string): string {
  return `${FIELD_OPEN}${label}${FIELD_CLOSE}`;
}

/** Kept parts by their label, shared by the subject and the message of one template. */
export type KeptParts = Record<string, string>;

export interface FriendlyTemplate {
  subject: string;
  body: string;
  kept: KeptParts;
}

interface Located {
  type: number;
  value?: unknown;
  location?: { start: { offset: number }; end: { offset: number } };
}

// @formatjs/icu-messageformat-parser's TYPE enum: 0 literal, 1 argument, 5 select, 6 plural.
const LITERAL = 0;
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;

function keptLabel(element: Located, number: number, language: UiLanguage): string {
  const name = typeof element.value === 'string' ? element.value : '';
  if ((element.type === SELECT || element.type === PLURAL) && isTemplateVariable(name)) {
    const what = TEMPLATE_VARIABLE_LABELS[name][language].replace(/ \((cifra|figure)\)$/, '').toLowerCase();
    return language === 'es' ? `Según ${what} · ${number}` : `Depends on ${what} · ${number}`;
  }
  return language === 'es' ? `Parte avanzada · ${number}` : `Advanced part · ${number}`;
}

/** Known names of one UI language: label → ICU source, for variables and for the template language's phrases. */
function knownFields(locale: TemplateLocale, language: UiLanguage): Map<string, string> {
  const known = new Map<string, string>();
  for (const name of INSERTABLE_VARIABLES) known.set(variableLabel(name, language), `{${name}}`);
  for (const phrase of TEMPLATE_PHRASES) known.set(phrase.label[language], phrase.source[locale]);
  return known;
}

/**
 * One ICU source in friendly form, adding the parts it cannot show to `kept`. Null when the source
 * does not parse.
 */
export function toFriendly(source: string, locale: TemplateLocale, language: UiLanguage, kept: KeptParts): string | null {
  let elements: Located[];
  try {
    elements = new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true, captureLocation: true }).getAst() as unknown as Located[];
  } catch {
    return null;
  }
  const labelOf = new Map<string, string>();
  for (const [label, icu] of knownFields(locale, language)) labelOf.set(icu, label);
  let text = '';
  for (const element of elements) {
    if (element.type === LITERAL) {
      text += String(element.value);
      continue;
    }
    if (!element.location) return null;
    const icu = source.slice(element.location.start.offset, element.location.end.offset);
    const known = element.type === ARGUMENT || element.type === SELECT || element.type === PLURAL ? labelOf.get(icu) : undefined;
    if (known !== undefined) {
      text += fieldToken(known);
      continue;
    }
    const already = Object.entries(kept).find(([, value]) => value === icu);
    if (already) {
      text += fieldToken(already[0]);
      continue;
    }
    const label = keptLabel(element, Object.keys(kept).length + 1, language);
    kept[label] = icu;
    text += fieldToken(label);
  }
  return text;
}

// A quote starts before these characters (formatjs's tryParseQuote): an apostrophe in front of
// one of them is written twice so it stays an apostrophe. '#' only quotes inside a plural, and
// plain text here is never inside one.
const QUOTE_STARTERS = new Set(["'", '{', '}', '<', '>']);

function escapeText(text: string, followedByField: boolean): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '{' || char === '}') {
      // One quoted run for the braces and any apostrophes right after them ('' inside a quote is
      // an apostrophe): a quote closed and an apostrophe written after it would read as ''.
      let run = "'";
      while (index < text.length && (text[index] === '{' || text[index] === '}' || text[index] === "'")) {
        run += text[index] === "'" ? "''" : text[index];
        index++;
      }
      index--;
      out += `${run}'`;
    } else if (char === "'") {
      const next = index + 1 < text.length ? text[index + 1]! : followedByField ? '{' : '';
      out += QUOTE_STARTERS.has(next) ? "''" : "'";
    } else out += char;
  }
  return out;
}

export type FromFriendly =
  | { ok: true; source: string }
  /** 'unknown-field': ⟦label⟧ names nothing; 'broken-field': a ⟦ or ⟧ without its pair. */
  | { ok: false; problem: 'unknown-field' | 'broken-field'; label: string };

const TOKEN = /⟦([^⟦⟧]*)⟧/g;

/** The ICU source of a friendly text. */
export function fromFriendly(text: string, locale: TemplateLocale, language: UiLanguage, kept: KeptParts): FromFriendly {
  const known = knownFields(locale, language);
  let source = '';
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    const before = text.slice(at, match.index);
    if (before.includes(FIELD_OPEN) || before.includes(FIELD_CLOSE)) return { ok: false, problem: 'broken-field', label: before.trim().slice(-40) };
    const label = match[1]!;
    const icu = known.get(label) ?? kept[label];
    if (icu === undefined) return { ok: false, problem: 'unknown-field', label };
    source += escapeText(before, true) + icu;
    at = match.index + match[0].length;
  }
  const rest = text.slice(at);
  if (rest.includes(FIELD_OPEN) || rest.includes(FIELD_CLOSE)) return { ok: false, problem: 'broken-field', label: rest.trim().slice(0, 40) };
  return { ok: true, source: source + escapeText(rest, false) };
}

/**
 * A template's subject and message in friendly form, or null when the friendly form would not
 * give back exactly the same source (bad syntax, unusual quoting, ⟦ in the text): such a
 * template is edited as source so nothing in it changes.
 */
export function friendlyTemplate(subject: string, body: string, locale: TemplateLocale, language: UiLanguage): FriendlyTemplate | null {
  const kept: KeptParts = {};
  const friendlySubject = toFriendly(subject, locale, language, kept);
  const friendlyBody = toFriendly(body, locale, language, kept);
  if (friendlySubject === null || friendlyBody === null) return null;
  const backSubject = fromFriendly(friendlySubject, locale, language, kept);
  const backBody = fromFriendly(friendlyBody, locale, language, kept);
  if (!backSubject.ok || backSubject.source !== subject || !backBody.ok || backBody.source !== body) return null;
  return { subject: friendlySubject, body: friendlyBody, kept };
}

/** Where a Backspace (before the caret) or Delete (after it) should remove a whole field, if the caret touches one. */
export function fieldAtCaret(text: string, caret: number, direction: 'before' | 'after'): { start: number; end: number } | null {
  if (direction === 'before') {
    if (text[caret - 1] !== FIELD_CLOSE) return null;
    const start = text.lastIndexOf(FIELD_OPEN, caret - 1);
    if (start < 0 || text.slice(start + 1, caret - 1).includes(FIELD_CLOSE)) return null;
    return { start, end: caret };
  }
  if (text[caret] !== FIELD_OPEN) return null;
  const end = text.indexOf(FIELD_CLOSE, caret);
  if (end < 0 || text.slice(caret + 1, end).includes(FIELD_OPEN)) return null;
  return { start: caret, end: end + 1 };
}
