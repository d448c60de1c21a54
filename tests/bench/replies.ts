// The reply reader (part of `npm run bench`, `--only=replies`), in Node:
//   - its cost per message over the corpus's replies padded to 2,000 characters (a reply, then the
//     reminder it answers quoted below), and over a few 2,000-character composites of several
//     replies with Gmail and Outlook history: p50, p95, max;
//   - what it adds to the background when imported: the reader bundled and minified alone, and
//     chrono-node's share of it (the reader bundled with chrono left out), gzip -9.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { readReply } from '../../shared/replies/read';
import { currencyOfZone, parseCorpus } from '../../shared/replies/evaluate';
import { percentile, type Sample } from './stats';

const CORPUS = 'tests/fixtures/replies/replies.jsonl';
const SENT_AT = '2026-12-02T10:00:00+01:00';
const LENGTH = 2000;
const ROUNDS = 5;

const quotedReminder = [
  'El mié, 2 dic 2026 a las 9:14, Estudio Lumen <cobros@lumen.es> escribió:',
  '> Buenos días:',
  '> Le escribimos porque la factura F-2026-118, por importe de 1.234,56 €, venció el 15 de noviembre de 2026 y todavía no nos consta el pago.',
  '> Puede abonarla por transferencia a ES76 2100 0418 4502 0005 1332. Si ya la ha pagado, ignore este mensaje.',
  '> Un saludo,',
  '> Estudio Lumen',
].join('\n');

function padded(text: string): string {
  let out = `${text}\n\n${quotedReminder}`;
  while (out.length < LENGTH) out += `\n> ${quotedReminder.slice(0, LENGTH - out.length)}`;
  return out.slice(0, LENGTH);
}

/** Several replies one after another above an Outlook header block: the reader reads it all. */
function composite(texts: string[], start: number): string {
  let body = '';
  for (let i = start; body.length < LENGTH - 400; i++) body += `${texts[i % texts.length]!.split('\n\n')[0]}\n\n`;
  const history = `\n________________________________\nDe: Reformas Ebro <administracion@reformasebro.es>\nEnviado: martes, 1 de diciembre de 2026 9:14\nPara: Lucía Ferrer\nAsunto: Factura 2026/341 vencida\n\n${quotedReminder}`;
  return (body + history).slice(0, LENGTH);
}

async function bundledGzip(entry: string, external: string[] = []): Promise<number> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', external });
  return gzipSync(Buffer.from(result.outputFiles[0]!.contents), { level: 9 }).length;
}

export async function benchReplies(log: (line: string) => void = () => {}): Promise<Sample[]> {
  const lines = parseCorpus(readFileSync(CORPUS, 'utf8'));
  const texts = lines.map((line) => line.text);
  const messages = [
    ...lines.map((line) => ({ text: padded(line.text), timeZone: line.tz ?? 'Europe/Madrid', currency: currencyOfZone(line.tz ?? 'Europe/Madrid') })),
    ...[0, 37, 101, 211, 307].map((start) => ({ text: composite(texts, start), timeZone: 'Europe/Madrid', currency: 'EUR' })),
  ];
  log(`replies: ${messages.length} messages of ${LENGTH} characters, ${ROUNDS} rounds after a warm-up`);
  const read = (message: (typeof messages)[number]) => readReply({ text: message.text, sentAt: SENT_AT, timeZone: message.timeZone, currency: message.currency });
  for (const message of messages) read(message); // compiles the patterns, warms the JIT
  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const message of messages) {
      const started = performance.now();
      read(message);
      timings.push(performance.now() - started);
    }
  }
  const reader = await bundledGzip('shared/replies/read.ts');
  const withoutChrono = await bundledGzip('shared/replies/read.ts', ['chrono-node']);
  return [
    { what: 'reply read, 2,000-char message (p50/p95)', unit: 'ms', p50: percentile(timings, 50), p95: percentile(timings, 95), n: timings.length, target: 'p95 ≤ 5' },
    { what: 'reply read, 2,000-char message (max)', unit: 'ms', value: Math.max(...timings), n: timings.length },
    { what: 'reply reader bundled alone (gzip -9)', unit: 'KB', value: reader / 1024 },
    { what: "chrono-node's share of it (es + en)", unit: 'KB', value: (reader - withoutChrono) / 1024 },
  ];
}
