// `npm run eval:replies -- FILE.jsonl --now 2026-12-02T10:00:00+01:00`: how well the reply reader
// reads a labelled corpus. Prints per-intent precision/recall/F1 per language, date and amount
// accuracy, the misses, and a one-line summary last.
import { readFileSync } from 'node:fs';
import { evaluate, parseCorpus, report } from '../shared/replies/evaluate';

const args = process.argv.slice(2);
const nowAt = args.indexOf('--now');
const sentAt = nowAt >= 0 ? args[nowAt + 1] : '2026-12-02T10:00:00+01:00';
const file = args.find((arg, index) => !arg.startsWith('--') && index !== nowAt + 1 || (nowAt < 0 && !arg.startsWith('--'))) ?? 'tests/fixtures/replies/replies.jsonl';
if (sentAt === undefined || Number.isNaN(Date.parse(sentAt))) {
  process.stderr.write('usage: npm run eval:replies -- FILE.jsonl [--now ISO-INSTANT]\n');
  process.exit(2);
}
process.stdout.write(`${report(evaluate(parseCorpus(readFileSync(file, 'utf8')), sentAt))}\n`);
