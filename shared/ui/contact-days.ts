// When today's follow-ups cannot be sent today because of the calendar (a weekend, a public
// holiday, the hour), that is one fact about a place, not about each customer: it is said once
// per place above the list (places that would say the same share one sentence) ("Today is not a contact day in Madrid; these are for Monday"), and a
// row keeps only what is its own (too many contacts, a recent conversation, a pause) or, under
// such a heading, that it can be written to now after all (a customer with rules of their own).
import type { PolicyDecision, PolicyReason } from '../collection/status';
import type { IsoDate, IsoDateTime } from '../dates';
import type { Translate } from '../i18n/translate';
import type { Debtor } from '../ledger/schema';
import { dayNumberOf, formatDay, joinWords, policyReasonsText } from './format';
import { placeOfTimeZone } from './places';

export interface ContactDayItem {
  debtor: Pick<Debtor, 'id' | 'timeZone'>;
  status: { today: IsoDate; policy: PolicyDecision };
}

export interface ContactDayHeading {
  /** The IANA zones the heading speaks for, shown as their places. */
  timeZones: string[];
  text: string;
}

export interface ContactDays {
  headings: ContactDayHeading[];
  /** What the row of this debtor still says, or null. */
  rowNotice(debtorId: string): string | null;
}

const CALENDAR: ReadonlySet<PolicyReason['code']> = new Set(['weekend', 'holiday', 'outside-hours']);
const isCalendar = (reason: PolicyReason) => CALENDAR.has(reason.code);

const localDayFormats = new Map<string, Intl.DateTimeFormat>();

/** The day an instant falls on in a zone, as YYYY-MM-DD. */
function localDay(at: IsoDateTime, timeZone: string): IsoDate {
  let format = localDayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    localDayFormats.set(timeZone, format);
  }
  return format.format(new Date(at)) as IsoDate;
}

function localTime(at: IsoDateTime, timeZone: string, uiLocale: string): string {
  return new Intl.DateTimeFormat(uiLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(at));
}

/** "today from 09:00", "tomorrow", "Monday" or, beyond a week, a date; in the UI's language. */
function whenText(t: Translate, at: IsoDateTime, today: IsoDate, timeZone: string, uiLocale: string): string {
  const day = localDay(at, timeZone);
  const ahead = dayNumberOf(day) - dayNumberOf(today);
  if (ahead <= 0) return t('popup.when.today', { time: localTime(at, timeZone, uiLocale) });
  if (ahead === 1) return t('popup.when.tomorrow');
  if (ahead < 7) {
    const weekday = new Intl.DateTimeFormat(uiLocale, { weekday: 'long', timeZone }).format(new Date(at));
    return t('popup.when.weekday', { weekday });
  }
  return t('popup.when.date', { date: formatDay(day, uiLocale) });
}

function earliest(times: readonly (IsoDateTime | null)[]): IsoDateTime | null {
  const known = times.filter((at): at is IsoDateTime => at !== null);
  return known.length === 0 ? null : known.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

export function contactDays(items: readonly ContactDayItem[], t: Translate, uiLocale: string): ContactDays {
  const zones = new Map<string, ContactDayItem[]>();
  for (const item of items) {
    if (!item.status.policy.reasons.some(isCalendar)) continue;
    const zone = zones.get(item.debtor.timeZone) ?? [];
    zone.push(item);
    zones.set(item.debtor.timeZone, zone);
  }

  // One sentence per place; places that would say the same sentence share it ("in Madrid and London").
  const sentences = new Map<string, { timeZones: string[]; places: string[]; say(place: string): string }>();
  for (const [timeZone, held] of zones) {
    // The day the calendar reopens: from the rows only the calendar holds back, when there are any.
    const onlyCalendar = held.filter((item) => item.status.policy.reasons.every(isCalendar));
    const reopens = earliest((onlyCalendar.length > 0 ? onlyCalendar : held).map((item) => item.status.policy.nextAllowedAt));
    const first = held[0]!;
    const when = reopens === null ? null : whenText(t, reopens, first.status.today, timeZone, uiLocale);
    const closedDay = held.some((item) => item.status.policy.reasons.some((r) => r.code === 'weekend' || r.code === 'holiday'));
    let key: string;
    let say: (place: string) => string;
    if (closedDay) {
      key = `closed|${when}`;
      say = (place) => (when === null ? t('popup.closedDay', { place }) : t('popup.closedDayFor', { place, when }));
    } else {
      const hours = first.status.policy.reasons.find((r) => r.code === 'outside-hours');
      const time = hours?.code === 'outside-hours' ? hours.localTime : first.status.policy.localTime;
      key = `hours|${time}|${when}`;
      say = (place) => (when === null ? t('popup.closedHours', { place, time }) : t('popup.closedHoursFor', { place, time, when }));
    }
    const sentence = sentences.get(key) ?? { timeZones: [], places: [], say };
    sentence.timeZones.push(timeZone);
    sentence.places.push(placeOfTimeZone(timeZone, uiLocale));
    sentences.set(key, sentence);
  }
  const headings: ContactDayHeading[] = [...sentences.values()].map((sentence) => ({
    timeZones: sentence.timeZones,
    text: sentence.say(joinWords(sentence.places, uiLocale)),
  }));

  const notices = new Map<string, string>();
  for (const item of items) {
    const { policy } = item.status;
    const place = { timeZone: item.debtor.timeZone, uiLocale };
    if (policy.allowed) {
      // Under a heading that says "not today", a row that can be written to says so.
      if (zones.has(item.debtor.timeZone)) notices.set(item.debtor.id, t('policy.writeNow'));
      continue;
    }
    const own = policy.reasons.filter((reason) => !isCalendar(reason));
    if (own.length > 0) notices.set(item.debtor.id, `${t('picker.notNow')}: ${policyReasonsText(t, { ...policy, reasons: own }, place)}`);
  }

  return { headings, rowNotice: (debtorId) => notices.get(debtorId) ?? null };
}
