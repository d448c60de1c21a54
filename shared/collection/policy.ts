// May we contact this debtor now? Hours, weekdays and holidays are judged on the debtor's own
// clock; frequency caps count our outbound contacts in a rolling window. When the answer is no,
// nextAllowedAt says when it becomes yes, so the UI can offer "send then" instead of a refusal.
import { CONTACT_KINDS, type ContactPolicy, type Event, type Pause, type PolicyPreset } from '../ledger/schema';
import type { IsoDate, IsoDateTime } from '../dates';
import { MS_PER_DAY, fromDayNumber, toDayNumber, weekdayOf, yearOf, type DayNumber } from './days';
import { nationalHolidayDays, type HolidayCalendar } from './holidays';
import { localDayOf, localMoment, startOfLocalDay, zonedInstant } from './zoned';

export type PolicyChannel = 'email' | 'phone';

/** A policy with the preset applied and every field filled in. */
export interface ResolvedPolicy {
  preset: PolicyPreset;
  /** Local hour the contact window opens (inclusive). */
  startHour: number;
  /** Local hour it closes (exclusive); 24 = midnight. */
  endHour: number;
  /** Allowed weekdays, 0 = Sunday ... 6 = Saturday, sorted. */
  weekdays: number[];
  /** Most outbound contacts in the window; null = no cap. */
  maxContacts: number | null;
  windowDays: number;
  /** National holidays observed, if any. */
  holidayCalendar: HolidayCalendar | null;
  /** The user's extra non-contact days, sorted. */
  holidays: IsoDate[];
  /** No phone call within this many days after a call that reached the person (Reg F 1006.14(b)(2)). */
  callCooldownDays: number | null;
}

type PresetRules = Omit<ResolvedPolicy, 'preset' | 'holidays'>;

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

const PRESETS: Record<PolicyPreset, PresetRules> = {
  // Commercial calls 9:00-21:00 on working days; harassment is unlawful but there is no number.
  spain: {
    startHour: 9,
    endHour: 21,
    weekdays: MONDAY_TO_FRIDAY,
    maxContacts: null,
    windowDays: 7,
    holidayCalendar: 'spain',
    callCooldownDays: null,
  },
  // 12 CFR 1006.6(b)(1)(i) hours; 1006.14(b)(2) presumption: more than 7 in 7 days, or a call
  // within 7 days after a conversation.
  'us-regulation-f': {
    startHour: 8,
    endHour: 21,
    weekdays: EVERY_DAY,
    maxContacts: 7,
    windowDays: 7,
    holidayCalendar: null,
    callCooldownDays: 7,
  },
  // "At most one contact a day", enforced as a rolling 24 hours like every other window.
  ecuador: {
    startHour: 7,
    endHour: 20,
    weekdays: MONDAY_TO_FRIDAY,
    maxContacts: 1,
    windowDays: 1,
    holidayCalendar: 'ecuador',
    callCooldownDays: null,
  },
  none: {
    startHour: 0,
    endHour: 24,
    weekdays: EVERY_DAY,
    maxContacts: null,
    windowDays: 7,
    holidayCalendar: null,
    callCooldownDays: null,
  },
};

/** The preset's rules with the policy's own fields on top. */
export function resolvePolicy(policy: ContactPolicy): ResolvedPolicy {
  const preset = PRESETS[policy.preset];
  return {
    preset: policy.preset,
    startHour: policy.startHour ?? preset.startHour,
    endHour: policy.endHour ?? preset.endHour,
    weekdays: [...new Set(policy.weekdays ?? preset.weekdays)].sort((a, b) => a - b),
    maxContacts: policy.maxContacts === undefined ? preset.maxContacts : policy.maxContacts,
    windowDays: policy.windowDays ?? preset.windowDays,
    holidayCalendar: preset.holidayCalendar,
    holidays: [...new Set(policy.holidays ?? [])].sort(),
    callCooldownDays: preset.callCooldownDays,
  };
}

