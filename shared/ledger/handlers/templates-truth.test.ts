// The lies the property test looks for, one ledger each, built through the handlers: a due-day
// reminder that says "due today" days after the due date, a firm reminder that speaks of earlier
// reminders to a debtor never contacted, a Spanish formal notice that names the debtor twice, an
// empty business profile that leaves empty slots. Each offered message of that kind must be
// true of the ledger; one that cannot be filled truthfully must not be offered at all.
import { describe, expect, it } from 'vitest';
import { addDays, dateIn } from '../../dates';
import type { TemplatePurpose } from '../schema';
import { createTestLedger, must, type TestLedger } from '../test-ledger';
import {
  applySettings,
  isOffered,
  LANGUAGES,
  readTruth,
  violationsOf,
  type DebtorTruth,
  type Language,
  type SettingsSpec,
  type TemplateOffer,
  type Violation,
} from '../test-template-truth';

const NOW = new Date('2026-03-09T10:00:00.000Z');
const TODAY = dateIn('Europe/Madrid', NOW);

const COMPLETE_PROFILE: SettingsSpec = {
  preset: 'spain',
  business: { name: 'Imprenta Sol S.L.', email: 'cobros@imprentasol.example', phone: '+34 910 000 111', address: 'C/ Mayor 5, Madrid', taxId: 'B12345678' },
  senderName: 'Ana García',
  signature: '',
  paymentMethods: [{ kind: 'iban', label: '', value: 'ES91 2100 0418 4502 0005 1332' }],
  claimLateCosts: false,
  ladder: { courtesy: -3, due: 0, overdue: 7, call: 14, firm: 30, formal: 45, agency: 60, legal: 90 },
  minContactGapDays: 7,
};

interface Setup {
  /** Days after today the one invoice falls due (negative: late). */
  due: number;
  contactName?: string;
  /** Leave the settings as a fresh install has them: no business name, no signature, no payment method. */
  emptyProfile?: boolean;
  /** Outbound reminders logged, by step, this many days ago. */
  sent?: Array<[TemplatePurpose, number]>;
}

async function debtorLedger(setup: Setup): Promise<{ ledger: TestLedger; debtorId: string }> {
  const ledger = createTestLedger(NOW);
  if (!setup.emptyProfile) await applySettings(ledger, COMPLETE_PROFILE);
  const { debtor } = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres Ruiz S.L.',
      emails: ['pagos@talleres-ruiz.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      ...(setup.contactName ? { contactName: setup.contactName } : {}),
      firstInvoice: { number: 'F-2026-001', currency: 'EUR', amount: 121_000, dueDate: addDays(TODAY, setup.due) },
    }),
  );
  for (const [step, daysAgo] of setup.sent ?? []) {
    const at = new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
    must(await ledger.client.send('event-log', { debtorId: debtor.id, kind: 'email', channel: 'email', direction: 'outbound', step, at }));
  }
  return { ledger, debtorId: debtor.id };
}

/** Every offered message of these purposes, with what the given rules find untrue in it. */
async function untruths(setup: Setup, purposes: readonly TemplatePurpose[] | 'all', languages: readonly Language[], rules: readonly string[] | 'all') {
  const { ledger, debtorId } = await debtorLedger(setup);
  try {
    const truth: DebtorTruth = await readTruth(ledger, debtorId);
    const found: Array<{ template: string; violations: Violation[] }> = [];
    const offered: string[] = [];
    for (const language of languages) {
      const { items } = must(await ledger.client.send('templates-for-debtor', { debtorId, locale: language }));
      for (const item of items) {
        if (!isOffered(item) || (purposes !== 'all' && !purposes.includes(item.template.purpose))) continue;
        offered.push(item.template.id);
        const violations = violationsOf(item, truth, language, ['core', 'more']).filter((v) => rules === 'all' || rules.includes(v.rule));
        if (violations.length > 0) found.push({ template: item.template.id, violations });
      }
    }
    return { found, offered };
  } finally {
    ledger.db.close();
  }
}

