// What the import preview says about a row it leaves out, or a file it cannot read: one headline
// and one cause with the likely fix, in the UI's language. The import core gives the facts (the
// column as the file's header names it, the cell as written, money in minor units); the wording,
// money, dates and currency names are the UI's.
import type { Translate } from '../../i18n/translate';
import type { PlanWarning } from '../../import/plan';
import type { ImportFailure, ImportWarning, RowReason } from '../../import/types';
import { InvoiceStatus } from '../../ledger/schema';
import { formatMoney } from '../../money';
import { formatDay } from '../format';
import { currencyName } from '../places';

export interface ImportText {
  headline: string;
  fix: string;
}

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

function isSpanish(locale: string): boolean {
  return locale.toLowerCase().startsWith('es');
}

/** "“a”, “b” and “c”", quoted the way the UI's language quotes. */
function quotedList(names: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const quoted = names.map((name) => (isSpanish(locale) ? `«${name}»` : `“${name}”`));
  return new Intl.ListFormat(locale, { type }).format(quoted);
}

export function rowReasonText(t: Translate, locale: string, reason: RowReason): ImportText {
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, locale);
  switch (reason.code) {
    case 'too-many-values': {
      const values = { values: reason.values, columns: reason.columns, delimiter: DELIMITER_NAMES[reason.delimiter] };
      return { headline: t('ws.import.reason.too-many-values', values), fix: t('ws.import.fix.too-many-values', values) };
    }
    case 'not-a-date':
      return {
        headline: t('ws.import.reason.not-a-date', { value: reason.value, column: reason.column }),
        fix: t('ws.import.fix.not-a-date', { order: reason.order ?? 'none', example: isSpanish(locale) ? '28/02/2026' : '2026-02-28' }),
      };
    case 'not-an-amount': {
      const headline = t('ws.import.reason.not-an-amount', { value: reason.value, column: reason.column });
      // A figure written with the other decimal mark than the rest of the file ("1.815,00" among "1815.00").
      const otherMark = reason.decimal === 'dot' ? /^[^\d]*\d{1,3}(\.\d{3})*,\d{1,2}[^\d]*$/ : /^[^\d]*\d{1,3}(,\d{3})*\.\d{1,2}[^\d]*$/;
      if (reason.decimal !== undefined && otherMark.test(reason.value.trim())) {
        return { headline, fix: t('ws.import.fix.not-an-amount-decimal', { mark: reason.decimal }) };
      }
      return { headline, fix: t('ws.import.fix.not-an-amount') };
    }
    case 'not-positive':
      return { headline: t('ws.import.reason.not-positive', { amount: money(reason.amount, reason.currency) }), fix: t('ws.import.fix.not-positive') };
    case 'paid-over-total':
      return {
        headline: t('ws.import.reason.paid-over-total', { paid: money(reason.paid, reason.currency), amount: money(reason.amount, reason.currency) }),
        fix: t('ws.import.fix.paid-over-total'),
      };
    case 'lines-sum-mismatch':
      return {
        headline: t('ws.import.reason.lines-sum-mismatch', { column: reason.column, total: money(reason.total, reason.currency), sum: money(reason.sum, reason.currency) }),
        fix: t('ws.import.fix.lines-sum-mismatch'),
      };
    case 'due-before-issue':
      return {
        headline: t('ws.import.reason.due-before-issue', { due: formatDay(reason.due, locale), issue: formatDay(reason.issue, locale) }),
        fix: t('ws.import.fix.due-before-issue'),
      };
    case 'unknown-status':
      return {
        headline: t('ws.import.reason.unknown-status', { value: reason.value }),
        fix: t('ws.import.fix.unknown-status', { options: quotedList(InvoiceStatus.options, locale, 'disjunction') }),
      };
    case 'duplicate-in-file':
      return {
        headline: t('ws.import.reason.duplicate-in-file', { number: reason.number, name: reason.name }),
        fix: t('ws.import.fix.duplicate-in-file', { firstLine: reason.firstLine ?? 0 }),
      };
    case 'currency-mismatch':
      return {
        headline: t('ws.import.reason.currency-mismatch', {
          number: reason.number,
          ledger: currencyName(reason.ledger, locale),
          file: currencyName(reason.file, locale),
        }),
        fix: t('ws.import.fix.currency-mismatch'),
      };
    case 'currency-conflict': {
      const written =
        reason.written === '$' || reason.written === '¥'
          ? t('ws.import.symbolName', { symbol: reason.written === '$' ? 'dollar' : 'yen' })
          : currencyName(reason.written, locale);
      return {
        headline: t('ws.import.reason.currency-conflict', { value: reason.value, written, currency: currencyName(reason.currency, locale), against: reason.against }),
        fix: t('ws.import.fix.currency-conflict'),
      };
    }
    case 'ambiguous-symbol': {
      const symbol = reason.symbol === '$' ? 'dollar' : 'yen';
      return { headline: t('ws.import.reason.ambiguous-symbol', { value: reason.value, symbol }), fix: t('ws.import.fix.ambiguous-symbol', { symbol }) };
    }
    case 'not-to-collect': {
      const kind = reason.kind ?? 'other';
      return { headline: t('ws.import.reason.not-to-collect', { value: reason.value, kind }), fix: t('ws.import.fix.not-to-collect', { kind }) };
    }
    default: {
      // The rest carry plain words and numbers only.
      const { code, ...values } = reason;
      return { headline: t(`ws.import.reason.${code}`, values), fix: t(`ws.import.fix.${code}`) };
    }
  }
}