interface CompiledPolicy {
  rules: ResolvedPolicy;
  startMinute: number;
  endMinute: number;
  weekdays: ReadonlySet<number>;
  userHolidays: ReadonlySet<DayNumber>;
}

// Policies come from the debtor or the settings record and are reused across many status
// calls; resolve each object once.
const compiledCache = new WeakMap<ContactPolicy, CompiledPolicy>();

function compile(policy: ContactPolicy): CompiledPolicy {
  let compiled = compiledCache.get(policy);
  if (!compiled) {
    const rules = resolvePolicy(policy);
    compiled = {
      rules,
      startMinute: rules.startHour * 60,
      endMinute: rules.endHour * 60,
      weekdays: new Set(rules.weekdays),
      userHolidays: new Set(rules.holidays.map(toDayNumber)),
    };
    compiledCache.set(policy, compiled);
  }
  return compiled;
}

export type PolicyReason =
  | { code: 'outside-hours'; localTime: string; startHour: number; endHour: number }
  | { code: 'weekend'; weekday: number }
  | { code: 'holiday'; date: IsoDate; source: 'national' | 'user' }
  | { code: 'too-many-contacts'; count: number; max: number; windowDays: number }
  | { code: 'recent-conversation'; eventId: string; at: IsoDateTime; cooldownDays: number }
  | { code: 'do-not-contact' }
  | { code: 'paused'; until: IsoDate | null };

export type PolicyReasonCode = PolicyReason['code'];

export interface PolicyDecision {
  allowed: boolean;
  /** Why not; empty when allowed. */
  reasons: PolicyReason[];
  /** Earliest instant >= now at which every rule holds (now itself when allowed); null if never. */
  nextAllowedAt: IsoDateTime | null;
  contactsInWindow: number;
  maxContacts: number | null;
  windowDays: number;
  /** HH:mm on the debtor's clock. */
  localTime: string;
}

export interface PolicyArgs {
  policy: ContactPolicy;
  /** The debtor's IANA time zone. */
  timeZone: string;
  /** The debtor's contact log. Events later than `now` have not happened and are ignored. */
  events: Event[];
  now: Date;
  /** The channel about to be used; without it, rules for e-mail apply. */
  channel?: PolicyChannel;
}

const CONTACT_KIND_SET: ReadonlySet<string> = new Set(CONTACT_KINDS);

