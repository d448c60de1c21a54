// Amounts of money in a reply, as people write them in Spain, Latin America and English: "1.234,56 €",
// "€1,234.56", "US$ 500", "5.000 pesos", "5 mil pesos", "£300". Only numbers with a currency beside
// them count (or an installment's "500 al mes"), so invoice numbers, phones, days, IBANs and
// percentages never become money.
import { parseAmount } from '../money';
import type { ReplyMoney } from './types';

export interface FoundAmount extends ReplyMoney {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** Said per month or per installment ("500 al mes", "$200 a month", "4 pagos de $100.000"). */
  perPeriod: boolean;
  /** A number with no currency beside it ("los 700", "son 189"): read only where a payment is talked about. */
  bare: boolean;
}

// Indian grouping first ("1,20,000": lakhs), then thousands grouped by three, then plain.
const number = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const prefixCurrency = String.raw`bs\.?s\.?|bs\.?f\.?|bs\.?|ves|gtq|us\$|u\$s|usd|rd\$|dop|₡|crc|zar|mx\$|mxn|col\$|cop|ar\$|ars|clp|uyu|\$u|a\$|aud|au\$|inr|rs\.?|₹|eur|gbp|s/\.?|pen|€|£|\$`;
const suffixCurrency = String.raw`bs\b|bolivares\b|quetzales\b|ves\b|gtq\b|€|eur(?:os?)?\b|usd\b|mxn\b|cop\b|ars\b|clp\b|uyu\b|aud\b|inr\b|rupees?\b|gbp\b|pen\b|soles\b|dolares\b|dollars?\b|pesos\b|libras\b|pounds?\b|bucks\b`;
const thousands = String.raw`(?:\s?(mil|k|millones|millon|millions?|mn|m|lucas|lakhs?|lacs?|crores?)\b)?`;
const periodWords = String.raw`(?:al mes|por mes|mensuales|cada mes|cada quincena|por quincena|a la quincena|quincenales|a la semana|por semana|cada semana|semanales|a month|per month|monthly|each month|a week|per week|weekly|a fortnight|per fortnight|fortnightly|every (?:two weeks|other week|month|fortnight|week)|/ ?(?:month|mo|mth|week|wk|mes|semana)\b|por cuota|per installment|per instalment|each)`;
const perPeriod = String.raw`(?:\s?${periodWords})?`;

// Thousands grouped by a space ("₡85 000", "R12 800,00"), read only beside a currency sign so a phone stays a phone.
const spaced = String.raw`\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?(?![\d])`;
const prefixed = new RegExp(String.raw`(?<![\w$€£₡])(${prefixCurrency})\s?(${spaced}|${number})${thousands}(${perPeriod})`, 'g');
// Guatemala's quetzal is a bare "Q" ("Q 5,000", "Q3,250.00"): read only with a grouped, decimal or three-digit
// figure, so "Q4" stays a quarter.
const quetzal = /(?<![\w])q\.? ?(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d{3,}(?:[.,]\d{1,2})?)(?![\w])/g;
// Amounts in words before their currency: "mil quinientos euros", "dos millones de pesos", "three hundred pounds".
const numberWordValues: Record<string, number> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiun: 21,
  veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27,
  veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400,
  cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700,
  ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const scaleWords: Record<string, number> = { hundred: 100, mil: 1000, thousand: 1000, millon: 1_000_000, millones: 1_000_000, million: 1_000_000 };
const numberWord = `(?:${[...Object.keys(numberWordValues), ...Object.keys(scaleWords)].sort((a, b) => b.length - a.length).join('|')})`;
const spelled = new RegExp(String.raw`(?<![\w]|[\d.,] ?)(${numberWord}(?:(?: y| and|-)? ${numberWord})*) (?:de )?(euros?|pesos|dolares|dollars|soles|libras|pounds|quid|bucks|bolivares|quetzales)(?![\w])`, 'g');
function spelledValue(words: string): number | null {
  let total = 0;
  let current = 0;
  let counted = false;
  for (const word of words.split(/[\s-]+/)) {
    if (word === 'y' || word === 'and') continue;
    const scale = scaleWords[word];
    if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else current += numberWordValues[word] ?? 0;
    counted = true;
  }
  const value = total + current;
  // "a pounds" or "una euros" is no amount; a lone "a"/"un" only counts before a scale word.
  // "Millones de pesos" alone names no figure.
  if (/^(?:millones|millions)\b/.test(words)) return null;
  return counted && value > 1 ? value : null;
}
const wordCurrency: Record<string, string> = { soles: 'PEN', bolivares: 'VES', quetzales: 'GTQ', quid: 'GBP' };

