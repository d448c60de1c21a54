import { describe, expect, it } from 'vitest';
import type { ComposeView } from '../compose';
import { TemplateInsertions } from './template-insertions';

/** Just what the registry reads of a compose: its root, its live draft id, its recipients. */
function compose(draftId: string | null, recipients: string[]): ComposeView & { draft: string | null } {
  const view = {
    root: {} as HTMLElement,
    draft: draftId,
    get draftId() {
      return view.draft;
    },
    recipients: () => recipients,
  };
  return view as unknown as ComposeView & { draft: string | null };
}

const sent = (messageId: string | undefined, to: string[], cc: string[] = []) => ({ messageId, to, cc, bcc: [] });

describe('TemplateInsertions.claim', () => {
  it.each<[string, Array<[string | null, string[]]>, ReturnType<typeof sent>, string | undefined]>([
    ['the compose whose saved draft is the sent message', [['msg-a:r1', ['a@x.es']], ['msg-a:r2', ['a@x.es']]], sent('msg-a:r2', ['a@x.es']), 't1'],
    ['an unsaved compose with exactly the same recipients', [[null, ['a@x.es', 'b@x.es']]], sent('msg-a:r9', ['b@x.es'], ['a@x.es']), 't0'],
    ['nothing for an unsaved compose with other recipients', [[null, ['a@x.es']]], sent('msg-a:r9', ['a@x.es', 'c@x.es']), undefined],
    ['nothing for a saved compose of another message', [['msg-a:r1', ['a@x.es']]], sent('msg-a:r9', ['a@x.es']), undefined],
    ['nothing for a send without a message id', [[null, ['a@x.es']]], sent(undefined, ['a@x.es']), undefined],
  ])('finds %s', (_label, composes, message, expected) => {
    const insertions = new TemplateInsertions();
    composes.forEach(([draft, recipients], index) => insertions.record(compose(draft, recipients), { templateId: `t${index}` }));
    expect(insertions.claim(message)?.templateId).toBe(expected);
  });

  it('reads the draft id live: a compose saved after the insertion is matched by it', () => {
    const insertions = new TemplateInsertions();
    const view = compose(null, ['a@x.es']);
    insertions.record(view, { templateId: 'builtin:overdue:es', step: 'overdue', invoiceIds: ['i1'] });
    view.draft = 'msg-a:r5';
    expect(insertions.claim(sent('msg-a:r5', ['someone-else@x.es']))).toEqual({ templateId: 'builtin:overdue:es', step: 'overdue', invoiceIds: ['i1'] });
  });

  it('gives an insertion to one send only', () => {
    const insertions = new TemplateInsertions();
    insertions.record(compose('msg-a:r1', ['a@x.es']), { templateId: 't' });
    expect(insertions.claim(sent('msg-a:r1', ['a@x.es']))?.templateId).toBe('t');
    expect(insertions.claim(sent('msg-a:r1', ['a@x.es']))).toBeUndefined();
  });

  it('keeps the latest template per compose, and a bounded number of composes', () => {
    const insertions = new TemplateInsertions(3);
    const first = compose('msg-a:r1', ['a@x.es']);
    insertions.record(first, { templateId: 'old' });
    insertions.record(first, { templateId: 'new' });
    expect(insertions.size).toBe(1);
    for (let i = 2; i <= 5; i += 1) insertions.record(compose(`msg-a:r${i}`, ['a@x.es']), { templateId: `t${i}` });
    expect(insertions.size).toBe(3);
    expect(insertions.claim(sent('msg-a:r1', ['a@x.es']))).toBeUndefined();
    expect(insertions.claim(sent('msg-a:r5', ['a@x.es']))?.templateId).toBe('t5');
  });
});
