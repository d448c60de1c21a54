// Days a reply names, resolved in the writer's calendar: "mañana" is the day after the day the
// debtor wrote, in their time zone. chrono-node reads written dates ("15 de diciembre", "Dec 15th",
// "15/12", "dentro de 3 días", "in two weeks"); our own patterns read what its Spanish misses and what
// debtors say most: "la semana que viene", "a fin de mes", "la quincena", "antes del día 20",
// "después de Reyes", bare weekdays and day numbers.
//
// Choices, for a promise's deadline:
// - a week ("la semana que viene", "next week", "esta semana") is its Friday: the last working day, the
//   day after which the promise is broken; "early next week" is its Monday;
// - a month's end is its last day; "a principios de enero" is 5 January, "mediados" the 15th;
// - "la quincena" is the next Mexican pay day: the 15th or the month's last day, whichever comes first
//   after the message day;
// - a weekday is the next such day after the message day (never the message day itself); a day number
//   already past this month is next month's.
// Each found day also carries its past reading where the words allow one ("el lunes" in "pagamos el
// lunes"), so a claim of payment can take the day before the message.
import * as chrono from 'chrono-node';
import type { IsoDate } from '../dates';
import { fold } from './normalize';
import type { ReplyLanguage } from './types';

export interface FoundDate {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** The day read forwards from the message day. */
  date: IsoDate;
  /** The day read backwards, when the words allow both ("el lunes", "el 3"); else the same as date. */
  past: IsoDate;
  /** The first day of a stretch named whole ("en enero", "next month"): where an absence ends, not a promise's deadline. */
  first?: IsoDate;
}

// Day arithmetic on UTC day numbers: calendar days have no zone once the message day is known.
const dayNumber = (iso: IsoDate) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const ymd = (year: number, month: number, day: number) => isoOf(Date.UTC(year, month - 1, day) / 86_400_000);
const plus = (iso: IsoDate, days: number) => isoOf(dayNumber(iso) + days);
/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (iso: IsoDate) => (new Date(dayNumber(iso) * 86_400_000).getUTCDay() + 6) % 7;
const lastOfMonth = (year: number, month: number) => ymd(year, month + 1, 0);
const partsOf = (iso: IsoDate) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
const mondayOf = (iso: IsoDate) => plus(iso, -weekdayOf(iso));

const weekdays: Record<string, number> = {
  lunes: 0, martes: 1, miercoles: 2, jueves: 3, viernes: 4, sabado: 5, domingo: 6,
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
  mon: 0, tue: 1, tues: 1, wed: 2, thu: 3, thur: 3, thurs: 3, fri: 4,
  // Catalan, mixed into Spanish in Barcelona: "us faig la transferència el dilluns".
  dilluns: 0, dimarts: 1, dimecres: 2, dijous: 3, divendres: 4,
};
const months: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const counts: Record<string, number> = {
  un: 1, una: 1, uno: 1, a: 1, one: 1, dos: 2, two: 2, tres: 3, three: 3, cuatro: 4, four: 4, cinco: 5, five: 5, seis: 6, six: 6,
  siete: 7, seven: 7, ocho: 8, eight: 8, diez: 10, ten: 10, quince: 15, fifteen: 15, 'un par de': 2, 'a couple of': 2, 'a few': 3, 'unos': 3, 'unos pocos': 3,
};

const weekdayWord = Object.keys(weekdays).join('|');
const monthWord = Object.keys(months).join('|');
const monthName = new RegExp(String.raw`\b(?:${monthWord})\b`);
const countWord = String.raw`\d{1,2}|un par de|a couple of|a few|unos pocos|unos|${Object.keys(counts).filter((w) => !w.includes(' ')).join('|')}`;
const nextWeek = String.raw`(?:la )?otra semana|(?:la )?semana (?:que viene|proxima|entrante)|(?:la )?proxima semana|next week|the week after`;

