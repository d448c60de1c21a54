import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftMark } from './draft-mark';
import { decodeSentMail, encodeSentMail, sentMailOf } from './sent-mail';

const MARK: DraftMark = {
  v: 1,
  sendId: 'cobro-1',
  debtorId: 'd-1',
  templateId: 'builtin:overdue:es',
  step: 'overdue',
  invoiceIds: ['i-1'],
  markedAt: '2026-03-02T09:00:00.000Z',
};
const AT = new Date('2026-03-02T10:00:00.000Z');
const person = (address: string) => ({ address, name: '' });

describe('what a send records', () => {
  it.each([
    [
      'recipients, subject and thread',
      [person('pagos@acme.es'), person(' conta@acme.es ')],
      ' Recordatorio ',
      'conv-1',
      { to: ['pagos@acme.es', 'conta@acme.es'], subject: 'Recordatorio', threadId: 'conv-1' },
    ],
    ['a repeated address once', [person('a@b.es'), person('a@b.es')], 'S', null, { to: ['a@b.es'], subject: 'S' }],
    ['an over-long subject cut to what the ledger keeps', [person('a@b.es')], 'x'.repeat(600), null, { to: ['a@b.es'], subject: 'x'.repeat(500) }],
  ])('%s', (_name, recipients, subject, conversationId, expected) => {
    expect(sentMailOf(MARK, { recipients, subject, conversationId, at: AT })).toEqual({
      v: 1,
      sendId: 'cobro-1',
      debtorId: 'd-1',
      templateId: 'builtin:overdue:es',
      step: 'overdue',
      invoiceIds: ['i-1'],
      at: '2026-03-02T10:00:00.000Z',
      ...expected,
    });
  });

  it.each([
    ['a new message: whole', 'Hola,\nle recordamos la factura F-1.\n\nLucía — Estudio Lumen', 'Hola,\nle recordamos la factura F-1.\n\nLucía — Estudio Lumen'],
    [
      'a reply: cut at Outlook\'s rule above the quoted header',
      'Hola\r\n\r\nLucía\r\n\r\n________________________________\r\nFrom: Acme <pagos@acme.es>\r\nSent: Monday\r\n\r\nPagamos el viernes',
      'Hola\n\nLucía\n\n[quoted text left out]',
    ],
    ['a reply: cut at a From/Sent header block', 'Sí\nDe: Acme <pagos@acme.es>\nEnviado: lunes\nYa pagamos', 'Sí\n\n[quoted text left out]'],
    ['a From: line in our own words is not a header', 'From: tomorrow on, the fee applies.\nThanks', 'From: tomorrow on, the fee applies.\nThanks'],
    ['cut at "-----Original Message-----"', 'Ok\n-----Original Message-----\nold', 'Ok\n\n[quoted text left out]'],
    ['cut at "El …, … escribió:"', 'Gracias\n\nEl lun, 2 mar 2026, Ana <ana@x.es> escribió:\n> viejo', 'Gracias\n\n[quoted text left out]'],
    ['nothing above the history: kept whole', '________________________________\nFrom: A\nSent: B\nold', '________________________________\nFrom: A\nSent: B\nold'],
    ['an empty body: no text', '  ', undefined],
    ['a long body: cut to what the ledger keeps', 'a'.repeat(25_000), `${'a'.repeat(19_996)}\n[…]`],
  ])('the sent text, %s', (_name, bodyText, sentText) => {
    const sent = sentMailOf(MARK, { recipients: [person('a@b.es')], subject: 'S', conversationId: null, at: AT, bodyText });
    expect(sent?.sentText).toBe(sentText);
    expect(decodeSentMail(encodeSentMail(sent!))).toEqual(sent);
  });

  it('reads back an entry queued before the text was kept', () => {
    const older = '{"v":1,"sendId":"cobro-1","debtorId":"d-1","invoiceIds":[],"to":["a@b.es"],"subject":"S","at":"2026-03-02T10:00:00.000Z"}';
    expect(decodeSentMail(older)).toEqual(JSON.parse(older));
  });

  it('a draft without recipients records nothing', () => {
    expect(sentMailOf(MARK, { recipients: [person('  ')], subject: 'S', conversationId: null, at: AT })).toBeNull();
  });

  it('reads back whatever it queued, and nothing from garbage', () => {
    const address = fc.emailAddress();
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 5 }), fc.string({ maxLength: 80 }), (to, subject) => {
        const sent = sentMailOf(MARK, { recipients: to.map(person), subject, conversationId: null, at: AT });
        expect(sent).not.toBeNull();
        expect(decodeSentMail(encodeSentMail(sent!))).toEqual(sent);
      }),
    );
    expect(decodeSentMail('[1,2]')).toBeNull();
    expect(decodeSentMail('{"v":1}')).toBeNull();
  });
});
