// Words and numbers the components show, kept apart from React so they can be tested as
// tables. One rule: everything the UI shows — sentences, money, dates — is in the UI's locale;
// only the text sent to a customer (templates/) is in theirs. Time zones read as places.
// Only Intl and the light money helpers here: the status chip imports this in every Gmail tab.
import type { MessageKey } from '../i18n/messages.en';
import type { Translate } from '../i18n/translate';
import type { IsoDate, IsoDateTime } from '../dates';
import { formatMoney, type Money } from '../money';
import type { CollectionState, Evidence, PolicyDecision, PolicyReason } from '../collection/status';
import type { Debtor, TemplatePurpose } from '../ledger/schema';
import type { HandlerError, HandlerIssue } from '../ledger/errors';
import { placeOfTimeZone } from './places';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, for whole-day differences without time zones. */
export function dayNumberOf(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** Whole days from `from` to `to`; positive when `to` is later. */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

const listFormats = new Map<string, Intl.ListFormat>();

export function joinWords(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** Each currency formatted on its own and listed, never added up: "2220,00 € y 150,00 US$". */
export function formatAmounts(amounts: readonly Money[], uiLocale: string): string {
  return joinWords(
    amounts.map((money) => formatMoney(money, uiLocale)),
    uiLocale,
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cachedDateFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) {
    format = make();
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date ("1 mar 2026"); placed at UTC midnight and shown in UTC so no zone can shift the day. */
export function formatDay(date: IsoDate, locale: string): string {
  const format = cachedDateFormat(`day|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  return format.format(new Date(dayNumberOf(date) * MS_PER_DAY));
}

/**
 * The calendar date of an instant on the debtor's clock, as an IsoDate. Intl, not shared/dates.ts:
 * that one brings date-fns, which the components in the Gmail content script leave out.
 */
export function dayOfMoment(at: IsoDateTime, timeZone: string): IsoDate {
  const format = cachedDateFormat(`iso|${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }));
  return format.format(new Date(at));
}

/** An instant on the debtor's clock, date and time. */
export function formatMoment(at: IsoDateTime, locale: string, timeZone: string): string {
  const format = cachedDateFormat(
    `moment|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  );
  return format.format(new Date(at));
}

/** When contact opens again: weekday, day and clock time in the debtor's zone, in the UI's words. */
export function formatOpening(at: IsoDateTime, locale: string, timeZone: string): string {
  const format = cachedDateFormat(
    `opening|${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      }),
  );
  return format.format(new Date(at));
}

/** "83 days late", "due today", "due in 3 days"; null when nothing is unpaid. */
export function latenessText(t: Translate, daysLate: number | null): string | null {
  if (daysLate === null) return null;
  return daysLate < 0 ? t('chip.dueIn', { days: -daysLate }) : t('chip.daysLate', { days: daysLate });
}

export function stepText(t: Translate, purpose: TemplatePurpose): string {
  return t(`step.${purpose}` as const);
}

const STATE_KEYS: Record<CollectionState, MessageKey> = {
  clear: 'state.debtor.current',
  'not-due': 'state.debtor.notDue',
  overdue: 'state.debtor.overdue',
  promised: 'state.debtor.promised',
  'on-plan': 'state.debtor.onPlan',
  paused: 'state.debtor.paused',
  disputed: 'state.debtor.disputed',
  'do-not-contact': 'state.debtor.doNotContact',
  'written-off': 'state.debtor.writtenOff',
};

/** The debtor's state in a word or two; a pause with an end date says until when. */
export function stateText(t: Translate, state: CollectionState, debtor: Pick<Debtor, 'pause'>, uiLocale: string): string {
  if (state === 'paused' && debtor.pause?.until) {
    return t('state.debtor.pausedUntil', { date: formatDay(debtor.pause.until, uiLocale) });
  }
  return t(STATE_KEYS[state]);
}

export function evidenceText(t: Translate, evidence: Evidence): string {
  const count = evidence.count ?? evidence.ids?.length ?? 0;
  if (evidence.code === 'days-late') return t('evidence.days-late', { days: evidence.days ?? 0 });
  return t(`evidence.${evidence.code}` as const, { count });
}

/** A handler's error in the UI language, by its code; the English detail stays in the logs. */
export function errorText(t: Translate, error: Pick<HandlerError, 'code'>): string {
  return t(`error.${error.code}` as const);
}

/** What the ledger refused about one field, in the UI's language (never its English `message`). */
export function issueText(t: Translate, issue: Pick<HandlerIssue, 'rule' | 'limit' | 'value'>): string {
  return t(`issue.${issue.rule ?? 'invalid'}` as const, { limit: issue.limit ?? 0, value: issue.value ?? '' });
}

export interface PolicyPlace {
  /** The debtor's IANA time zone: hours and the reopening time are on their clock, named as a place. */
  timeZone: string;
  /** The UI's locale, for the sentence, its dates and the place's name. */
  uiLocale: string;
}

function reasonText(t: Translate, reason: PolicyReason, place: PolicyPlace): string {
  switch (reason.code) {
    case 'outside-hours':
      return t('policy.short.outside-hours', { time: reason.localTime, place: placeOfTimeZone(place.timeZone, place.uiLocale) });
    case 'weekend':
      return t('policy.short.weekend', { place: placeOfTimeZone(place.timeZone, place.uiLocale) });
    case 'holiday':
      return t('policy.short.holiday', { date: formatDay(reason.date, place.uiLocale) });
    case 'too-many-contacts':
      return t('policy.short.too-many-contacts', { count: reason.count, days: reason.windowDays, max: reason.max });
    case 'recent-conversation':
      return t('policy.short.recent-conversation', { date: formatMoment(reason.at, place.uiLocale, place.timeZone) });
    case 'do-not-contact':
      return t('policy.short.do-not-contact');
    case 'paused':
      return reason.until === null
        ? t('policy.short.paused')
        : t('policy.short.pausedUntil', { date: formatDay(reason.until, place.uiLocale) });
  }
}

/** The reasons alone, joined: "outside contact hours (20:45 in Madrid) and weekend in Madrid". */
export function policyReasonsText(t: Translate, policy: PolicyDecision, place: PolicyPlace): string {
  return joinWords(
    policy.reasons.map((reason) => reasonText(t, reason, place)),
    place.uiLocale,
  );
}

/** "You can write now" or "Not now: outside contact hours (20:45 in Madrid) — from Mon, 15 Jun, 09:00". */
export function policyText(t: Translate, policy: PolicyDecision, place: PolicyPlace): string {
  if (policy.allowed) return t('policy.writeNow');
  const reasons = policyReasonsText(t, policy, place);
  if (policy.nextAllowedAt === null) return t('policy.notNowNever', { reasons });
  return t('policy.notNowFrom', { reasons, when: formatOpening(policy.nextAllowedAt, place.uiLocale, place.timeZone) });
}

/** Lower-cases the first letter, for words used inside a sentence ("Formal notice" → "formal notice"). */
export function lowerFirst(text: string, locale: string): string {
  const first = text.charAt(0);
  return first.toLocaleLowerCase(locale) + text.slice(1);
}
