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
