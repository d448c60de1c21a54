// Matching a file's header row against the column names a format is known to use, in
// English and Spanish, forgiving case, accents, Xero's '*' marks and stray punctuation.
import { foldText } from './fold';

export type HeaderLanguage = 'en' | 'es';

export interface FieldNames {
  required: boolean;
  en?: readonly string[];
  es?: readonly string[];
  /** Names that belong to no language (Cobro's own snake_case, a user's mapping). */
  any?: readonly string[];
}

export type FieldTable<F extends string> = Record<F, FieldNames>;

export interface ResolvedColumns<F extends string> {
  /** Index of each field's column in the header. */
  columns: Partial<Record<F, number>>;
  /** Required fields with no column. */
  missing: F[];
  /** How many of the format's fields were found. */
  matched: number;
  /** The header's language when its names tell (null for language-neutral names). */
  language: HeaderLanguage | null;
}

export function normalizeHeader(cell: string): string {
  return foldText(cell.replace(/^[\s\ufeff]*\*+/, '').replace(/\ufeff/g, ''))
    .replace(/[º°.:]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CompiledField<F extends string> {
  field: F;
  names: Map<string, HeaderLanguage | null>;
}

const compiled = new WeakMap<object, CompiledField<string>[]>();

function compile<F extends string>(table: FieldTable<F>): CompiledField<F>[] {
  const cached = compiled.get(table);
  if (cached) return cached as CompiledField<F>[];
  const fields = (Object.keys(table) as F[]).map((field) => {
    const names = new Map<string, HeaderLanguage | null>();
    const spec = table[field];
    const english = new Set((spec.en ?? []).map(normalizeHeader));
    const spanish = new Set((spec.es ?? []).map(normalizeHeader));
    for (const name of english) names.set(name, spanish.has(name) ? null : 'en');
    for (const name of spanish) if (!names.has(name)) names.set(name, 'es');
    for (const name of (spec.any ?? []).map(normalizeHeader)) names.set(name, null);
    return { field, names };
  });
  compiled.set(table, fields);
  return fields;
}

export function resolveColumns<F extends string>(headers: readonly string[], table: FieldTable<F>): ResolvedColumns<F> {
  const normalized = headers.map(normalizeHeader);
  const columns: Partial<Record<F, number>> = {};
  const missing: F[] = [];
  let matched = 0;
  let english = 0;
  let spanish = 0;
  for (const { field, names } of compile(table)) {
    const index = normalized.findIndex((header) => names.has(header));
    if (index === -1) {
      if (table[field].required) missing.push(field);
      continue;
    }
    columns[field] = index;
    matched++;
    const language = names.get(normalized[index]!);
    if (language === 'en') english++;
    else if (language === 'es') spanish++;
  }
  const language = spanish > english ? 'es' : english > spanish ? 'en' : null;
  return { columns, missing, matched, language };
}

/** Number of fields a table declares, for a match ratio. */
export function fieldCount(table: FieldTable<string>): number {
  return Object.keys(table).length;
}

const SPANISH_WORDS = /\b(importe|fecha|cliente|factura|vencimiento|saldo|pagado|moneda|estado|cantidad|numero|deudor|correo)\b/;
const ENGLISH_WORDS = /\b(amount|date|customer|client|invoice|due|balance|paid|currency|status|number|debtor|email)\b/;

/** A guess from the words in headers nobody declared (a user's mapping). */
export function guessHeaderLanguage(headers: readonly string[]): HeaderLanguage | null {
  let spanish = 0;
  let english = 0;
  for (const header of headers) {
    const text = normalizeHeader(header).replace(/_/g, ' ');
    if (SPANISH_WORDS.test(text)) spanish++;
    if (ENGLISH_WORDS.test(text)) english++;
  }
  return spanish > english ? 'es' : english > spanish ? 'en' : null;
}
