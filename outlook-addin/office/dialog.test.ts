import { describe, expect, it } from 'vitest';
import { canOpenDialog, dialogFailure, openDialog, type DialogEnd } from './dialog';
import { OfficeHostError } from './errors';
import { callbackOf, fails, mockOffice } from './office-mock';

const URL_ = 'https://addin.example/workspace.html?host=dialog&route=%2Fdebtors';
const OPTIONS = { height: 80, width: 80, displayInIframe: true };

type Handler = (arg: unknown) => void;

/** A Dialog as Office hands it over, recording what the add-in does with it. */
function fakeDialog() {
  const handlers = new Map<string, Handler>();
  let closes = 0;
  return {
    dialog: {
      addEventHandler: (type: string, handler: Handler) => void handlers.set(type, handler),
      close: () => void (closes += 1),
    },
    fire: (type: string, arg: unknown) => handlers.get(type)?.(arg),
    handlers,
    closes: () => closes,
  };
}

function officeWith(ui: Record<string, unknown> | undefined, sets: Record<string, number> = { DialogApi: 1.2, Mailbox: 1.13 }) {
  return mockOffice({
    context: {
      ...(ui ? { ui } : {}),
      requirements: { isSetSupported: (name: string, version: string) => Number(version) <= (sets[name] ?? 0) },
    },
  });
}

function recorder() {
  const messages: Array<[string, string | undefined]> = [];
  const ends: Array<[DialogEnd, number]> = [];
  return {
    messages,
    ends,
    listeners: {
      onMessage: (message: string, origin: string | undefined) => void messages.push([message, origin]),
      onEnded: (end: DialogEnd, code: number) => void ends.push([end, code]),
    },
  };
}

describe('whether this Outlook can open a dialog', () => {
  const display = { displayDialogAsync: () => undefined };
  it.each([
    ['DialogApi 1.1 and the method', display, { DialogApi: 1.1 }, true],
    ['Mailbox 1.4 (how Outlook documents the dialog) and the method', display, { Mailbox: 1.4 }, true],
    ['neither set', display, { Mailbox: 1.3 }, false],
    ['the sets but no method', {}, { DialogApi: 1.2, Mailbox: 1.13 }, false],
    ['no ui at all', undefined, { DialogApi: 1.2, Mailbox: 1.13 }, false],
  ] as const)('%s → %s', (_name, ui, sets, expected) => {
    expect(canOpenDialog(officeWith(ui, sets))).toBe(expected);
  });
});

describe('opening a dialog', () => {
  it('asks Office for the address at the given size, in an overlay where the client offers one', async () => {
    const fake = fakeDialog();
    const calls: unknown[][] = [];
    const office = officeWith({
      displayDialogAsync: (...args: unknown[]) => {
        calls.push(args.slice(0, -1));
        callbackOf(args)({ status: 'succeeded', value: fake.dialog });
      },
    });
    await openDialog(office, URL_, OPTIONS, recorder().listeners);
    expect(calls).toEqual([[URL_, { height: 80, width: 80, displayInIframe: true }]]);
    expect([...fake.handlers.keys()].sort()).toEqual(['dialogEventReceived', 'dialogMessageReceived']);
  });

  it('passes on what the page sends, with its origin when the client gives one', async () => {
    const fake = fakeDialog();
    const office = officeWith({ displayDialogAsync: (...args: unknown[]) => callbackOf(args)({ status: 'succeeded', value: fake.dialog }) });
    const seen = recorder();
    await openDialog(office, URL_, OPTIONS, seen.listeners);
    fake.fire('dialogMessageReceived', { message: '{"type":"ledger-changed"}', origin: 'https://addin.example' });
    fake.fire('dialogMessageReceived', { message: '{"type":"close"}', origin: undefined });
    fake.fire('dialogMessageReceived', { error: 12006 });
    expect(seen.messages).toEqual([
      ['{"type":"ledger-changed"}', 'https://addin.example'],
      ['{"type":"close"}', undefined],
    ]);
  });

  it.each([
    [12006, 'closed'],
    [12002, 'unloadable'],
    [12003, 'unloadable'],
  ] as const)('reports the end %i as %s, once, and ignores messages after it', async (code, end) => {
    const fake = fakeDialog();
    const office = officeWith({ displayDialogAsync: (...args: unknown[]) => callbackOf(args)({ status: 'succeeded', value: fake.dialog }) });
    const seen = recorder();
    const opened = await openDialog(office, URL_, OPTIONS, seen.listeners);
    fake.fire('dialogEventReceived', { error: code });
    fake.fire('dialogEventReceived', { error: code });
    fake.fire('dialogMessageReceived', { message: 'late', origin: undefined });
    opened.close();
    expect(seen.ends).toEqual([[end, code]]);
    expect(seen.messages).toEqual([]);
    // Already gone: closing it again would be an error in Office.
    expect(fake.closes()).toBe(0);
  });

  it('closes from the pane once', async () => {
    const fake = fakeDialog();
    const office = officeWith({ displayDialogAsync: (...args: unknown[]) => callbackOf(args)({ status: 'succeeded', value: fake.dialog }) });
    const seen = recorder();
    const opened = await openDialog(office, URL_, OPTIONS, seen.listeners);
    opened.close();
    opened.close();
    fake.fire('dialogMessageReceived', { message: 'after close', origin: undefined });
    expect(fake.closes()).toBe(1);
    expect(seen.messages).toEqual([]);
  });

  it.each([
    [12004, 'untrusted'],
    [12005, 'untrusted'],
    [12007, 'already-open'],
    [12009, 'ignored'],
    [12011, 'blocked'],
    [5001, 'failed'],
  ] as const)('a refusal with Office code %i is a typed error the pane reads as %s', async (code, failure) => {
    const office = officeWith({ displayDialogAsync: fails(code, 'refused') });
    const error = await openDialog(office, URL_, OPTIONS, recorder().listeners).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: 'office-call-failed', officeCode: code });
    expect(dialogFailure(error)).toBe(failure);
  });

  it('an Outlook that throws instead of calling back fails as unsupported', async () => {
    const office = officeWith({
      displayDialogAsync: () => {
        throw new Error('not implemented');
      },
    });
    const error = await openDialog(office, URL_, OPTIONS, recorder().listeners).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unsupported' });
    expect(dialogFailure(error)).toBe('failed');
  });

  it.each([[new Error('other')], ['a string'], [null]])('anything but an Office error is just a failure (%s)', (error) => {
    expect(dialogFailure(error)).toBe('failed');
  });
});