export function failureText(t: Translate, locale: string, failure: ImportFailure, file: string): ImportText {
  const missing = failure.missing ?? [];
  const list = { missing: quotedList(missing, locale), count: missing.length, file };
  switch (failure.code) {
    case 'mapping-required':
      if (failure.like && missing.length > 0) {
        return {
          headline: t('ws.import.failure.nearly', { ...list, format: t(`ws.import.formatName.${failure.like}`) }),
          fix: t('ws.import.failureFix.nearly'),
        };
      }
      return { headline: t('ws.import.failure.mapping-required', { file }), fix: t('ws.import.failureFix.mapping-required') };
    case 'missing-column':
      return { headline: t('ws.import.failure.missing-column', list), fix: t('ws.import.failureFix.missing-column') };
    case 'bad-mapping':
      return { headline: t('ws.import.failure.bad-mapping', { problem: failure.mappingProblem ?? 'noColumn' }), fix: t('ws.import.failureFix.bad-mapping') };
    default:
      return { headline: t(`ws.import.failure.${failure.code}`, { file }), fix: t(`ws.import.failureFix.${failure.code}`) };
  }
}


/** "line 3", "lines 3, 7 and 9", "lines 3, 7, 9, 12, 15 and 9 more": at most `shown` numbers. */
export function linesText(t: Translate, locale: string, lines: readonly number[], shown = 5): string {
  // A list that goes on ("and 9 more") is joined by commas only.
  const list = new Intl.ListFormat(locale, lines.length > shown ? { type: 'unit', style: 'short' } : { type: 'conjunction' }).format(
    lines.slice(0, shown).map((line) => line.toLocaleString(locale)),
  );
  return t('ws.import.warningLines', { count: lines.length, list, more: Math.max(0, lines.length - shown) });
}

export interface WarningText {
  /** Stable within one list, for React. */
  key: string;
  text: string;
  /** The file's lines it concerns, in order (none when it concerns the whole file). */
  lines: number[];
}

/** Warnings that say the same thing about several rows are one line of the preview. */
function groupKey(warning: ImportWarning): string {
  switch (warning.code) {
    case 'dropped-value':
      return `${warning.code}\u0000${warning.detail?.what ?? ''}\u0000${warning.detail?.what === 'phone' ? '' : (warning.detail?.value ?? '')}`;
    case 'unknown-status':
      return `${warning.code}\u0000${warning.detail?.value ?? ''}`;
    case 'currency-from-symbol':
      return `${warning.code}\u0000${warning.detail?.symbol ?? ''}`;
    default:
      return warning.code;
  }
}

/** One warning (the first of its group of `count`) in the UI's language, with its facts. */
export function warningText(t: Translate, locale: string, warning: ImportWarning, count = 1): string {
  switch (warning.code) {
    case 'dropped-value':
      return t('ws.import.warning.dropped-value', { count, what: warning.detail?.what ?? 'other', value: warning.detail?.value ?? '' });
    case 'unknown-status':
      return t('ws.import.warning.unknown-status', { count, value: warning.detail?.value || 'none' });
    case 'currency-from-symbol':
      return t('ws.import.warning.currency-from-symbol', {
        count,
        symbol: warning.detail?.symbol ?? '',
        currency: warning.detail ? currencyName(warning.detail.currency, locale) : 'none',
      });
    default:
      // The rest say the same of every row they concern; the lines beside them say where.
      return t(`ws.import.warning.${warning.code}`, { count });
  }
}

/** The parse's warnings as the preview lists them: grouped, worded, each with its lines. */
export function warningTexts(t: Translate, locale: string, warnings: readonly ImportWarning[]): WarningText[] {
  const groups = new Map<string, { first: ImportWarning; count: number; lines: number[] }>();
  for (const warning of warnings) {
    const key = groupKey(warning);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { first: warning, count: 0, lines: [] }));
    group.count++;
    if (warning.line !== null) group.lines.push(warning.line);
  }
  return [...groups].map(([key, group]) => ({ key, text: warningText(t, locale, group.first, group.count), lines: group.lines }));
}

/** What an import changes that the user should see before it is written, in the UI's language. */
export function planWarningText(t: Translate, locale: string, warning: PlanWarning): string {
  const money = (amount: number) => formatMoney({ amount, currency: warning.currency }, locale);
  const values = { number: warning.number, before: money(warning.before), after: money(warning.after) };
  switch (warning.code) {
    case 'amount-changed':
      return t('ws.import.planWarning.amount-changed', values);
    case 'balance-grew':
      return t('ws.import.planWarning.balance-grew', values);
  }
}
