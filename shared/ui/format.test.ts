import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debtorContactDecision } from '../collection/policy';
import type { Evidence } from '../collection/status';
import { createTranslator } from '../i18n/translate';
import { formatMoney } from '../money';
import type { HandlerErrorCode } from '../ledger/errors';
import { dayOfMoment, daysFrom, errorText, evidenceText, formatAmounts, latenessText, policyText, stateText } from './format';

const en = createTranslator('en');
const es = createTranslator('es-ES');
const squash = (text: string | null) => (text === null ? null : text.replace(/\s+/g, ' '));

describe('latenessText', () => {
  it.each([
    [null, null, null],
    [-3, 'due in 3 days', 'vence en 3 días'],
    [-1, 'due in 1 day', 'vence en 1 día'],
    [0, 'due today', 'vence hoy'],
    [1, '1 day late', '1 día de retraso'],
    [83, '83 days late', '83 días de retraso'],
  ])('%s → %s / %s', (days, english, spanish) => {
    expect(latenessText(en, days)).toBe(english);
    expect(latenessText(es, days)).toBe(spanish);
  });
});

describe('formatAmounts', () => {
  it.each([
    [[{ currency: 'EUR', amount: 222_000 }], 'es-ES', '2220,00 €'],
    [[{ currency: 'EUR', amount: 222_000 }, { currency: 'USD', amount: 15_000 }], 'en', '€2,220.00 and US$150.00'],
    [[{ currency: 'EUR', amount: 222_000 }, { currency: 'USD', amount: 15_000 }], 'es', '2220,00 € y 150,00 US$'],
    [[{ currency: 'MXN', amount: 3_480_000 }, { currency: 'USD', amount: 275_000 }], 'en', 'MX$34,800.00 and US$2,750.00'],
    [[{ currency: 'MXN', amount: 3_480_000 }, { currency: 'USD', amount: 275_000 }], 'es', '34.800,00 MXN y 2750,00 US$'],
  ])('%j in a %s UI → %s', (amounts, uiLocale, expected) => {
    expect(squash(formatAmounts(amounts, uiLocale))).toBe(expected);
  });

  it('lists every currency on its own and never adds them up', () => {
    const codes = fc.uniqueArray(fc.constantFrom('EUR', 'USD', 'MXN', 'GBP', 'JPY'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(codes, fc.integer({ min: 1, max: 1e10 }), (currencies, amount) => {
        const amounts = currencies.map((currency, index) => ({ currency, amount: amount + index }));
        const text = formatAmounts(amounts, 'en');
        for (const money of amounts) expect(text).toContain(formatMoney(money, 'en'));
      }),
    );
  });
});

describe('daysFrom', () => {
  it.each([
    ['2025-12-10', '2026-03-03', 83],
    ['2026-03-03', '2026-03-03', 0],
    ['2026-03-29', '2026-03-30', 1],
    ['2026-03-06', '2026-03-03', -3],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysFrom(from, to)).toBe(days);
  });
});

const madrid = { timeZone: 'Europe/Madrid' };
function decision(now: string, extra: { doNotContact?: boolean; pauseUntil?: string | null } = {}) {
  return debtorContactDecision({
    policy: { preset: 'spain' },
    timeZone: 'Europe/Madrid',
    events: [],
    now: new Date(now),
    doNotContact: extra.doNotContact ?? false,
    pause: extra.pauseUntil === undefined ? null : { reason: 'holiday', until: extra.pauseUntil, since: '2026-03-01T00:00:00.000Z' },
  });
}

