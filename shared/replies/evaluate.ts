// Scoring the reader against a labelled corpus (tests/fixtures/replies/replies.jsonl): per-intent
// precision and recall per language, the primary finding's day and amount. Shared by the corpus test
// and `npm run eval:replies`.
import { readReply } from './read';
import { REPLY_INTENTS, type ReadReplyResult, type ReplyFinding, type ReplyIntent, type ReplyLanguage } from './types';

export interface LabelledReply {
  id: string;
  lang: ReplyLanguage;
  tz?: string;
  text: string;
  intents: ReplyIntent[];
  date: [string, string] | null;
  amount: { minor: number; currency: string | null } | null;
}

export function parseCorpus(jsonl: string): LabelledReply[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledReply);
}

// The currency of a debtor's invoices, as the ledger knows it; the corpus gives only the writer's zone.
const zoneCurrencies: [RegExp, string][] = [
  [/^America\/(Mexico_City|Monterrey|Cancun|Merida|Tijuana|Chihuahua|Hermosillo|Mazatlan)/, 'MXN'],
  [/^America\/Bogota/, 'COP'],
  [/^America\/Argentina\//, 'ARS'],
  [/^America\/Buenos_Aires/, 'ARS'],
  [/^America\/Santiago/, 'CLP'],
  [/^America\/Lima/, 'PEN'],
  [/^America\/Montevideo/, 'UYU'],
  [/^America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina)/, 'CAD'],
  [/^Asia\/(Kolkata|Calcutta)/, 'INR'],
  [/^Australia\//, 'AUD'],
  [/^Pacific\/Auckland/, 'NZD'],
  [/^Europe\/London/, 'GBP'],
  [/^America\/Costa_Rica/, 'CRC'],
  [/^America\/Santo_Domingo/, 'DOP'],
  [/^Africa\/Johannesburg/, 'ZAR'],
  // The rest of the Americas invoice in dollars (Venezuela, Ecuador, Panama and the US).
  [/^(America|Pacific\/Honolulu)/, 'USD'],
  [/^(Europe|Atlantic\/Canary)/, 'EUR'],
];
export function currencyOfZone(zone: string): string | undefined {
  return zoneCurrencies.find(([pattern]) => pattern.test(zone))?.[1];
}

/** The finding the corpus labels a day and an amount for: a promise, else an absence, else a payment claimed. */
export function primaryFinding(findings: readonly ReplyFinding[]): ReplyFinding | null {
  for (const intent of ['promise', 'out_of_office', 'paid_claim', 'plan_request'] as const) {
    const found = findings.find((finding) => finding.intent === intent);
    if (found) return found;
  }
  return findings[0] ?? null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Miss {
  id: string;
  intent: ReplyIntent | 'date' | 'amount';
  kind: 'false positive' | 'false negative' | 'wrong' | 'extra amount';
  text: string;
  detail?: string;
}
export interface Score {
  lines: number;
  /** counts[language or 'all'][intent] */
  counts: Record<ReplyLanguage | 'all', Record<ReplyIntent, Counts>>;
  date: { right: number; labelled: number };
  amount: { right: number; labelled: number; extra: number };
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

const short = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 110 ? `${flat.slice(0, 107)}…` : flat;
};

export function evaluate(corpus: readonly LabelledReply[], sentAt: string, read: (line: LabelledReply) => ReadReplyResult = (line) => readLine(line, sentAt)): Score {
  const empty = () => Object.fromEntries(REPLY_INTENTS.map((intent) => [intent, { tp: 0, fp: 0, fn: 0 }])) as Record<ReplyIntent, Counts>;
  const score: Score = { lines: corpus.length, counts: { es: empty(), en: empty(), all: empty() }, date: { right: 0, labelled: 0 }, amount: { right: 0, labelled: 0, extra: 0 }, misses: [] };
  for (const line of corpus) {
    const result = read(line);
    const found = new Set(result.findings.map((finding) => finding.intent));
    for (const intent of REPLY_INTENTS) {
      const labelled = line.intents.includes(intent);
      const predicted = found.has(intent);
      const key = labelled && predicted ? 'tp' : predicted ? 'fp' : labelled ? 'fn' : null;
      if (key === null) continue;
      score.counts[line.lang][intent][key]++;
      score.counts.all[intent][key]++;
      if (key !== 'tp') {
        const evidence = result.findings.find((finding) => finding.intent === intent)?.evidence.text;
        score.misses.push({ id: line.id, intent, kind: key === 'fp' ? 'false positive' : 'false negative', text: short(evidence ?? result.body), ...(evidence ? {} : {}) });
      }
    }
    const primary = primaryFinding(result.findings);
    if (line.date !== null) {
      score.date.labelled++;
      const day = primary?.date ?? null;
      if (day !== null && day >= line.date[0] && day <= line.date[1]) score.date.right++;
      else score.misses.push({ id: line.id, intent: 'date', kind: 'wrong', text: short(result.body), detail: `${day ?? 'none'} (${primary?.intent ?? 'no finding'}), want ${line.date[0]}…${line.date[1]}` });
    }
    if (line.amount !== null) {
      score.amount.labelled++;
      const amount = primary?.amount ?? null;
      if (amount !== null && amount.minor === line.amount.minor && amount.currency === line.amount.currency) score.amount.right++;
      else score.misses.push({ id: line.id, intent: 'amount', kind: 'wrong', text: short(result.body), detail: `${amount ? `${amount.minor} ${amount.currency}` : 'none'}, want ${line.amount.minor} ${line.amount.currency}` });
    } else if (primary?.amount) {
      score.amount.extra++;
      score.misses.push({ id: line.id, intent: 'amount', kind: 'extra amount', text: short(result.body), detail: `${primary.amount.minor} ${primary.amount.currency}, none labelled` });
    }
  }
  return score;
}

export function readLine(line: LabelledReply, sentAt: string): ReadReplyResult {
  const timeZone = line.tz ?? 'Europe/Madrid';
  return readReply({ text: line.text, sentAt, timeZone, language: line.lang, currency: currencyOfZone(timeZone) });
}

const two = (n: number) => n.toFixed(2);

/** The summary line: `replies: promise P=0.97 R=0.90; paid_claim P=… R=…; dispute P=… R=…; hardship F1=…; …; date 0.93; amount 0.96`. */
export function summaryLine(score: Score): string {
  const c = score.counts.all;
  return [
    `replies: promise P=${two(precision(c.promise))} R=${two(recall(c.promise))}`,
    `paid_claim P=${two(precision(c.paid_claim))} R=${two(recall(c.paid_claim))}`,
    `dispute P=${two(precision(c.dispute))} R=${two(recall(c.dispute))}`,
    `hardship F1=${two(f1(c.hardship))}`,
    `plan_request F1=${two(f1(c.plan_request))}`,
    `out_of_office F1=${two(f1(c.out_of_office))}`,
    `date ${two(ratio(score.date.right, score.date.labelled))}`,
    `amount ${two(ratio(score.amount.right, score.amount.labelled))}`,
  ].join('; ');
}

/** The whole report: a table per language, the misses grouped, and the summary line last. */
export function report(score: Score): string {
  const out: string[] = [`${score.lines} replies`];
  for (const language of ['es', 'en', 'all'] as const) {
    out.push('', `${language}:`, '  intent          P     R     F1    tp  fp  fn');
    for (const intent of REPLY_INTENTS) {
      const c = score.counts[language][intent];
      out.push(`  ${intent.padEnd(14)}  ${two(precision(c))}  ${two(recall(c))}  ${two(f1(c))}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
    }
  }
  out.push('', `date: ${score.date.right}/${score.date.labelled} within range; amount: ${score.amount.right}/${score.amount.labelled} right, ${score.amount.extra} stated where none is labelled`);
  const groups = new Map<string, Miss[]>();
  for (const miss of score.misses) {
    const key = `${miss.intent} — ${miss.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), miss]);
  }
  for (const [key, misses] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out.push('', `${key} (${misses.length}):`);
    for (const miss of misses) out.push(`  ${miss.id}: ${miss.detail ? `${miss.detail} — ` : ''}${miss.text}`);
  }
  out.push('', summaryLine(score));
  return out.join('\n');
}