// South Africa's rand is a bare "R" before the number ("R6 500"): read so only where the debtor pays in rand.
const rand = new RegExp(String.raw`(?<![\w])r ?(${spaced}|${number})(?![\w])`, 'g');
// "2,5 millones de pesos": a "de" may stand between the multiplier and the currency.
const suffixed = new RegExp(String.raw`(?<![\w.,/-])(${number})${thousands}\s?(?:de )?(${suffixCurrency})(${perPeriod})`, 'g');
// A bare number said per month: "500 al mes", "de a 300 mil cada quincena".
// Words that are themselves money in the writer's currency: "200 lucas" (thousands, Chile and
// Argentina), "3 palos" (millions, Colombia and Chile), "2.5 lakh" and "1 crore" (India).
const slang = new RegExp(String.raw`(?<![\w.,/-])(${number})\s?(lucas?|palos?|lakhs?|lacs?|crores?)\b(${perPeriod})`, 'g');
const bare = new RegExp(String.raw`(?<![\w.,/$€£#-])(${number})(?:\s?(mil|k|millones|millon|lucas)\b)?(\s?${periodWords})`, 'g');
const bareInstallment = new RegExp(String.raw`(?:cuotas|pagos|plazos|abonos|installments|instalments|payments) (?:mensuales |quincenales |semanales |monthly |weekly )?(?:de|of) (${number})(?:\s?(mil|millones|millon|lucas|k)\b)?(?![\d.,]*\s?(?:%|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))`, 'g');
// A bare number where money is talked about: after an article or a payment word ("los 700", "son
// 189", "les pagué 8,000", "300 te los pago"), never a day, a time, a count of things or an id.
const bareMoney = new RegExp(String.raw`(?<![\w.,/$€£#:-])(${number})(?:\s?(mil|millones|millon|lucas)\b)?(?![\w/:%-]|[.,]\d|\s?(?:%|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|(?:dias|days|horas|hours|semanas|weeks|meses|months|anos|years|plazos|cuotas|pagos|payments|installments|veces|times|facturas|invoices|personas|h)\b))`, 'g');
const moneyLead = /(?:\b(?:los|las|unos|otros|son|serian|seran|total|de|por|pague|pagamos|pagare|pagaremos|pago|pagar|pagarte|pagarle|pagarles|deposito|transfiero|mando|mandamos|mande|envio|abono|abonare|the|of|paid|pay|send|sent|owe|debo|pero)|^|\n|[.!?:] )\s?$/;
const notMoneyLead = /\b(?:factura|invoice|fact|no|n|nº|n°|num|numero|number|ref|referencia|pedido|order|ticket|tel|telefono|phone|cuenta|account|iban|clabe|cbu|cvu|alias|ext|cp|dia|day|el|del|al|hasta el|antes del|the|on|by|until|since|desde el|hace|in|en|page|pagina|paginas|pages|hoja)\s?[#:.]?\s?$/;
const isYear = (text: string) => /^(?:19|20)\d\d$/.test(text);

function currencyOf(word: string, fallback: string | undefined): string | null {
  switch (word) {
    case '€': case 'eur': case 'euro': case 'euros': return 'EUR';
    case 'us$': case 'u$s': case 'usd': case 'dolares': case 'dollar': case 'dollars': case 'bucks': return 'USD';
    case 'mx$': case 'mxn': return 'MXN';
    case 'col$': case 'cop': return 'COP';
    case 'ar$': case 'ars': return 'ARS';
    case 'clp': return 'CLP';
    case '£': case 'gbp': case 'libras': case 'pound': case 'pounds': return 'GBP';
    case 's/': case 's/.': case 'pen': case 'soles': return 'PEN';
    case 'uyu': case '$u': return 'UYU';
    case 'rd$': case 'dop': return 'DOP';
    case '₡': case 'crc': return 'CRC';
    case 'zar': return 'ZAR';
    case 'bs': case 'bs.': case 'bss': case 'bs.s': case 'bs.s.': case 'bss.': case 'bsf': case 'bs.f': case 'bs.f.': case 'bsf.': case 'ves': case 'bolivares': return 'VES';
    case 'gtq': case 'quetzales': return 'GTQ';
    case 'a$': case 'au$': case 'aud': return 'AUD';
    case '₹': case 'inr': case 'rs': case 'rs.': case 'rupee': case 'rupees': return 'INR';
    default: return fallback ?? null; // "$", "pesos": the debtor's own currency
  }
}

/** Minor units of a written number; a lone mark before three digits groups thousands ("5.000", "5,000"). */
export function minorOf(written: string, currency: string | null): number | null {
  const code = currency ?? 'EUR';
  // A space grouping thousands ("85 000") says nothing about the decimal mark.
  const joined = written.replace(/ (?=\d{3}(?:\D|$))/g, '');
  // Lakh grouping ("1,20,000") regrouped by three, which the money parser expects.
  const text = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?$/.test(joined) ? Number(joined.replace(/,/g, '')).toLocaleString('en-US', { maximumFractionDigits: 2 }) : joined;
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  let style: 'dot' | 'comma';
  if (dot >= 0 && comma >= 0) style = dot > comma ? 'dot' : 'comma';
  else {
    const mark = dot >= 0 ? '.' : ',';
    const parts = text.split(mark);
    const grouping = parts.length > 2 || (parts.length === 2 && parts[1]!.length === 3);
    style = grouping ? (mark === '.' ? 'comma' : 'dot') : mark === '.' ? 'dot' : 'comma';
  }
  try {
    return parseAmount(text, code, style);
  } catch {
    return null;
  }
}

function withFraction(text: string, code: string | null, multiplier: string): number | null {
  const hundredths = scaled(minorOf(text, 'EUR'), multiplier);
  if (hundredths === null) return null;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: code ?? 'EUR' }).resolvedOptions().maximumFractionDigits ?? 2;
  return Math.round((hundredths / 100) * 10 ** digits);
}