/** The next day after `today` (or on it when `orToday`) whose day of month is `day`, moving to later months as needed. */
function nextDayOfMonth(today: IsoDate, day: number, orToday: boolean): IsoDate | null {
  const { year, month } = partsOf(today);
  for (let offset = 0; offset < 3; offset++) {
    const candidate = ymd(year, month + offset, day);
    if (partsOf(candidate).day !== day) continue; // the 31st of a 30-day month
    if (candidate > today || (orToday && candidate === today)) return candidate;
  }
  return null;
}
function previousDayOfMonth(today: IsoDate, day: number): IsoDate | null {
  const { year, month } = partsOf(today);
  for (let offset = 0; offset > -3; offset--) {
    const candidate = ymd(year, month + offset, day);
    if (partsOf(candidate).day === day && candidate <= today) return candidate;
  }
  return null;
}
/** The month named as already behind us: this year's, or last year's when it is still ahead. */
function monthBehind(today: IsoDate, month: number): { year: number; month: number } {
  const parts = partsOf(today);
  return { year: month > parts.month ? parts.year - 1 : parts.year, month };
}
/** A day of a named month read forwards and, for a payment already made, backwards ("a fines de octubre"). */
function bothWays(today: IsoDate, month: number, day: (year: number, month: number) => IsoDate): { date: IsoDate; past: IsoDate } {
  const ahead = monthAhead(today, month);
  const behind = monthBehind(today, month);
  const date = day(ahead.year, ahead.month);
  const past = day(behind.year, behind.month);
  if (past > today) return { date, past: date };
  // Most of a year ahead against a few months behind: "lo mandó a fines de octubre", said in December, was this October.
  return dayNumber(date) - dayNumber(today) > 240 && dayNumber(today) - dayNumber(past) < 120 ? { date: past, past } : { date, past };
}
/** The month named, this year or the next when it is already behind us. */
function monthAhead(today: IsoDate, month: number): { year: number; month: number } {
  const parts = partsOf(today);
  return { year: month < parts.month ? parts.year + 1 : parts.year, month };
}
function nextQuincena(today: IsoDate): IsoDate {
  const { year, month, day } = partsOf(today);
  if (day < 15) return ymd(year, month, 15);
  const last = lastOfMonth(year, month);
  return today < last ? last : ymd(year, month + 1, 15);
}

type Resolver = (match: RegExpExecArray, today: IsoDate) => IsoDate | { date: IsoDate; past: IsoDate; first?: IsoDate } | null;
interface Pattern {
  regex: RegExp;
  resolve: Resolver;
}

const pattern = (source: string, resolve: Resolver): Pattern => ({ regex: new RegExp(String.raw`(?<![\w])(?:${source})(?![\w])`, 'g'), resolve });

const dayNumberWord = String.raw`(\d{1,2})(?:st|nd|rd|th|º|o)?`;
// A day number with nothing after it that would make it a month's day, a time, an amount or an id.
const notADate = String.raw`(?!\s?(?:de |del |of )?(?:${monthWord})\b|[/.:,-]\d|\s?(?:%|€|\$|h\b|hs\b|horas|hours|dias|days|semanas|weeks|meses|months|am\b|pm\b|euros|pesos|dolares|dollars|plazos|cuotas|pagos|payments|installments|mil\b|k\b|de la manana|de la tarde|facturas|invoices))`;

