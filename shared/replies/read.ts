// The reply reader: what a debtor's answer says, read on the device. Pure: text in, findings out.
// Precision first for promises and claims of payment — a wrong one silences the chase — so a match
// counts only when nothing around it takes it back: a negation just before it, a condition or a hedge
// in its sentence, a question, or (for a promise) no day to hold the debtor to.
import type { IsoDate } from '../dates';
import { zonedDateOf } from '../local-date';
import { findAmounts, type FoundAmount } from './amounts';
import { cleanReply } from './clean';
import { findDates, type FoundDate } from './dates';
import { detectLanguage } from './language';
import { fold, foldedOffset, originalSpan, type Folded } from './normalize';
import { conditional, harmlessNegation, hedge, negation, rules, type Rule } from './rules';
import type { ReadReplyInput, ReadReplyResult, ReplyFinding, ReplyIntent } from './types';

interface Span {
  start: number;
  end: number;
}

// Sentences end at . ! ? ; (not inside "1.234,56") or a blank line; "¿…?" stays one sentence.
const sentenceEnd = /[.!?;]+(?=\s|$)|\n|(?<=\S)\s+(?=¿|¡)/g;
function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  sentenceEnd.lastIndex = 0;
  for (let match = sentenceEnd.exec(text); match !== null; match = sentenceEnd.exec(text)) {
    if (abbreviation(text, match.index, match[0])) continue;
    const end = match.index + match[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.map((span) => trim(text, span)).filter((span) => span.end > span.start);
}
// "UTR no. SBIN4263 dated 30/11", "ref. 4471": the point of a number's abbreviation ends no sentence.
function abbreviation(text: string, at: number, mark: string): boolean {
  return mark === '.' && /(?<![\w])(?:no|nos|nro|num|ref|inv|fact|tel|ext|art|rs|approx|aprox)$/.test(text.slice(Math.max(0, at - 5), at)) && /^\.\s+[#:]?\s?[\w-]*\d/.test(text.slice(at, at + 24));
}
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

// The clause before a match, where a negation would apply to it: back to a comma or a "pero"/"but".
const clauseBreak = /[,:;(]|\b(?:pero|but|aunque|although|sin embargo|however|asi que|so|y|and)\b/g;
function negated(text: string, sentence: Span, at: number, wordsBefore = Infinity): boolean {
  let before = text.slice(sentence.start, at);
  // Describing a problem ("we are not able to pay due to cash flow problems") keeps a negation near
  // the words, not anywhere in the clause.
  if (wordsBefore !== Infinity) before = before.split(' ').slice(-wordsBefore - 1).join(' ');
  let from = 0;
  clauseBreak.lastIndex = 0;
  for (let match = clauseBreak.exec(before); match !== null; match = clauseBreak.exec(before)) from = match.index + match[0].length;
  const clause = before.slice(from).replace(harmlessNegation, ' ');
  return negation.test(clause);
}
// A question about the match's own clause: "¿ya está pagada?", "son 189 verdad?" does not ask about "lo hago hoy".
function question(text: string, sentence: Span, match: Span): boolean {
  const opening = text.lastIndexOf('¿', match.start);
  if (opening >= sentence.start && !/[?]/.test(text.slice(opening, match.start))) return true;
  const closing = text.indexOf('?', match.end);
  if (closing < 0 || closing >= sentence.end + 1) return false;
  // "I can pay €400 on Friday, if that suits?" states and asks only whether it suits; "Can I pay …?" asks.
  if (courtesyTail.test(text.slice(match.end, closing)) && !askingStart.test(text.slice(sentence.start, match.start))) return false;
  return !/[,;:(]/.test(text.slice(match.end, closing));
}
// A courtesy at the end of an offer: "if that suits", "if that's ok", "si le parece bien", "si te viene bien".
const courtesyTail = /(?<![\w])(?:if|si) (?:(?:that|this|it|you|te|le|les|os|a usted|a ustedes)(?:'s| is)? )?(?:ok|okay|alright|all right|fine|good|suits?(?: you)?|works?(?: for you)?|parece(?: bien)?|va bien|viene bien|sirve|esta bien|conviene)[\s!.?]*$/;
const askingStart = /^(?:[^a-z]*)(?:can|could|would|will|shall|may|might|is|are|do|does|did|puedo|podemos|podria|podriamos|puede|le parece|te parece)(?![\w])/;
const test = (regex: RegExp, text: string) => {
  regex.lastIndex = 0;
  return regex.test(text);
};
const payday = /^(?:cuando|en cuanto|apenas|when|once|after|as soon as) (?:(?:cobre|cobremos|me (?:paguen|depositen|caiga|llegue)|nos (?:paguen|depositen)) (?:el |la |mi |nuestra |nuestro )?(?:aguinaldo|sueldo|salario|quincena|nomina|prima|paga extra|paga|jornal)|(?:i|i've) (?:get|got) (?:paid|my (?:pay|wages|salary|paycheck|paycheque))(?! by| from)|(?:my|the) (?:pay|wages|salary|paycheck|paycheque) (?:comes in|clears|lands))/;
// "Si, le pagamos el viernes" and "Sí le vamos a pagar" answer; "si nos pagan" sets a condition. Folding
// loses the accent, so a "si" is looked up in the debtor's own words.
function conditionIn(folded: Folded, body: string, sentence: Span): boolean {
  const text = folded.text.slice(sentence.start, sentence.end);
  conditional.lastIndex = 0;
  for (let match = conditional.exec(text); match !== null; match = conditional.exec(text)) {
    // Payday is a day, not a condition: "cuando cobre el aguinaldo", "when I get paid" (not "get paid by our client").
    if (payday.test(text.slice(match.index))) continue;
    // "If that suits", "si le parece bien": a courtesy closing an offer, not a condition on paying.
    if (courtesyTail.test(text.slice(match.index))) continue;
    if (!match[0].startsWith('si')) return true;
    const at = folded.map[sentence.start + match.index]!;
    if (body[at + 1] === 'í' || body[at + 1] === 'Í') continue;
    if (/^\s*[,.!]/.test(text.slice(match.index + 2)) || /^si si\b/.test(text.slice(match.index))) continue;
    return true;
  }
  return false;
}

/** The stretch of the sentence around a match between commas or semicolons, or a coordinator before a new verb
 * ("I've sent £500 today and will clear the remaining £740 by the end of the month"). */
const clauseStart = /[,;]|(?<![\w])(?:and|but|y|pero) (?=(?:will|i'll|we'll|i|we|te|le|les|se|os|lo|la|los|las|el resto|the rest)(?![\w]))/g;
function clauseOf(text: string, sentence: Span, match: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const found of text.slice(sentence.start, sentence.end).matchAll(clauseStart)) {
    const at = sentence.start + found.index;
    if (at + found[0].length <= match.start) start = at + found[0].length;
    else if (at >= match.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}
const inside = (span: Span, item: { start: number; end: number }) => item.start >= span.start && item.end <= span.end;
/** The item in the sentence closest to the match, those after it first at equal distance. */
function nearest<T extends { start: number; end: number }>(items: T[], sentence: Span, match: Span): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    if (!inside(sentence, item)) continue;
    const distance = item.start >= match.end ? item.start - match.end : match.start - item.end + 0.5;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

const installmentCount = /(?<![\w])(\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:plazos|pagos|cuotas|mensualidades|partes|meses|abonos|armadas|tandas|entregas|installments|instalments|payments|parts|months|monthly payments|chunks|tranches|lots)(?![\w])/;
const numberWords: Record<string, number> = {
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};
function installmentsIn(text: string): number | null {
  const match = installmentCount.exec(text);
  if (!match) return null;
  const n = /\d/.test(match[1]!) ? Number(match[1]) : numberWords[match[1]!]!;
  return n >= 2 && n <= 60 ? n : null;
}

// Auto-replies that only acknowledge ("hemos recibido su mensaje") are not someone away.
const acknowledgement = /(?<![\w])(?:hemos recibido su (?:mensaje|correo|consulta|solicitud)|(?:le|te) responderemos|we (?:have )?received your (?:message|email|request)|we(?:'ll| will) (?:get back|respond|reply) to you|ticket)(?![\w])/;
function autoReplyHeaders(headers: Readonly<Record<string, string>> | undefined): boolean {
  if (!headers) return false;
  const submitted = headers['auto-submitted']?.trim().toLowerCase();
  if (submitted && submitted !== 'no') return true;
  if (headers['x-autoreply'] !== undefined || headers['x-autorespond'] !== undefined) return true;
  return /auto[_-]?reply/i.test(headers['precedence'] ?? '');
}

// An absence notice's first day back: the day after "vuelvo", "back on", "reopens"; else the working
// day after "hasta el 8", "until Friday"; else the first day ahead not introduced by "desde" / "from".
const backWords = /(?:vuelvo|volvere|volveremos|retomare|retomo|retomamos|retomaremos|regreso|regresare|regresamos|reincorporo|reincorporare|incorporo|incorporare|de vuelta|de regreso|vuelve a atender|volvemos a atender|reabre|reabrimos|reanudamos|atendere|back|return|returning|reopens?|resume)\b[^.\n]{0,25}$/;
const untilWords = /(?:hasta|until|till|through|thru|al|to)(?: el| the| el dia)?(?: \w+,?)?\s*$/;
const fromWords = /(?:desde|from|since|del|el pasado)(?: el| the)?(?: \w+,?)?\s*$/;
function returnDay(text: string, dates: FoundDate[], today: IsoDate): IsoDate | null {
  let until: IsoDate | null = null;
  let ahead: IsoDate | null = null;
  for (const found of dates) {
    // The date's own leading word ("al 8 de diciembre", "del 30") belongs to what comes before it.
    const lead = /^(?:el|del|al|on|the) /.exec(text.slice(found.start, found.end))?.[0] ?? '';
    const before = text.slice(Math.max(0, found.start - 40), found.start) + lead;
    // A month named whole ("vuelvo en enero") is back at its start, not its end.
    if (backWords.test(before)) return found.first ?? found.date;
    if (until === null && untilWords.test(before)) until = found.first ?? nextDay(found.date);
    else if (ahead === null && found.date >= today && !fromWords.test(before)) ahead = found.first ?? found.date;
  }
  return until ?? ahead;
}
// "Hasta el viernes 18" ends the absence that day: the notice says nothing of a weekend, so the day after it.
function nextDay(day: IsoDate): IsoDate {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

// A remittance advice from accounts payable: a heading, then fields; "Payment Date: 12/01/2026" is the day paid.
const remittanceHeading = /(?<![\w])(?:remittance advice|payment advice|payment notification|remittance notification|aviso de pago|notificacion de pago|aviso de transferencia|comprobante de pago|confirmacion de pago|aviso de abono)(?![\w])/;
const remittanceField = /(?<![\w])(?:payment date|date paid|value date|paid on|fecha de pago|fecha del pago|fecha valor|fecha de abono|fecha de transferencia)\s?:/g;

// A reply that is only a day, with at most a nod and a pledge around it ("ok 👍 el viernes", "mañana sin
// falta", "Friday latest"): the day is the answer to "when will you pay".
const nod = /^(?:ok|okay|okey|oki|vale|dale|listo|sale|va|bueno|perfecto|de acuerdo|claro|si|sure|yes|yep|yeah|noted|will do|understood|entendido|gracias|thanks|thank you|cheers|sin falta|seguro|palabra|prometido|a mas tardar|como mucho|maximo|without fail|latest|at the latest|at the very latest|for sure|promise|i promise|te lo prometo|se lo prometo|mate|amigo|jefe|senora?|disculpe?|sorry|perdon)$/;
function onlyADay(text: string, dates: FoundDate[], today: IsoDate): FoundDate | null {
  if (dates.length !== 1 || /[?¿]/.test(text) || text.length > 80) return null;
  const found = dates[0]!;
  // "Hasta el lunes" says goodbye; "desde el 3" starts something: neither names a day to pay.
  if (found.date < today || /^(?:hasta|desde|del|until|till|from|since)\b/.test(text.slice(found.start, found.end))) return null;
  const rest = (text.slice(0, found.start) + ' , ' + text.slice(found.end))
    .replace(/[^\p{L}\p{N}' ]+/gu, ',')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return rest.every((part) => nod.test(part)) ? found : null;
}

// Someone writing in person about being out ("ahorita no estoy en la oficina, le marco el lunes") is no
// auto-reply: an auto-reply neither promises to pay nor says it will call back itself.
// Nor does one say it will look at the matter itself ("cuando vuelva lo miro", "lo vemos tranqui, ¿dale?").
const callBack = /(?<![\w])(?:(?:le|te|les) (?:marco|llamo|hablo|escribo|contacto|aviso|confirmo|digo algo)|(?:i'll|i will) (?:call|ring|phone|text) you|ahorita|ahoritita|lo (?:miro|miramos|vemos|veo|hablamos|charlamos|arreglamos)|(?:i'll|we'll) (?:look at|sort|check) (?:it|this)|dale\?|perdona|perdon)(?![\w])/;

const automatic = /(?<![\w])(?:respuesta automatica|mensaje automatico|auto-?reply|automatic reply|autoreply|auto-?response|automatische antwort)(?![\w])/;

interface Candidate {
  intent: ReplyIntent;
  arrival?: boolean;
  sentence: Span;
  match: Span;
  date: IsoDate | null;
}

// Words that commit a present tense without a day: "ahorita le hago la transferencia", "claro que te pago".
const commitment = /(?<![\w])(?:ahorita|ahora mismo|ahora|en un rato|enseguida|en seguida|ya mismo|altiro|al tiro|sin falta|en breve|a la brevedad|claro que|por supuesto|palabra|prometido|te lo prometo|se lo prometo|te lo juro|seguro|right away|right now|now|shortly|of course|for sure|i promise)(?![\w])/g;
const verblessTail = /^(?:[\s,.;:!]|sin falta|seguro|palabra|prometido|without fail|at the latest|latest|for sure|mate|gracias|thanks|por \S+|via \S+|\p{Extended_Pictographic})*$/u;
const failed = /(?<![\w])(?:rebot\w*|(?:salio|proceso|hizo) mal|fallo|fallida|rechazad[oa]|devuelt[oa]|bounced|failed|declined|rejected|was returned|reversed)(?![\w])/;
const YA = /(?<![\w])(?:ya|already)(?![\w])/;

function accept(rule: Rule, folded: Folded, body: string, sentence: Span, match: Span, dates: FoundDate[], today: IsoDate): Candidate | null {
  const text = folded.text;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const paying = rule.intent === 'promise' || rule.intent === 'paid_claim';
  if (rule.asks === false && question(text, sentence, match)) return null;
  if (rule.negatable && negated(text, sentence, match.start, paying ? Infinity : 3)) return null;
  if (rule.conditionTakesBack === true && conditionIn(folded, body, sentence)) return null;
  // "Vamos a pagar, pero no este mes": a promise taken back after it.
  if (paying && /(?<![\w])(?:pero no|but not|aunque no|though not|solo que no)(?![\w])/.test(text.slice(match.end, sentence.end))) return null;
  // The day in the match's own clause first: "paid the first bit this morning, will do the rest next week".
  const inClause = nearest(dates, clauseOf(text, sentence, match), match);
  const date = inClause ?? nearest(dates, sentence, match);
  let intent = rule.intent;
  if (rule.tense === 'either') {
    // The day decides the tense of "le pagamos", "pagamos": before the message day it is a payment
    // made; after it, one promised; a weekday or day number alone reads forwards after a pronoun
    // ("le pagamos el viernes") and backwards without one ("pagamos el lunes").
    const certain = date !== null && date.date === date.past;
    const before = text.slice(sentence.start, match.start);
    if (YA.test(before.slice(-12)) || YA.test(text.slice(match.start, match.end))) intent = 'paid_claim';
    else if (date === null && !test(commitment, text.slice(sentence.start, sentence.end))) return null;
    else if (certain && date.date !== today) intent = date.date < today ? 'paid_claim' : 'promise';
    // "Hoy consignamos": done today; "hoy le pago": to be done today.
    else if (certain) intent = /(?:amos|imos)$/.test(text.slice(match.start, match.end).split(' ')[0]!) && !/^(?:se|te|le|les|os|lo|la|los|las|me) /.test(text.slice(match.start, match.end)) ? 'paid_claim' : 'promise';
  }
  switch (intent) {
    case 'promise': {
      if (question(text, sentence, match) || conditionIn(folded, body, sentence) || test(hedge, sentenceText)) return null;
      if (date !== null && date.date < today) return null;
      // Verbless: the day must end the clause ("la otra mitad, el viernes"), not start another ("el resto, el viernes lo hablamos").
      if (rule.needsDay && (date === null || (rule.verbless === true && !verblessTail.test(text.slice(date.end, sentence.end))))) return null;
      // Without a day, only a future tense ("le pagaremos", "we will pay") or "right now" commits.
      if (date === null && rule.tense === 'either' && !test(commitment, sentenceText)) return null;
      return { intent, sentence, match, date: date?.date ?? null, arrival: rule.arrival ?? false };
    }
    case 'paid_claim': {
      if (conditionIn(folded, body, sentence) && !/(?<![\w])(?:ya|already)(?![\w])/.test(sentenceText)) return null;
      // "¿Ya está pagada?" asks; "¿Les llegó la transferencia que hicimos?" claims.
      if (question(text, sentence, match) && !/(?<![\w])(?:que|which|that|sure)(?![\w])/.test(text.slice(sentence.start, match.start))) return null;
      // A day ahead contradicts a payment made ("payment made on the 15th" said on the 2nd is a plan).
      // "Se procesó mal y rebotó", "the transfer failed": a payment that did not go through.
      if (failed.test(text.slice(match.end, sentence.end))) return null;
      // In another clause it is when the money arrives ("I've paid it, should be with you in a day or two").
      if (date !== null && date.date === date.past && date.date > today) return inClause === null ? { intent, sentence, match, date: null } : null;
      const day = date === null ? null : date.past <= today ? date.past : null;
      return { intent, sentence, match, date: day };
    }
    default:
      return { intent, sentence, match, date: date?.date ?? null };
  }
}

function evidenceOf(folded: Folded, body: string, span: Span): ReplyFinding['evidence'] {
  const { start, end } = originalSpan(folded, span.start, span.end);
  return { start, end, text: body.slice(start, end) };
}

const firstInstallment = /(?<![\w])(?:el primero|la primera|el primer (?:pago|abono|deposito|plazo)|la primera (?:cuota|parte|mensualidad)|the first (?:one|payment|instalment|installment))(?![\w])/;
function amountFor(text: string, intent: ReplyIntent, candidate: Candidate, amounts: FoundAmount[], others: Span[]): FoundAmount | null {
  const inSentence = amounts.filter((amount) => inside(candidate.sentence, amount));
  if (intent === 'hardship') return inSentence.find((amount) => amount.perPeriod) ?? null;
  if (intent === 'plan_request') {
    const each = inSentence.find((amount) => amount.perPeriod) ?? amounts.find((amount) => amount.perPeriod);
    if (each) return each;
    // "£400 now and £400 in January": one figure, said for each part.
    const figures = new Set(inSentence.map((amount) => amount.minor));
    if (figures.size === 1) return inSentence[0]!;
    // Asked in one sentence, the figure said in the next ("¿Un plan de pago? Te puedo pasar 200 lucas…").
    const marked = amounts.filter((amount) => !amount.bare);
    return inSentence.length === 0 && marked.length === 1 && !others.some((other) => inside(other, marked[0]!)) ? marked[0]! : null;
  }
  if (intent === 'out_of_office' || intent === 'dispute') return null;
  // A figure with its currency beats a bare number; the one in the finding's own clause first, then the
  // nearest to the words that carry the finding.
  const marked = inSentence.filter((amount) => !amount.bare);
  const inClause = nearest(marked, clauseOf(text, candidate.sentence, candidate.match), candidate.match);
  if (inClause) return inClause;
  const inHere = nearest(marked, candidate.sentence, candidate.match) ?? nearest(inSentence, candidate.sentence, candidate.match);
  if (inHere) return inHere;
  // "El primero se lo deposito el lunes": the first installment of a plan is the plan's figure each time.
  if (firstInstallment.test(text.slice(candidate.sentence.start, candidate.sentence.end))) {
    const each = amounts.find((amount) => amount.perPeriod && !amount.bare);
    if (each) return each;
  }
  // Said elsewhere: the reply's one figure with a currency, unless another finding's sentence holds it.
  const loose = amounts.filter((amount) => !amount.bare && !others.some((other) => inside(other, amount)));
  return loose.length === 1 && amounts.filter((amount) => !amount.bare).length === 1 ? loose[0]! : null;
}

export function readReply(input: ReadReplyInput): ReadReplyResult {
  const body = cleanReply(input.text);
  const folded = fold(body);
  const text = folded.text;
  const language = detectLanguage(text, input.language);
  const today = zonedDateOf(input.timeZone, new Date(input.sentAt));
  const dates = findDates(text, today, language, {
    text: body,
    toFolded: (offset) => foldedOffset(folded, offset),
    // 12/1 is 1 December in the Americas' English, 12 January elsewhere.
    monthFirst: language === 'en' && input.timeZone.startsWith('America/'),
  });
  const amounts = findAmounts(text, input.currency);
  const sentences = sentencesOf(text);

  const chosen = new Map<ReplyIntent, Candidate>();
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (let match = rule.regex.exec(text); match !== null; match = rule.regex.exec(text)) {
      if (match[0].length === 0) {
        rule.regex.lastIndex++;
        continue;
      }
      // A pattern anchored on a line or sentence start carries that boundary: the match begins after it.
      const lead = /^[\s.,!?]*/.exec(match[0])![0].length;
      const span = { start: match.index + lead, end: match.index + match[0].length };
      const sentence = sentences.find((candidate) => candidate.start <= span.start && span.start < candidate.end);
      if (!sentence) continue;
      const candidate = accept(rule, folded, body, sentence, span, dates, today);
      if (candidate === null) continue;
      const previous = chosen.get(candidate.intent);
      // The first place an intent is said, unless a later one carries the day the first lacks.
      if (!previous || (previous.date === null && candidate.date !== null) || (candidate.match.start < previous.match.start && (candidate.date !== null || previous.date === null))) {
        chosen.set(candidate.intent, candidate);
      }
    }
  }

  // "Te propongo pagarte 300 € al mes": an amount per month proposes a plan even without its words.
  if (!chosen.has('plan_request')) {
    const each = amounts.find((amount) => amount.perPeriod && !amount.bare);
    const sentence = each && sentences.find((candidate) => candidate.start <= each.start && each.start < candidate.end);
    if (each && sentence && !negated(text, sentence, each.start)) chosen.set('plan_request', { intent: 'plan_request', sentence, match: each, date: null });
  }

  // "Ya lo he abonado, te llegará…": the arrival of a payment claimed in the same sentence is no promise.
  const promise = chosen.get('promise');
  const claim = chosen.get('paid_claim');
  if (promise?.arrival && claim && claim.sentence.start === promise.sentence.start && claim.match.start < promise.match.start) chosen.delete('promise');

  // Paid by remittance advice: the field's day, the advice's one amount.
  if (!chosen.has('paid_claim') && remittanceHeading.test(text)) {
    remittanceField.lastIndex = 0;
    const field = remittanceField.exec(text);
    const sentence = field && sentences.find((candidate) => candidate.start <= field.index && field.index < candidate.end);
    if (field && sentence) {
      const span = { start: field.index, end: field.index + field[0].length };
      const day = nearest(dates, sentence, span);
      if (day === null || day.past <= today) chosen.set('paid_claim', { intent: 'paid_claim', sentence, match: span, date: day?.past ?? null });
    }
  }

  // "ok 👍 el viernes": a reply that is nothing but a day promises that day.
  if (!chosen.has('promise') && chosen.size === 0) {
    const day = onlyADay(text, dates, today);
    const sentence = day && sentences.find((candidate) => candidate.start <= day.start && day.start < candidate.end);
    if (day && sentence) chosen.set('promise', { intent: 'promise', sentence, match: day, date: day.date });
  }

  // "[Respuesta automática] estoy de baja médica": an auto-reply gives the absence's reason, it pleads nothing.
  if (chosen.has('out_of_office') && chosen.has('hardship') && (autoReplyHeaders(input.headers) || automatic.test(text))) chosen.delete('hardship');

  // A person, not an auto-reply: drop the absence when the reply promises or calls back.
  if (chosen.has('out_of_office') && !autoReplyHeaders(input.headers) && (chosen.has('promise') || callBack.test(text))) chosen.delete('out_of_office');

  // "Ya te pagué la parte en bolívares y el resto te lo mando el viernes": one part paid, the rest
  // promised, is a payment and a promise, not a request to pay in parts.
  const plan = chosen.get('plan_request');
  const paid = chosen.get('paid_claim');
  if (plan && paid && chosen.has('promise') && paid.sentence.start === plan.sentence.start && paid.match.start < plan.match.start) chosen.delete('plan_request');

  // Out of office from the headers too, unless the auto-reply only acknowledges the message.
  if (!chosen.has('out_of_office') && autoReplyHeaders(input.headers) && !acknowledgement.test(text) && sentences.length > 0) {
    chosen.set('out_of_office', { intent: 'out_of_office', sentence: sentences[0]!, match: sentences[0]!, date: null });
  }
  const away = chosen.get('out_of_office');
  if (away) away.date = returnDay(text, dates, today);

  const findings: ReplyFinding[] = [...chosen.values()]
    .sort((a, b) => a.sentence.start - b.sentence.start || a.match.start - b.match.start)
    .map((candidate) => {
      const others = [...chosen.values()].filter((other) => other !== candidate).map((other) => other.sentence);
      const amount = amountFor(text, candidate.intent, candidate, amounts, others);
      const plan = candidate.intent === 'plan_request' || candidate.intent === 'hardship';
      return {
        intent: candidate.intent,
        evidence: evidenceOf(folded, body, candidate.sentence),
        date: candidate.date,
        amount: amount === null ? null : { minor: amount.minor, currency: amount.currency },
        installments: plan ? installmentsIn(text.slice(candidate.sentence.start, candidate.sentence.end)) ?? installmentsIn(text) : null,
      };
    });
  return { language, body, findings };
}
