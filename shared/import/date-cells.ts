// Dates as spreadsheets write them. "05/11/2026" is 5 November or May 11 depending on who
// wrote it, so the order is decided once per file from every date cell: a first part above
// 12 can only be a day, a second part above 12 only a day too. When no cell tells, the
// caller has to ask the user.
import type { IsoDate } from '../dates';
import { foldText } from './fold';
import type { DateOrder } from './types';

export type DateShape =
  | { kind: 'exact'; iso: IsoDate }
  | { kind: 'numeric'; first: number; second: number; year: number; dotted: boolean }
  | { kind: 'invalid' };

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['jan', 'january', 'ene', 'enero'],
    ['feb', 'february', 'febrero'],
    ['mar', 'march', 'marzo'],
    ['apr', 'april', 'abr', 'abril'],
    ['may', 'mayo'],
    ['jun', 'june', 'junio'],
    ['jul', 'july', 'julio'],
    ['aug', 'august', 'ago', 'agosto'],
    ['sep', 'sept', 'september', 'septiembre', 'setiembre'],
    ['oct', 'october', 'octubre'],
    ['nov', 'november', 'noviembre'],
    ['dec', 'december', 'dic', 'diciembre'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

// Exports often append a midnight time ("2026-11-20 00:00:00", "11/20/2026 12:00 AM").
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Checked by arithmetic: a file has two dates per row and 100,000 rows.
function iso(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function exact(value: IsoDate | null): DateShape {
  return value === null ? { kind: 'invalid' } : { kind: 'exact', iso: value };
}

/** "Nov 20, 2026", "20 Nov 2026", "20-nov-2026", "20 de noviembre de 2026". */
function namedMonth(text: string): DateShape {
  const tokens = foldText(text)
    .split(/[\s,./-]+/)
    .filter((token) => token !== '' && token !== 'de' && token !== 'del');
  if (tokens.length !== 3) return { kind: 'invalid' };
  const [a, b, c] = tokens as [string, string, string];
  const yearText = /^\d{4}$|^\d{2}$/.test(c) ? c : null;
  if (yearText === null) return { kind: 'invalid' };
  const monthFirst = MONTHS.get(a);
  const monthSecond = MONTHS.get(b);
  if (monthFirst !== undefined && /^\d{1,2}$/.test(b)) return exact(iso(fullYear(yearText), monthFirst, Number(b)));
  if (monthSecond !== undefined && /^\d{1,2}$/.test(a)) return exact(iso(fullYear(yearText), monthSecond, Number(a)));
  return { kind: 'invalid' };
}

export function dateShape(cell: string): DateShape {
  const text = cell.trim().replace(TIME_SUFFIX, '').trim();
  if (text === '') return { kind: 'invalid' };
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return exact(iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    return {
      kind: 'numeric',
      first: Number(numeric[1]),
      second: Number(numeric[3]),
      year: fullYear(numeric[4]!),
      dotted: numeric[2] === '.',
    };
  }
  return namedMonth(text);
}

export interface DateOrderDecision {
  /** null when the cells do not tell. */
  order: DateOrder | null;
  /** Some cells are day-first or month-first and nothing says which. */
  ambiguous: boolean;
  /** Cells disagree (a 25/10 and a 10/25): the majority won and the others will be rejected. */
  conflict: boolean;
}

export function decideDateOrder(cells: Iterable<string>): DateOrderDecision {
  let numeric = 0;
  let dotted = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    const shape = dateShape(cell);
    if (shape.kind !== 'numeric') continue;
    numeric++;
    if (shape.dotted) dotted++;
    if (shape.first > 12 && shape.second <= 12) dayFirst++;
    else if (shape.second > 12 && shape.first <= 12) monthFirst++;
  }
  if (dayFirst > 0 || monthFirst > 0) {
    return {
      order: monthFirst > dayFirst ? 'mdy' : 'dmy',
      ambiguous: false,
      conflict: dayFirst > 0 && monthFirst > 0,
    };
  }
  // Nobody writes month.day.year: an all-dotted file is day-first.
  if (numeric > 0 && dotted === numeric) return { order: 'dmy', ambiguous: false, conflict: false };
  return { order: null, ambiguous: numeric > 0, conflict: false };
}

/** `order`: how a failed cell was read ('either': it could be day-first or month-first and nobody said which). */
export type DateResult = { ok: true; value: IsoDate } | { ok: false; message: string; order: DateOrder | 'either' | null };

export function readDate(cell: string, order: DateOrder | null): DateResult {
  const shape = dateShape(cell);
  if (shape.kind === 'exact') return { ok: true, value: shape.iso };
  if (shape.kind === 'numeric') {
    if (order === null) return { ok: false, message: `"${cell}" could be day-first or month-first`, order: 'either' };
    const [day, month] = order === 'dmy' ? [shape.first, shape.second] : [shape.second, shape.first];
    const value = iso(shape.year, month, day);
    if (value !== null) return { ok: true, value };
    return { ok: false, message: `"${cell}" is not a date when read ${order === 'dmy' ? 'day-first' : 'month-first'}`, order };
  }
  return { ok: false, message: `"${cell}" is not a date`, order: null };
}
