// `npm run eval:replies -- FILE.jsonl --now 2026-12-02T10:00:00+01:00`: how well the reply reader
// reads a labelled corpus. Prints per-intent precision/recall/F1 per language, date and amount
// accuracy, the misses, and a one-line summary last.
import { readFileSync } from 'node:fs';
import { evaluate, parseCorpus, report } from '../shared/replies/evaluate';

const args = process.argv.slice(2);
let sentAt: string | undefined = '2026-12-02T10:00:00+01:00';
let file = 'tests/fixtures/replies/replies.jsonl';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--now') sentAt = args[++i];
  else if (!args[i]!.startsWith('--')) file = args[i]!;
}
if (sentAt === undefined || Number.isNaN(Date.parse(sentAt))) {
  process.stderr.write('usage: npm run eval:replies -- FILE.jsonl [--now ISO-INSTANT]\n');
  process.exit(2);
}
process.stdout.write(`${report(evaluate(parseCorpus(readFileSync(file, 'utf8')), sentAt))}\n`);
