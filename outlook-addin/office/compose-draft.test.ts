import { describe, expect, it } from 'vitest';
import type { ComposeDraft } from '../mail/types';
import { currentItem } from './current-item';
import { OfficeHostError } from './errors';
import { answers, callbackOf, fails, mockOffice } from './office-mock';

interface Recorded {
  inserted: unknown[][];
  subjectSet: unknown[][];
  session: Record<string, string>;
  handlers: Record<string, unknown>;
}

function draftWith(overrides: Record<string, unknown> = {}): { draft: ComposeDraft; recorded: Recorded } {
  const recorded: Recorded = { inserted: [], subjectSet: [], session: {}, handlers: {} };
  const item = {
    itemType: 'message',
    to: { getAsync: answers([{ emailAddress: 'pagos@acme.es', displayName: 'Acme' }]) },
    cc: { getAsync: answers([{ emailAddress: 'conta@acme.es', displayName: '' }]) },
    bcc: { getAsync: answers([]) },
    subject: { getAsync: answers('RE: Factura'), setAsync: answers(undefined, recorded.subjectSet) },
    body: { getTypeAsync: answers('html'), setSelectedDataAsync: answers(undefined, recorded.inserted) },
    conversationId: 'conv-7',
    sessionData: {
      getAllAsync: (...args: unknown[]) => callbackOf(args)({ status: 'succeeded', value: { ...recorded.session } }),
      setAsync: (name: string, value: string, ...rest: unknown[]) => {
        recorded.session[name] = value;
        callbackOf(rest)({ status: 'succeeded' });
      },
    },
    addHandlerAsync: (type: string, handler: unknown, ...rest: unknown[]) => {
      recorded.handlers[type] = handler;
      callbackOf(rest)({ status: 'succeeded' });
    },
    removeHandlerAsync: (type: string, ...rest: unknown[]) => {
      delete recorded.handlers[type];
      callbackOf(rest)({ status: 'succeeded' });
    },
    ...overrides,
  };
  const office = mockOffice({ context: { mailbox: { item } } });
  const pane = currentItem(office);
  if (pane.kind !== 'compose') throw new Error('expected a draft');
  return { draft: pane.draft, recorded };
}

describe('a draft', () => {
  it('lists To, Cc and Bcc together', async () => {
    const { draft } = draftWith({ bcc: { getAsync: answers([{ emailAddress: ' oculto@acme.es ', displayName: 'O' }]) } });
    expect(await draft.recipients()).toEqual([
      { address: 'pagos@acme.es', name: 'Acme' },
      { address: 'conta@acme.es', name: '' },
      { address: 'oculto@acme.es', name: 'O' },
    ]);
  });

  it('reads and sets the subject', async () => {
    const { draft, recorded } = draftWith();
    expect(await draft.subject()).toBe('RE: Factura');
    await draft.setSubject('Recordatorio: factura F-12');
    expect(recorded.subjectSet).toEqual([['Recordatorio: factura F-12']]);
  });

  it.each([
    ['html', 'html'],
    ['text', 'text'],
  ] as const)('a %s body is reported as %s', async (type, expected) => {
    const { draft } = draftWith({ body: { getTypeAsync: answers(type) } });
    expect(await draft.bodyFormat()).toBe(expected);
  });

  it('reads the whole body as plain text', async () => {
    const asked: unknown[][] = [];
    const { draft } = draftWith({ body: { getAsync: answers('Hola\r\nGracias', asked) } });
    expect(await draft.bodyText()).toBe('Hola\r\nGracias');
    expect(asked).toEqual([['text']]);
  });

  it.each([
    ['html', '<p>Hola &amp; gracias</p>', { coercionType: 'html' }],
    ['text', 'Hola & gracias', { coercionType: 'text' }],
  ] as const)('inserts %s at the cursor with the matching coercion type', async (format, content, options) => {
    const { draft, recorded } = draftWith();
    await draft.insertAtCursor(content, format);
    expect(recorded.inserted).toEqual([[content, options]]);
  });

  it('keeps a value in session data and reads it back', async () => {
    const { draft, recorded } = draftWith();
    expect(draft.keepsSessionData).toBe(true);
    expect(await draft.readSessionValue('cobro')).toBeNull();
    await draft.writeSessionValue('cobro', '{"v":1}');
    expect(recorded.session).toEqual({ cobro: '{"v":1}' });
    expect(await draft.readSessionValue('cobro')).toBe('{"v":1}');
  });

  it('says when the client keeps no session data, and refuses to use it', async () => {
    const { draft } = draftWith({ sessionData: undefined });
    expect(draft.keepsSessionData).toBe(false);
    await expect(draft.readSessionValue('cobro')).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('passes the conversation id on, and none for a new message', () => {
    expect(draftWith().draft.conversationId()).toBe('conv-7');
    expect(draftWith({ conversationId: '' }).draft.conversationId()).toBeNull();
  });

  it('turns an Office failure into a typed error carrying Office’s code', async () => {
    const { draft } = draftWith({ body: { getTypeAsync: answers('html'), setSelectedDataAsync: fails(9041, 'Insertion failed') } });
    const error = await draft.insertAtCursor('<p>x</p>', 'html').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: 'office-call-failed', officeCode: 9041 });
  });

  it('watches the recipients and stops watching', async () => {
    const { draft, recorded } = draftWith();
    let changes = 0;
    const stop = await draft.onRecipientsChanged(() => (changes += 1));
    (recorded.handlers.olkRecipientsChanged as () => void)();
    expect(changes).toBe(1);
    await stop();
    expect(recorded.handlers).toEqual({});
  });
});
