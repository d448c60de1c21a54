import { describe, expect, it } from 'vitest';
import { decodeMark, MARK_KEY } from '../logging/draft-mark';
import { fakeDraft } from './fake-draft';
import { insertTemplate, type TemplateToInsert } from './insert-template';

const TEMPLATE: TemplateToInsert = {
  debtorId: 'd-1',
  templateId: 'builtin:overdue:es',
  purpose: 'overdue',
  invoiceIds: ['i-1'],
  subject: 'Factura F-12 vencida',
  html: '<p>Hola &lt;Ana&gt;</p>',
  text: 'Hola <Ana>',
};
const deps = { newSendId: () => 'cobro-abc', now: () => new Date('2026-03-02T10:00:00.000Z') };

describe('inserting a template', () => {
  it.each([
    ['an HTML message gets the HTML', 'html', ['<p>Hola &lt;Ana&gt;</p>', 'html']],
    ['a plain-text message gets the text', 'text', ['Hola <Ana>', 'text']],
  ] as const)('%s', async (_name, format, expected) => {
    const draft = fakeDraft({ format });
    await insertTemplate(draft, TEMPLATE, deps);
    expect(draft.inserted).toEqual([expected]);
  });

  it.each([
    ['an empty subject is filled in', '  ', 'Factura F-12 vencida', true],
    ['a subject the user wrote stays', 'RE: tu factura', 'RE: tu factura', false],
  ])('%s', async (_name, before, after, set) => {
    const draft = fakeDraft({ subject: before });
    const outcome = await insertTemplate(draft, TEMPLATE, deps);
    expect([draft.subjectNow, outcome.subjectSet]).toEqual([after, set]);
  });

  it('marks the draft with debtor, template, step, invoices and a send id', async () => {
    const draft = fakeDraft();
    expect(await insertTemplate(draft, TEMPLATE, deps)).toEqual({ subjectSet: true, marked: true });
    expect(decodeMark(draft.session.get(MARK_KEY))).toEqual({
      v: 1,
      sendId: 'cobro-abc',
      debtorId: 'd-1',
      templateId: 'builtin:overdue:es',
      step: 'overdue',
      invoiceIds: ['i-1'],
      markedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('a second template in the same message keeps the first send id', async () => {
    const draft = fakeDraft();
    await insertTemplate(draft, TEMPLATE, deps);
    await insertTemplate(draft, { ...TEMPLATE, templateId: 'builtin:firm:es', purpose: 'firm' }, { ...deps, newSendId: () => 'cobro-other' });
    expect(decodeMark(draft.session.get(MARK_KEY))).toMatchObject({ sendId: 'cobro-abc', templateId: 'builtin:firm:es', step: 'firm' });
  });

  it.each([
    ['a client without session data', { keepsSessionData: false }],
    ['session data that cannot be written', { sessionFails: true }],
  ])('%s still inserts, and says the draft is not marked', async (_name, options) => {
    const draft = fakeDraft(options);
    expect(await insertTemplate(draft, TEMPLATE, deps)).toEqual({ subjectSet: true, marked: false });
    expect(draft.inserted).toHaveLength(1);
  });
});