function scaled(minor: number | null, multiplier: string | undefined): number | null {
  if (minor === null) return null;
  // "850 mil", "3 millones" (Colombia), "300 lucas" (Argentina: 300 000 pesos).
  if (multiplier === 'mil' || multiplier === 'k' || multiplier === 'lucas' || multiplier === 'luca') return minor * 1000;
  if (multiplier === 'millones' || multiplier === 'millon' || multiplier === 'palos' || multiplier === 'palo' || multiplier === 'million' || multiplier === 'millions' || multiplier === 'mn' || multiplier === 'm') return minor * 1_000_000;
  if (multiplier && /^(?:lakhs?|lacs?)$/.test(multiplier)) return minor * 100_000;
  if (multiplier && /^crores?$/.test(multiplier)) return minor * 10_000_000;
  return minor;
}

export function findAmounts(folded: string, currency?: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  const overlaps = (start: number, end: number) => found.some((other) => start < other.end && other.start < end);
  const add = (start: number, end: number, text: string, multiplier: string | undefined, code: string | null, period: string | undefined, bare = false) => {
    // "2,5 millones" in pesos without cents: read the figure with cents, then scale, so its fraction survives.
    const minor = multiplier && /[.,]\d{1,2}$/.test(text) ? withFraction(text, code, multiplier) : scaled(minorOf(text, code), multiplier);
    if (minor === null || minor <= 0 || overlaps(start, end)) return;
    // A year or a percentage is not money, even with a "$" typo nearby.
    if (/^\s?%/.test(folded.slice(end, end + 2))) return;
    const perInstallment = /(?:cuotas|pagos|plazos|abonos|payments|installments|instalments) (?:mensuales |monthly )?(?:de|of) $/.test(folded.slice(Math.max(0, start - 30), start));
    found.push({ start, end, minor, currency: code, perPeriod: Boolean(period && period.trim()) || perInstallment, bare });
  };
  for (const match of folded.matchAll(prefixed)) {
    add(match.index, match.index + match[0].length, match[2]!, match[3], currencyOf(match[1]!, currency), match[4]);
  }
  if (currency === 'ZAR') {
    for (const match of folded.matchAll(rand)) add(match.index, match.index + match[0].length, match[1]!, undefined, 'ZAR', undefined);
  }
  for (const match of folded.matchAll(suffixed)) {
    add(match.index, match.index + match[0].length, match[1]!, match[2], currencyOf(match[3]!, currency), match[4]);
  }
  for (const match of folded.matchAll(quetzal)) {
    add(match.index, match.index + match[0].length, match[1]!, undefined, 'GTQ', undefined);
  }
  for (const match of folded.matchAll(spelled)) {
    const value = spelledValue(match[1]!);
    const code = wordCurrency[match[2]!] ?? currencyOf(match[2]!, currency);
    if (value !== null) add(match.index, match.index + match[0].length, String(value), undefined, code, undefined);
  }
  for (const match of folded.matchAll(slang)) {
    add(match.index, match.index + match[0].length, match[1]!, match[2], currency ?? null, match[3]);
  }
  for (const match of folded.matchAll(bare)) {
    add(match.index, match.index + match[0].length, match[1]!, match[2], currency ?? null, match[3], true);
  }
  for (const match of folded.matchAll(bareInstallment)) {
    // The figure starts after "de"/"of"; a "mil" after it is part of the amount.
    const at = match.index + match[0].indexOf(match[1]!, match[0].search(/ (?:de|of) /));
    add(at, match.index + match[0].length, match[1]!, match[2], currency ?? null, 'per', true);
  }
  for (const match of folded.matchAll(bareMoney)) {
    const before = folded.slice(Math.max(0, match.index - 14), match.index);
    if (isYear(match[1]!) || !moneyLead.test(before) || notMoneyLead.test(before)) continue;
    // A small bare number is a day, a count or an hour far more often than money.
    if (!match[2] && Number(match[1]!.replace(/[.,]/g, '')) < 50) continue;
    add(match.index, match.index + match[0].length, match[1]!, match[2], currency ?? null, undefined, true);
  }
  return found.sort((a, b) => a.start - b.start);
}
