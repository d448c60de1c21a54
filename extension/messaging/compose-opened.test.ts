import { describe, expect, it } from 'vitest';
import { ComposeOpened, composeOpened, type PendingComposeFields } from './compose-opened';
import { PROTOCOL } from './protocol';

const FIELDS: PendingComposeFields = {
  debtorId: 'd1',
  templateId: 'builtin:overdue:es',
  step: 'overdue',
  invoiceIds: ['i1', 'i2'],
  subject: 'Factura F-1 vencida',
  to: ['ana@x.es'],
};

describe('ComposeOpened', () => {
  it.each<[string, unknown, boolean]>([
    ['a note', composeOpened(FIELDS), true],
    ['a note with no invoices', composeOpened({ ...FIELDS, invoiceIds: [] }), true],
    ['another protocol', { ...composeOpened(FIELDS), protocol: 'cobro/2' }, false],
    ['another type', { ...composeOpened(FIELDS), type: 'handler' }, false],
    ['an extra field on the envelope', { ...composeOpened(FIELDS), tabId: 3 }, false],
    ['an extra field on the compose', composeOpened({ ...FIELDS, body: '<img onerror=x>' } as PendingComposeFields), false],
    ['a step that is none', composeOpened({ ...FIELDS, step: 'nagging' as never }), false],
    ['no recipient', composeOpened({ ...FIELDS, to: [] }), false],
    ['a recipient that is no address', composeOpened({ ...FIELDS, to: ['ana'] }), false],
    ['an empty template id', composeOpened({ ...FIELDS, templateId: '' }), false],
    ['a subject longer than the log keeps', composeOpened({ ...FIELDS, subject: 'x'.repeat(501) }), false],
    ['too many invoices', composeOpened({ ...FIELDS, invoiceIds: Array.from({ length: 501 }, (_, i) => `i${i}`) }), false],
    ['a string', 'compose-opened', false],
  ])('%s → %s', (_label, message, valid) => {
    expect(ComposeOpened.safeParse(message).success).toBe(valid);
  });

  it('builds the envelope of this protocol, with addresses as the ledger keeps them', () => {
    const parsed = ComposeOpened.parse(composeOpened({ ...FIELDS, to: [' Ana@X.es '] }));
    expect(parsed).toEqual({ protocol: PROTOCOL, type: 'compose-opened', compose: { ...FIELDS, to: ['ana@x.es'] } });
  });
});
