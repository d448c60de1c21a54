// What `npm start` (start.ts) reads from its command line and environment, and what it prints:
// pure, so it is tested beside it.
import { GMAIL_FIXTURE_ORIGIN } from '../fixtures/gmail/serve';
import { MAILBOX_DEBTORS } from '../e2e/support/mailbox-ledger';

export type DemoLanguage = 'es' | 'en';

/** `--name value` or `--name=value`; undefined when absent. A flag with no value is an error. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    if (arg === name) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
      return value;
    }
  }
  return undefined;
}

/** --lang if given, else the system's language (LC_ALL, LC_MESSAGES, LANG): Spanish when it is Spanish, English otherwise. */
export function demoLanguage(flag: string | undefined, env: Record<string, string | undefined>): DemoLanguage {
  if (flag !== undefined) {
    if (flag === 'es' || flag === 'en') return flag;
    throw new Error(`--lang must be es or en, not "${flag}"`);
  }
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return system.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The demo mailbox's inbox in that language (Gmail's own ?hl=). */
export function mailboxUrl(lang: DemoLanguage): string {
  return `${GMAIL_FIXTURE_ORIGIN}/mail/u/0/?hl=${lang}#inbox`;
}

/** What to try first, printed once the browser is open. */
export function demoTips(lang: DemoLanguage): string {
  const ruiz = MAILBOX_DEBTORS.find((d) => d.key === 'ruiz')!;
  const reply = lang === 'es' ? 'Responder' : 'Reply';
  return [
    'Try first:',
    `  1. Open "${ruiz.reminded?.subject}" (${ruiz.name}) and click the status chip beside ${ruiz.contactName}: what they owe, the reminder already sent, the next step.`,
    `  2. Press ${reply}, then the Cobro button in the reply's toolbar (or Alt+Shift+C): the e-mail for their step, filled in; Insert puts it in the reply.`,
    '  3. Send it: Cobro logs it on their timeline (click the chip again to see it).',
    "  4. Cobro's toolbar button (the puzzle-piece menu) lists today's follow-ups; Workspace there opens debtors, templates and settings.",
  ].join('\n');
}