describe('policyText', () => {
  it.each([
    ['inside hours', decision('2026-03-03T09:30:00.000Z'), 'You can write now', 'Puede escribir ahora'],
    [
      'outside hours',
      decision('2026-03-03T20:15:00.000Z'),
      'Not now: outside contact hours (21:15 in Madrid) — from Wed, Mar 4, 09:00',
      'Ahora no: fuera del horario de contacto (las 21:15 en Madrid) — a partir del mié, 4 mar, 09:00',
    ],
    [
      'a Saturday',
      decision('2026-03-07T11:00:00.000Z'),
      'Not now: weekend in Madrid — from Mon, Mar 9, 09:00',
      'Ahora no: fin de semana en Madrid — a partir del lun, 9 mar, 09:00',
    ],
    [
      'do not contact',
      decision('2026-03-03T09:30:00.000Z', { doNotContact: true }),
      'Not now: marked as do not contact — no date to contact them again',
      'Ahora no: marcado como «no contactar» — no hay fecha para volver a contactar',
    ],
    [
      'paused until a date',
      decision('2026-03-03T09:30:00.000Z', { pauseUntil: '2026-03-10' }),
      'Not now: reminders paused until Mar 10, 2026 — from Wed, Mar 11, 09:00',
      'Ahora no: recordatorios en pausa hasta el 10 mar 2026 — a partir del mié, 11 mar, 09:00',
    ],
    [
      'paused and evening',
      decision('2026-03-03T20:15:00.000Z', { pauseUntil: null }),
      'Not now: reminders paused and outside contact hours (21:15 in Madrid) — no date to contact them again',
      'Ahora no: recordatorios en pausa y fuera del horario de contacto (las 21:15 en Madrid) — no hay fecha para volver a contactar',
    ],
  ])('%s', (_, policy, english, spanish) => {
    expect(squash(policyText(en, policy, { ...madrid, uiLocale: 'en' }))).toBe(english);
    expect(squash(policyText(es, policy, { ...madrid, uiLocale: 'es-ES' }))).toBe(spanish);
  });
});

describe('stateText', () => {
  const debtor = { pause: null };
  it.each([
    ['overdue', debtor, 'Overdue', 'Con retraso'],
    ['not-due', debtor, 'Not due yet', 'Aún no vencido'],
    ['promised', debtor, 'Promised to pay', 'Ha prometido pagar'],
    ['on-plan', debtor, 'On a payment plan', 'Con plan de pagos'],
    ['disputed', debtor, 'In dispute', 'En disputa'],
    ['written-off', debtor, 'Written off', 'Dado por incobrable'],
    ['paused', { pause: { reason: 'x', until: '2026-04-01', since: '2026-03-01T00:00:00.000Z' } }, 'Paused until Apr 1, 2026', 'En pausa hasta el 1 abr 2026'],
    ['paused', { pause: { reason: 'x', until: null, since: '2026-03-01T00:00:00.000Z' } }, 'Paused', 'En pausa'],
  ] as const)('%s, dated in the UI language', (state, who, english, spanish) => {
    expect(squash(stateText(en, state, who, 'en'))).toBe(english);
    expect(squash(stateText(es, state, who, 'es'))).toBe(spanish);
  });
});

describe('evidenceText', () => {
  it.each<[Evidence, string, string]>([
    [{ code: 'broken-promises', count: 2, ids: ['a', 'b'] }, '2 broken promises', '2 promesas incumplidas'],
    [{ code: 'days-late', days: 83 }, '83 days late', '83 días de retraso'],
    [{ code: 'long-overdue-invoices', count: 1, ids: ['a'] }, '1 invoice more than 30 days late', '1 factura con más de 30 días de retraso'],
    [{ code: 'unanswered-contacts', count: 5 }, '5 contacts without reply', '5 contactos sin respuesta'],
  ])('%j', (evidence, english, spanish) => {
    expect(evidenceText(en, evidence)).toBe(english);
    expect(evidenceText(es, evidence)).toBe(spanish);
  });
});

describe('errorText', () => {
  const codes: HandlerErrorCode[] = ['invalid-input', 'not-found', 'conflict', 'email-taken', 'currency-mismatch', 'overpayment', 'storage', 'unknown-handler'];
  it.each(codes.map((code) => [code]))('%s has words in both languages', (code) => {
    for (const t of [en, es]) {
      const text = errorText(t, { code });
      expect(text).not.toBe(`error.${code}`);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('says what happened in the UI language', () => {
    expect(errorText(es, { code: 'overpayment' })).toBe('El pago supera lo que se debe.');
  });
});

describe('dayOfMoment', () => {
  it.each([
    ['2026-03-02T23:30:00Z', 'Europe/Madrid', '2026-03-03'],
    ['2026-03-03T03:00:00Z', 'America/Mexico_City', '2026-03-02'],
    ['2026-12-31T12:00:00Z', 'UTC', '2026-12-31'],
  ])('%s in %s is %s', (at, zone, expected) => {
    expect(dayOfMoment(at, zone)).toBe(expected);
  });
});
