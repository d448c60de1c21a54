import { describe, expect, it } from 'vitest';
import type { NextAction } from '../../collection/status';
import { createTranslator } from '../../i18n/translate';
import { isCallStep, nextActionText } from './next-action-text';

const en = createTranslator('en');
const es = createTranslator('es-ES');

describe('nextActionText', () => {
  it.each<[NextAction['purpose'], NextAction['reason'], string, string]>([
    ['call', 'step-due', 'Phone call', 'Llamada'],
    ['firm', 'next-step', 'Firm reminder', 'Recordatorio firme'],
    ['overdue', 'resend', 'Re-send the overdue invoice', 'Reenviar la factura vencida'],
    ['promise-broken', 'promise-follow-up', 'Check that the promise was kept', 'Comprobar si se cumplió la promesa de pago'],
    ['promise-broken', 'promise-broken', 'Follow up the broken promise', 'Reclamar la promesa incumplida'],
    ['installment-reminder', 'installment-upcoming', 'Remind them of the next installment', 'Recordar el próximo plazo'],
    ['installment-missed', 'installment-follow-up', 'Check that the installment was paid', 'Comprobar si se pagó el plazo'],
    ['installment-missed', 'installment-missed', 'Tell them an installment was missed', 'Avisar del plazo impagado'],
    ['dispute-acknowledgement', 'dispute-unanswered', 'Answer the dispute', 'Responder a la disconformidad'],
    ['dispute-acknowledgement', 'dispute-unresolved', 'Resolve the dispute', 'Resolver la disputa'],
    ['thank-you', 'payment-received', 'Thank them for paying', 'Agradecer el pago'],
  ])('%s for %s', (purpose, reason, english, spanish) => {
    expect(nextActionText(en, { purpose, reason })).toBe(english);
    expect(nextActionText(es, { purpose, reason })).toBe(spanish);
  });

  it('says what the call follow-up is, whatever the reason it comes with', () => {
    // The purpose is being added to the schema on another branch; until then it arrives as a plain string.
    const next = { purpose: 'call-follow-up', reason: 'next-step' } as unknown as NextAction;
    expect(nextActionText(en, next)).toBe('E-mail what was agreed on the call');
    expect(nextActionText(es, next)).toBe('Enviar por correo lo acordado en la llamada');
  });
});

describe('isCallStep', () => {
  it('is the ladder’s phone step only', () => {
    expect(isCallStep({ purpose: 'call', channel: 'phone' })).toBe(true);
    expect(isCallStep({ purpose: 'firm', channel: 'email' })).toBe(false);
    expect(isCallStep({ purpose: 'call', channel: 'email' })).toBe(false);
    expect(isCallStep(null)).toBe(false);
  });
});