// Ordered: the first pattern to claim a stretch of text wins it.
const patterns: Pattern[] = [
  // A weekday with its day number: "el lunes 14", "Friday the 11th", "el viernes 11 de diciembre" — the number decides.
  pattern(String.raw`(?:el |this |next |on )?(?:${weekdayWord}),? (?:the )?(\d{1,2})(?:st|nd|rd|th)?(?:,? (?:de |of )?(${monthWord}))?(?!\d|[/.:]\d)`, (m, today) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    if (m[2]) {
      const { year, month } = monthAhead(today, months[m[2]]!);
      const wanted = ymd(year, month, day);
      return wanted < today && month === partsOf(today).month ? { date: ymd(year + 1, month, day), past: wanted } : { date: wanted, past: wanted };
    }
    const ahead = nextDayOfMonth(today, day, true);
    return ahead === null ? null : { date: ahead, past: previousDayOfMonth(today, day) ?? ahead };
  }),
  // "(el) 14 de diciembre" / "December 14": ours too, so an absence's "del 30 de noviembre al 8 de diciembre" reads both.
  pattern(String.raw`(?:el |del |al |on |the )?(\d{1,2})(?:st|nd|rd|th)? (?:de |of )?(${monthWord})(?! \d{1,2}\b)|(${monthWord}) (\d{1,2})(?:st|nd|rd|th)?(?!\d|[/.:]\d)`, (m, today) => {
    const day = Number(m[1] ?? m[4]);
    const monthNumber = months[(m[2] ?? m[3])!]!;
    if (day < 1 || day > 31) return null;
    const { year } = partsOf(today);
    // The year that puts the day closest to the message: "30 de noviembre" is last month, "8 de enero" next year.
    const candidates = [year - 1, year, year + 1].map((y) => ymd(y, monthNumber, day));
    const closest = candidates.reduce((best, candidate) => (Math.abs(dayNumber(candidate) - dayNumber(today)) < Math.abs(dayNumber(best) - dayNumber(today)) ? candidate : best));
    return closest;
  }),
  pattern(String.raw`ahorita|ahora mismo|en un rato|enseguida|en seguida|right now|right away|altiro|al tiro|recien|just now|acabo de|acabamos de|this morning|esta manana|earlier today|hace (?:un )?(?:rato|ratito|ratico|momento|momentito|instante|par de horas|unas horas|\d{1,2} (?:minutos|horas))|(?:a few|a couple of|\d{1,2}) (?:minutes|hours) ago|(?:this|tdis) arvo|this avo|hoy temprano|esta tarde temprano`, (_m, today) => today),
  pattern(String.raw`pasado manana|day after tomorrow`, (_m, today) => plus(today, 2)),
  pattern(String.raw`(?:antes de ayer|anteayer|the day before yesterday)`, (_m, today) => plus(today, -2)),
  pattern(String.raw`manana(?<!(?:la|esta|por la|de la) manana)|tomorrow|tmrw|tmw`, (_m, today) => plus(today, 1)),
  pattern(String.raw`hoy(?: mismo)?|today|tonight|esta tarde|this (?:afternoon|morning|evening)|end of (?:the )?day|eod|cob`, (_m, today) => today),
  pattern(String.raw`ayer|yesterday`, (_m, today) => plus(today, -1)),
  // A weekday of next week: "el viernes de la semana que viene", "next week on Friday".
  pattern(String.raw`(?:el )?(${weekdayWord}) (?:de |of )?(?:${nextWeek})|(?:${nextWeek}),? (?:el |on )?(${weekdayWord})`, (m, today) =>
    plus(mondayOf(today), 7 + weekdays[(m[1] ?? m[2])!]!)),
  pattern(String.raw`(?:a |at the )?(?:principios|inicios|comienzos|primeros dias|start|beginning) (?:de |of )?(?:${nextWeek})|early next week`, (_m, today) => plus(mondayOf(today), 7)),
  pattern(String.raw`(?:a |at the )?(?:finales|final|fin|end) (?:de |of )?(?:${nextWeek})|late next week|(?:${nextWeek})`, (_m, today) => plus(mondayOf(today), 11)),
  pattern(String.raw`la semana pasada|last week|the past week|the previous week`, (_m, today) => plus(mondayOf(today), -3)),
  pattern(String.raw`(?:a |para |antes (?:de|del) )?(?:finales de|fin de|final de) (?:esta )?semana|esta semana|this week|(?:by |before |until )?(?:the )?end of (?:the |this )?week|before the weekend|antes del (?:fin de semana|finde)`, (_m, today) =>
    weekdayOf(today) <= 4 ? plus(mondayOf(today), 4) : plus(mondayOf(today), 11)),
  // Month ends and starts.
  pattern(String.raw`(?:a |para |hacia )?(?:finales|fines|fin|final|ultimos dias|ultimo dia) (?:de |del )(?:(${monthWord})|mes que viene|proximo mes|mes proximo)|end of (?:next month|(${monthWord}))|(?:late) (${monthWord})`, (m, today) => {
    const named = m[1] ?? m[2] ?? m[3];
    if (named) return bothWays(today, months[named]!, lastOfMonth);
    const { year, month } = partsOf(today);
    return lastOfMonth(year, month + 1);
  }),
  pattern(String.raw`(?:a |para |hacia )?(?:finales|fin|final|ultimos dias|ultimo dia) (?:de |del )(?:este )?mes|(?:by |before |at |until )?(?:the )?end of (?:the |this )?month|month[ -]end|eom|fin de mes|antes de que (?:termine|acabe|finalice|se acabe|cierre) (?:el|este) mes|before (?:the )?month (?:ends|is out)`, (_m, today) => {
    const { year, month } = partsOf(today);
    return lastOfMonth(year, month);
  }),
  pattern(String.raw`(?:a |para )?(?:principios|inicios|comienzos|primeros dias|primeros) (?:de |del )(?:(${monthWord})|mes que viene|proximo mes|mes proximo|mes)|(?:early|beginning of|start of|the start of|the beginning of) (?:(${monthWord})|next month)`, (m, today) => {
    const named = m[1] ?? m[2];
    if (named) return bothWays(today, months[named]!, (year, month) => ymd(year, month, 5));
    const { year, month } = partsOf(today);
    return ymd(year, month + 1, 5);
  }),
  // The year's end: "antes de fin de año", "by year end", "before the end of the year".
  pattern(String.raw`(?:antes (?:de|del)|a|para|hacia)? ?(?:finales|fin|final|cierre) (?:de|del) (?:este )?ano|antes de que (?:termine|acabe|cierre|se acabe) el ano|(?:by |before |at |until )?(?:the )?end of (?:the |this )?year|(?:by |before |at )?year[- ]end|eoy`, (_m, today) => {
    const { year } = partsOf(today);
    return ymd(year, 12, 31);
  }),
  // A month named whole: "en enero" is due by its last day; "en octubre", said in December, was October.
  pattern(String.raw`(?:en|in|during|durante|para|for) (?:el mes de |the month of )?(${monthWord})(?! \d)(?! (?:de |of )?(?:19|20)\d\d)`, (m, today) => {
    const named = months[m[1]!]!;
    const { year, month } = partsOf(today);
    if (named === month) return { date: lastOfMonth(year, month), past: today, first: today };
    // The year that puts the month nearest the message: "en octubre" said in December was this October,
    // "en enero" is next January.
    const distance = (y: number) => Math.min(Math.abs(dayNumber(ymd(y, named, 1)) - dayNumber(today)), Math.abs(dayNumber(lastOfMonth(y, named)) - dayNumber(today)));
    const nearest = [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
    const last = lastOfMonth(nearest, named);
    return { date: last, past: last, first: ymd(nearest, named, 1) };
  }),
  pattern(String.raw`(?:el )?mes pasado|last month|the previous month`, (_m, today) => {
    const { year, month } = partsOf(today);
    return lastOfMonth(year, month - 1);
  }),
  pattern(String.raw`(?:el )?(?:mes que viene|proximo mes|mes proximo|mes entrante)|next month`, (_m, today) => {
    const { year, month } = partsOf(today);
    return { date: lastOfMonth(year, month + 1), past: lastOfMonth(year, month + 1), first: ymd(year, month + 1, 1) };
  }),
  pattern(String.raw`(?:a )?mediados de (${monthWord}|mes)|mid[- ](${monthWord}|month)|(?:the )?middle of (${monthWord}|the month)`, (m, today) => {
    const named = m[1] ?? m[2] ?? m[3]!;
    if (months[named] === undefined) return nextDayOfMonth(today, 15, true);
    return bothWays(today, months[named], (year, month) => ymd(year, month, 15));
  }),
  pattern(String.raw`(?:la |esta |en la |next |the next )?(?:proxima |siguiente )?quincena(?: que viene)?|next pay ?day|payday`, (_m, today) => nextQuincena(today)),
  pattern(String.raw`(?:despues|pasad[oa]s?) (?:de )?(?:reyes|los reyes|las fiestas|fiestas|navidades|las navidades)|after (?:the )?(?:epiphany|holidays|new year)`, (_m, today) => {
    const { year, month, day } = partsOf(today);
    return month === 1 && day < 7 ? ymd(year, 1, 7) : ymd(year + 1, 1, 7);
  }),
  pattern(String.raw`(?:antes de|para|por|before|by|for) (?:la |las )?(?:navidad|navidades|nochebuena|christmas|xmas)`, (_m, today) => {
    const { year } = partsOf(today);
    const eve = ymd(year, 12, 24);
    return today <= eve ? eve : ymd(year + 1, 12, 24);
  }),
  pattern(String.raw`(?:la )?primera semana de (${monthWord})|(?:the )?first week of (${monthWord})`, (m, today) => {
    const { year, month } = monthAhead(today, months[(m[1] ?? m[2])!]!);
    return ymd(year, month, 7);
  }),
  pattern(String.raw`(?:la )?semana del (\d{1,2})|(?:the )?week of the (\d{1,2})(?:st|nd|rd|th)?`, (m, today) => {
    const day = nextDayOfMonth(today, Number(m[1] ?? m[2]), true);
    return day === null ? null : plus(mondayOf(day), 4);
  }),
  // Counted days and weeks.
  pattern(String.raw`(?:en|dentro de|in|within) (?:los proximos |the next )?(${countWord}) (dias?|days?|semanas?|weeks?)`, (m, today) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : counts[m[1]!] ?? null;
    if (n === null) return null;
    return plus(today, /^(semana|week)/.test(m[2]!) ? n * 7 : n);
  }),
  // The weekend ahead: its Saturday.
  pattern(String.raw`(?:el |este |this |over the |on the |at the )?(?:finde|fin de semana|weekend)(?! pasado)`, (_m, today) => plus(mondayOf(today), weekdayOf(today) <= 5 ? 5 : 12)),
  pattern(String.raw`(?:in|within) (?:a |one )?fortnight|(?:en|dentro de) (?:una )?quincena`, (_m, today) => plus(today, 14)),
  pattern(String.raw`hace (${countWord}) (dias?|semanas?)|(${countWord}) (days?|weeks?) ago`, (m, today) => {
    const word = (m[1] ?? m[3])!;
    const n = /\d/.test(word) ? Number(word) : counts[word] ?? null;
    if (n === null) return null;
    return plus(today, /^(semana|week)/.test((m[2] ?? m[4])!) ? -n * 7 : -n);
  }),
  // A week after the next such day (Britain, Ireland): "Friday week", "a week on Friday", "a week from Monday".
  pattern(String.raw`(${weekdayWord}) week|a week (?:on|from|come) (?:this )?(${weekdayWord})`, (m, today) => {
    const target = weekdays[(m[1] ?? m[2])!]!;
    return plus(today, (((target - weekdayOf(today) + 7) % 7) || 7) + 7);
  }),
  // Weekdays: "el lunes", "el próximo lunes", "next Monday", "this Friday", "el lunes pasado".
  pattern(String.raw`(?:el |este |el proximo |el pasado |next |this |on |by |last |el dia )?(${weekdayWord})(?: (?:que viene|proximo|pasado))?`, (m, today) => {
    const target = weekdays[m[1]!]!;
    const ahead = ((target - weekdayOf(today) + 7) % 7) || 7;
    const behind = ((weekdayOf(today) - target + 7) % 7) || 7;
    const said = m[0];
    if (/\b(pasado|last)\b/.test(said)) return plus(today, -behind);
    return { date: plus(today, ahead), past: plus(today, -behind) };
  }),
  // Day numbers: "el 15", "antes del día 20", "a más tardar el 15", "by the 20th", "el 15 sin falta".
  pattern(String.raw`(?:antes del|a mas tardar el|no mas tarde del|hasta el|para el|el|del|desde el) (?:dia )?${dayNumberWord}${notADate}|(?:by|on|before|until|no later than|from) the ${dayNumberWord}${notADate}|(?:by|on|before|until) ${dayNumberWord}(?:st|nd|rd|th)${notADate}`, (m, today) => {
    const day = Number(m[1] ?? m[2] ?? m[3]);
    if (day < 1 || day > 31) return null;
    const date = nextDayOfMonth(today, day, true);
    const past = previousDayOfMonth(today, day);
    if (date === null) return null;
    return { date, past: past ?? date };
  }),
];