describe('offered messages are true of the ledger', () => {
  it.each<[string, Setup, TemplatePurpose[] | 'all', Language[], string[] | 'all']>([
    ['the due-day reminder to a debtor 5 days late says when it fell due, not "due today"', { due: -5, contactName: 'María Ruiz' }, ['due'], [...LANGUAGES], ['due today', 'days late']],
    ['the firm reminder to a debtor never contacted claims no earlier reminders', { due: -35, contactName: 'María Ruiz' }, ['firm'], [...LANGUAGES], ['earlier reminders']],
    ['nothing offered to a debtor never contacted claims earlier reminders or a formal request', { due: -100 }, 'all', [...LANGUAGES], ['earlier reminders']],
    ['the Spanish formal notice to a debtor without a contact name names them once', { due: -50, sent: [['due', 50], ['overdue', 40], ['call', 30], ['firm', 15]] }, ['formal'], ['es'], ['name twice', 'empty slot']],
    ['an empty business profile leaves no empty slot ("le llamo de .", a closing with nothing after it)', { due: -20, emptyProfile: true }, 'all', [...LANGUAGES], ['empty slot']],
  ])('%s', async (_label, setup, purposes, languages, rules) => {
    expect((await untruths(setup, purposes, languages, rules)).found).toEqual([]);
  });

  it('a due-day reminder on the due day is offered, and true', async () => {
    const { found, offered } = await untruths({ due: 0, contactName: 'María Ruiz' }, ['due'], [...LANGUAGES], 'all');
    expect(offered).toEqual(['builtin:due:es', 'builtin:due:en']);
    expect(found).toEqual([]);
  });

  it('a firm reminder after the earlier steps were sent may say so', async () => {
    const sent: Array<[TemplatePurpose, number]> = [['due', 35], ['overdue', 28], ['call', 20]];
    expect((await untruths({ due: -35, contactName: 'María Ruiz', sent }, ['firm'], [...LANGUAGES], ['earlier reminders'])).found).toEqual([]);
  });
});

describe('the checker itself', () => {
  const setup: Setup = { due: -5, contactName: 'María Ruiz' };
  const due = addDays(TODAY, -5);
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  const dueInWords = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));

  it.each<[string, string, string[]]>([
    ['a true message', `Invoice F-2026-001 was due on ${dueInWords} and €1,210.00 is outstanding, 5 days late.\n\nKind regards,\nImprenta Sol S.L.`, []],
    ['"due today" 5 days late', 'Invoice F-2026-001 is due today', ['due today']],
    ['the wrong days late', 'now 3 days late', ['days late']],
    ['an invoice it is not about', 'Invoice F-2026-999: €1,210.00', ['invoice numbers']],
    ['an amount nobody owes', 'Invoice F-2026-001: €1.00 outstanding', ['amounts']],
    ['a date from nowhere', 'It was due on 1 January 2020.', ['dates']],
    ['earlier reminders never sent', 'Despite our earlier reminders, nothing.', ['earlier reminders']],
    ['a promise never made', 'As agreed, you will pay by then.', ['promise']],
    ['a plan never agreed', 'The next installment of your payment plan.', ['plan']],
    ['an empty business name', '«Buenos días, le llamo de . ¿Tiene un momento?»', ['empty slot']],
    ['an empty greeting', 'Hola ,', ['empty slot']],
    ['a closing with nothing after it', 'Gracias.\n\nUn cordial saludo,\n\n', ['empty slot']],
    ['a name twice', 'A la atención de María Ruiz (María Ruiz):', ['name twice']],
    ['a due date to come that has passed', `Invoice F-2026-001 is due on ${dueInWords}.`, ['tense of the due date']],
    ['thanks for a payment never made', 'Thank you for your payment', ['payment received']],
    ['an objection never raised', 'Thank you for letting us know that you disagree with invoice F-2026-001.', ['dispute']],
    ['an installment missed without a plan', 'Missed installment', ['missed installment']],
  ])('finds %s', async (_label, text, rules) => {
    const { ledger, debtorId } = await debtorLedger(setup);
    try {
      const truth = await readTruth(ledger, debtorId);
      const { items } = must(await ledger.client.send('templates-for-debtor', { debtorId, locale: 'en' }));
      const real = items.find((item) => item.template.purpose === 'overdue')!;
      const fake = { ...real, rendered: { ok: true, subject: '', html: '', text, findings: [] } } as TemplateOffer & { rendered: { ok: true } };
      expect([...new Set(violationsOf(fake, truth, 'en', ['core', 'more']).map((v) => v.rule))]).toEqual(rules);
    } finally {
      ledger.db.close();
    }
  });
});
