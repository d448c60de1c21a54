import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CallOutcome, InvoiceStatus, LADDER_STEPS, SIDE_TRACKS } from '../ledger/schema';
import { parseSource } from '../templates/icu';
import { en, type MessageKey } from './messages.en';
import { es } from './messages.es';

const keys = Object.keys(en) as MessageKey[];

function argumentNames(source: string): string[] {
  const parsed = parseSource(source);
  if (!parsed.ok) throw new Error(`does not parse: ${source}`);
  return [...new Set(parsed.variables.map((v) => v.name))].sort();
}

describe('the catalogs', () => {
  it('have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual([...keys].sort());
  });

  it.each(keys.map((k) => [k]))('%s parses in both languages and has no empty text', (key) => {
    for (const [locale, text] of [
      ['en', en[key]],
      ['es', es[key]],
    ] as const) {
      expect(text.trim()).not.toBe('');
      expect(() => new IntlMessageFormat(text, locale, undefined, { ignoreTag: true })).not.toThrow();
    }
  });

  it.each(keys.map((k) => [k]))('%s asks for the same values in both languages', (key) => {
    expect(argumentNames(es[key])).toEqual(argumentNames(en[key]));
  });
});

// What the UIs will ask for; a missing key here is a screen without words.
const REQUIRED: string[] = [
  ...LADDER_STEPS.map((s) => `step.${s}`),
  ...SIDE_TRACKS.map((s) => `step.${s}`),
  ...InvoiceStatus.options.map((s) => `state.invoice.${s}`),
  ...['outside-hours', 'weekend', 'holiday', 'too-many-contacts', 'recent-conversation', 'do-not-contact', 'paused'].map((c) => `policy.${c}`),
  'policy.allowedFrom',
  ...['temporary', 'chronic', 'intentional'].map((k) => `delinquency.${k}`),
  ...[
    'broken-promises',
    'missed-installments',
    'unanswered-contacts',
    'late-paid-invoices',
    'on-time-paid-invoices',
    'overdue-invoices',
    'days-late',
  ].map((c) => `evidence.${c}`),
  ...CallOutcome.options.map((o) => `action.callOutcome.${o}`),
  'action.logCall',
  'action.recordPromise',
  'action.recordPayment',
  'action.startPlan',
  'action.pause',
  'action.pauseReason',
  'action.pauseUntil',
  'action.markDisputed',
  'action.resolveDispute',
  'picker.filterStep',
  'picker.filterLanguage',
  'picker.insert',
  'picker.notNowBecause',
  ...[
    'threat-in-friendly-step',
    'missing-deadline',
    'missing-consequences',
    'unknown-variable',
    'syntax',
    'missing-amount',
    'missing-payment-methods',
  ].map((c) => `tone.${c}`),
  ...['invalid-input', 'not-found', 'conflict', 'email-taken', 'currency-mismatch', 'overpayment', 'storage'].map((c) => `error.${c}`),
  ...['error', 'warning'].map((s) => `severity.${s}`),
  'track.title',
  'track.submit',
  'popup.followUps',
  'popup.search',
  'popup.openWorkspace',
  ...['overview', 'debtors', 'invoices', 'templates', 'settings', 'import', 'backup'].map((s) => `workspace.${s}`),
  'chip.owes',
  'chip.daysLate',
  'card.invoices',
  'card.timeline',
  'card.nextAction',
];

describe('coverage', () => {
  it.each(REQUIRED.map((k) => [k]))('has %s', (key) => {
    expect(keys).toContain(key);
  });
});