// chrono reads written calendar dates; the relative words are ours (above), so its casual readings of
// them are dropped. Built once: cloning per call costs more than a whole reading.
function calendarOnly(parser: chrono.Chrono): chrono.Chrono {
  const clone = parser.clone();
  clone.refiners.push({
    refine: (_context, results) => results.filter((result) => result.start.isCertain('day') && result.start.isCertain('month')),
  });
  return clone;
}
let parsers: { es: chrono.Chrono; en: chrono.Chrono; enUS: chrono.Chrono } | null = null;
function chronoFor(language: ReplyLanguage, monthFirst: boolean): chrono.Chrono {
  parsers ??= { es: calendarOnly(chrono.es.casual), en: calendarOnly(chrono.en.GB), enUS: calendarOnly(chrono.en.casual) };
  return language === 'es' ? parsers.es : monthFirst ? parsers.enUS : parsers.en;
}

/**
 * Every day named in `folded` (the folded body), read against `today` (the message day in the
 * writer's zone). `original` is the body itself, for chrono, with `toFolded` mapping its offsets.
 */
export function findDates(
  folded: string,
  today: IsoDate,
  language: ReplyLanguage,
  original?: { text: string; toFolded: (offset: number) => number; monthFirst: boolean },
): FoundDate[] {
  const found: FoundDate[] = [];
  const free = (start: number, end: number) => !found.some((other) => start < other.end && other.start < end);
  for (const { regex, resolve } of patterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(folded); match !== null; match = regex.exec(folded)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!free(start, end)) continue;
      const resolved = resolve(match, today);
      if (resolved === null) continue;
      const { date, past, first } = typeof resolved === 'string' ? { date: resolved, past: resolved, first: undefined } : resolved;
      found.push(first === undefined ? { start, end, date, past } : { start, end, date, past, first });
    }
  }
  // chrono is slow on long text and only its readings with a number or a month name are kept: ask it
  // about those sentences alone.
  if (original && (/\d/.test(folded) || monthName.test(folded))) {
    const { year, month, day } = partsOf(today);
    const reference = { instant: new Date(Date.UTC(year, month - 1, day, 12)), timezone: 0 };
    const parser = chronoFor(language, original.monthFirst);
    for (const sentence of original.text.matchAll(/[^.!?\n]+(?:[.!?](?=\d)[^.!?\n]*)*/g)) {
      if (!/\d/.test(sentence[0]) && !monthName.test(fold(sentence[0]).text)) continue;
      for (const result of parser.parse(sentence[0], reference)) {
        // Only what names a day or a month by number or name: the relative words are read above.
        if (!/\d/.test(result.text) && !monthName.test(fold(result.text).text)) continue;
        const start = original.toFolded(sentence.index + result.index);
        const end = original.toFolded(sentence.index + result.index + result.text.length);
        const covered = found.filter((other) => start < other.end && other.start < end);
        // A calendar date beats the bare day number or weekday we read inside it ("el 15 de enero").
        if (covered.some((other) => other.start < start || other.end > end)) continue;
        if (covered.some((other) => other.start === start && other.end === end)) continue;
        // A range ("from 3 to 10 December") is two days to us: an absence ends at its second.
        if (covered.length > 1 && result.end) continue;
        for (const other of covered) found.splice(found.indexOf(other), 1);
        const iso = ymd(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
        found.push({ start, end, date: iso, past: iso });
      }
    }
  }
  // A month named whole gives way to a day inside it said close by: "le pago en enero, después de Reyes".
  const precise = found.filter((whole) => whole.first === undefined || !found.some((other) => other !== whole && other.first === undefined && other.date >= whole.first! && other.date <= whole.date && Math.abs(other.start - whole.start) < 60));
  return precise.sort((a, b) => a.start - b.start);
}
