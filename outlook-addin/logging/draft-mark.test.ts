import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMark, encodeMark, nextMark, type DraftMark } from './draft-mark';

const MARK: DraftMark = {
  v: 1,
  sendId: 'cobro-1',
  debtorId: 'd-1',
  templateId: 'builtin:overdue:es',
  step: 'overdue',
  invoiceIds: ['i-1'],
  markedAt: '2026-03-02T10:00:00.000Z',
};

describe('reading a draft mark', () => {
  it.each([
    ['nothing', null, null],
    ['an empty string', '', null],
    ['not JSON', '{oops', null],
    ['another version', JSON.stringify({ ...MARK, v: 2 }), null],
    ['no debtor', JSON.stringify({ ...MARK, debtorId: '' }), null],
    ['a mark Cobro wrote', JSON.stringify(MARK), MARK],
    ['a mark without a template', JSON.stringify({ ...MARK, templateId: undefined, step: undefined }), { ...MARK, templateId: undefined, step: undefined }],
  ])('%s → %j', (_name, raw, expected) => {
    const decoded = decodeMark(raw);
    if (expected === null) expect(decoded).toBeNull();
    else expect(decoded).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reads back whatever it wrote', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 5 }), (sendId, debtorId, invoiceIds) => {
        const mark: DraftMark = { ...MARK, sendId, debtorId, invoiceIds };
        expect(decodeMark(encodeMark(mark))).toEqual(mark);
      }),
    );
  });
});

describe('marking a draft again', () => {
  const use = { debtorId: 'd-2', templateId: 'builtin:firm:es', step: 'firm', invoiceIds: ['i-2', 'i-2', 'i-3'] };
  const now = new Date('2026-03-03T09:00:00.000Z');

  it('a first template gives the draft a new send id', () => {
    expect(nextMark(null, use, () => 'cobro-new', now)).toEqual({
      v: 1,
      sendId: 'cobro-new',
      debtorId: 'd-2',
      templateId: 'builtin:firm:es',
      step: 'firm',
      invoiceIds: ['i-2', 'i-3'],
      markedAt: '2026-03-03T09:00:00.000Z',
    });
  });

  it('a second template keeps the send id and describes the latest template', () => {
    const mark = nextMark(MARK, use, () => 'cobro-other', now);
    expect(mark.sendId).toBe('cobro-1');
    expect(mark.templateId).toBe('builtin:firm:es');
  });
});
