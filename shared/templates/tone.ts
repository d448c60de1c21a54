// Checks a template against the collection practice before it is saved or sent: no threats in
// friendly steps, a concrete deadline from the firm step on, consequences from the formal step
// on, the amount and how to pay, and only variables Cobro knows.
import type { TemplatePurpose } from '../ledger/schema';
import { createTranslator } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages.en';
import { parseSource, type VariableUse } from './icu';
import { isTemplateVariable, type TemplateVariableName } from './variables';
import { findThreats, mentionsConsequences } from './vocabulary';

export type ToneCode =
  | 'threat-in-friendly-step'
  | 'missing-deadline'
  | 'missing-consequences'
  | 'unknown-variable'
  | 'syntax'
  | 'missing-amount'
  | 'missing-payment-methods';

export type ToneSeverity = 'error' | 'warning';

export interface ToneFinding {
  code: ToneCode;
  severity: ToneSeverity;
  /** The catalog key the UI shows, with its values; `message` is it already translated. */
  messageKey: MessageKey;
  values?: Record<string, string | number>;
  message: string;
  where?: { field: 'subject' | 'body'; start: number; end: number };
}

export interface ToneInput {
  subject: string;
  body: string;
  purpose: TemplatePurpose;
}

/** Steps that keep the relationship warm: a threat here does harm and nothing else. */
export const FRIENDLY_PURPOSES: ReadonlySet<TemplatePurpose> = new Set<TemplatePurpose>([
  'courtesy',
  'due',
  'overdue',
  'thank-you',
  'reconnect',
  'promise-confirmation',
  'installment-reminder',
  'dispute-acknowledgement',
  'call-follow-up',
]);

export const DEADLINE_PURPOSES: ReadonlySet<TemplatePurpose> = new Set<TemplatePurpose>(['firm', 'formal', 'agency', 'legal']);
export const CONSEQUENCE_PURPOSES: ReadonlySet<TemplatePurpose> = new Set<TemplatePurpose>(['formal', 'agency', 'legal']);

/** Messages that do not ask for money need neither the amount nor the ways to pay. */
const NOT_ASKING_FOR_PAYMENT: ReadonlySet<TemplatePurpose> = new Set<TemplatePurpose>([
  'thank-you',
  'reconnect',
  'dispute-acknowledgement',
]);

const AMOUNT_VARIABLES: readonly TemplateVariableName[] = [
  'totalOwed',
  'invoiceList',
  'promiseAmount',
  'installmentAmount',
  'planTerms',
];
const CONSEQUENCE_VARIABLES: readonly TemplateVariableName[] = ['lateInterest', 'compensation', 'claimLateCosts'];

const SEVERITY: Record<ToneCode, ToneSeverity> = {
  'threat-in-friendly-step': 'error',
  'missing-deadline': 'error',
  'missing-consequences': 'warning',
  'unknown-variable': 'error',
  syntax: 'error',
  'missing-amount': 'warning',
  'missing-payment-methods': 'warning',
};

type Field = 'subject' | 'body';

export function checkTone(template: ToneInput, locale = 'en'): ToneFinding[] {
  const t = createTranslator(locale);
  const findings: ToneFinding[] = [];
  const add = (code: ToneCode, values?: Record<string, string | number>, where?: ToneFinding['where']) => {
    const messageKey = `tone.${code}` as MessageKey;
    findings.push({
      code,
      severity: SEVERITY[code],
      messageKey,
      message: t(messageKey, values),
      ...(values ? { values } : {}),
      ...(where ? { where } : {}),
    });
  };

  const used: VariableUse[] = [];
  let parsedAll = true;
  for (const field of ['subject', 'body'] as const satisfies readonly Field[]) {
    const parsed = parseSource(template[field]);
    if (!parsed.ok) {
      parsedAll = false;
      const start = parsed.where?.start ?? 0;
      add('syntax', { position: start + 1 }, { field, start, end: parsed.where?.end ?? start });
      continue;
    }
    for (const use of parsed.variables) {
      if (!isTemplateVariable(use.name)) add('unknown-variable', { variable: use.name }, { field, start: use.start, end: use.end });
    }
    used.push(...parsed.variables);
  }

  if (FRIENDLY_PURPOSES.has(template.purpose)) {
    for (const field of ['subject', 'body'] as const satisfies readonly Field[]) {
      for (const threat of findThreats(template[field])) {
        add('threat-in-friendly-step', { term: threat.term }, { field, start: threat.start, end: threat.end });
      }
    }
  }

  // Without a full parse the variables are unknown; judging what is missing would only add noise.
  if (!parsedAll) return findings;
  const uses = (names: readonly string[]) => used.some((u) => names.includes(u.name));

  if (DEADLINE_PURPOSES.has(template.purpose) && !uses(['deadline'])) add('missing-deadline');
  if (
    CONSEQUENCE_PURPOSES.has(template.purpose) &&
    !uses(CONSEQUENCE_VARIABLES) &&
    !mentionsConsequences(`${template.subject}\n${template.body}`)
  ) {
    add('missing-consequences');
  }
  if (!NOT_ASKING_FOR_PAYMENT.has(template.purpose)) {
    if (!uses(AMOUNT_VARIABLES)) add('missing-amount');
    if (!uses(['paymentMethods'])) add('missing-payment-methods');
  }
  return findings;
}

export function hasToneErrors(findings: readonly ToneFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