function clockText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${rest < 10 ? '0' : ''}${rest}`;
}

function holidaySource(compiled: CompiledPolicy, day: DayNumber): 'national' | 'user' | null {
  if (compiled.userHolidays.has(day)) return 'user';
  const calendar = compiled.rules.holidayCalendar;
  if (calendar !== null && nationalHolidayDays(calendar, yearOf(day)).has(day)) return 'national';
  return null;
}

function dayAllowed(compiled: CompiledPolicy, day: DayNumber, weekday: number): boolean {
  return compiled.weekdays.has(weekday) && holidaySource(compiled, day) === null;
}

// Two years and a week: past any combination of weekday rules and up to 400 user holidays.
const SEARCH_DAYS = 2 * 366 + 7;

/** The first instant >= from inside an open hour window on an allowed day; null if none. */
function nextOpenInstant(compiled: CompiledPolicy, from: number, timeZone: string): number | null {
  const { startMinute, endMinute } = compiled;
  if (startMinute >= endMinute || compiled.weekdays.size === 0) return null;
  const first = localMoment(from, timeZone).day;
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const day = first + offset;
    if (!dayAllowed(compiled, day, weekdayOf(day))) continue;
    const opens = zonedInstant(day, startMinute, timeZone);
    const closes = zonedInstant(day, endMinute, timeZone);
    if (opens < closes && from < closes) return Math.max(from, opens);
  }
  return null;
}

function isContact(event: Event): boolean {
  return event.direction === 'outbound' && CONTACT_KIND_SET.has(event.kind);
}

export function contactPolicyDecision(args: PolicyArgs): PolicyDecision {
  const { timeZone, events } = args;
  const compiled = compile(args.policy);
  const rules = compiled.rules;
  const now = args.now.getTime();
  const windowMs = rules.windowDays * MS_PER_DAY;

  const counted: number[] = [];
  let conversation: { event: Event; at: number } | null = null;
  const cooldownDays = args.channel === 'phone' ? rules.callCooldownDays : null;
  const cooldownMs = cooldownDays === null ? null : cooldownDays * MS_PER_DAY;
  for (const event of events) {
    const at = Date.parse(event.at);
    if (at > now) continue;
    if (isContact(event) && at > now - windowMs) counted.push(at);
    // A conversation is a call that reached the person, whoever dialled.
    if (cooldownMs !== null && event.kind === 'call' && event.outcome === 'reached' && at > now - cooldownMs) {
      if (conversation === null || at > conversation.at || (at === conversation.at && event.id > conversation.event.id)) {
        conversation = { event, at };
      }
    }
  }

  const local = localMoment(now, timeZone);
  const localTime = clockText(local.minutes);
  const reasons: PolicyReason[] = [];
  if (local.minutes < compiled.startMinute || local.minutes >= compiled.endMinute) {
    reasons.push({ code: 'outside-hours', localTime, startHour: rules.startHour, endHour: rules.endHour });
  }
  if (!compiled.weekdays.has(local.weekday)) reasons.push({ code: 'weekend', weekday: local.weekday });
  const holiday = holidaySource(compiled, local.day);
  if (holiday !== null) reasons.push({ code: 'holiday', date: fromDayNumber(local.day), source: holiday });

  let earliest = now;
  if (rules.maxContacts !== null && counted.length >= rules.maxContacts) {
    reasons.push({ code: 'too-many-contacts', count: counted.length, max: rules.maxContacts, windowDays: rules.windowDays });
    // Enough of the oldest contacts must leave the window to bring the count below the cap.
    counted.sort((a, b) => a - b);
    const leaving = counted[counted.length - rules.maxContacts]!;
    earliest = Math.max(earliest, leaving + windowMs);
  }
  if (conversation !== null && cooldownDays !== null && cooldownMs !== null) {
    reasons.push({ code: 'recent-conversation', eventId: conversation.event.id, at: conversation.event.at, cooldownDays });
    earliest = Math.max(earliest, conversation.at + cooldownMs);
  }

  const allowed = reasons.length === 0;
  const next = allowed ? now : nextOpenInstant(compiled, earliest, timeZone);
  return {
    allowed,
    reasons,
    nextAllowedAt: next === null ? null : new Date(next).toISOString(),
    contactsInWindow: counted.length,
    maxContacts: rules.maxContacts,
    windowDays: rules.windowDays,
    localTime,
  };
}

export interface DebtorPolicyArgs extends PolicyArgs {
  doNotContact: boolean;
  /** The debtor's pause; it blocks contact through its `until` day (debtor's calendar). */
  pause: Pause | null;
}

/** The policy decision with the debtor's own stops on top: do-not-contact and an active pause. */
export function debtorContactDecision(args: DebtorPolicyArgs): PolicyDecision {
  const base = contactPolicyDecision(args);
  const blocks: PolicyReason[] = [];
  if (args.doNotContact) blocks.push({ code: 'do-not-contact' });
  let resumesAt: number | null = args.now.getTime();
  if (args.pause !== null) {
    const today = localDayOf(args.now.getTime(), args.timeZone);
    const until = args.pause.until === null ? null : toDayNumber(args.pause.until);
    if (until === null || until >= today) {
      blocks.push({ code: 'paused', until: args.pause.until });
      resumesAt = until === null ? null : startOfLocalDay(until + 1, args.timeZone);
    }
  }
  if (blocks.length === 0) return base;
  let nextAllowedAt: IsoDateTime | null = null;
  if (!args.doNotContact && resumesAt !== null) {
    nextAllowedAt = contactPolicyDecision({ ...args, now: new Date(Math.max(resumesAt, args.now.getTime())) }).nextAllowedAt;
  }
  return { ...base, allowed: false, reasons: [...blocks, ...base.reasons], nextAllowedAt };
}
