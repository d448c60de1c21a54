import { describe, expect, it } from 'vitest';
import type { ComposeDraft } from '../mail/types';
import { answers, mockOffice } from './office-mock';
import { associateSendHandler, SEND_HANDLER_NAME } from './send-event';

function officeWithSend() {
  const associated: Record<string, (event: unknown) => void> = {};
  const office = mockOffice({
    actions: { associate: (name: string, fn: (event: unknown) => void) => (associated[name] = fn) },
    context: { mailbox: { item: { itemType: 'message', subject: { getAsync: answers('Hola') } } } },
  });
  return { office, associated };
}

/** Fires the send event and resolves with what the handler passed to event.completed. */
function send(associated: Record<string, (event: unknown) => void>): Promise<unknown> {
  return new Promise((resolve) => associated[SEND_HANDLER_NAME]?.({ completed: (options: unknown) => resolve(options) }));
}

describe('the OnMessageSend handler', () => {
  it.each([
    ['finishes', async () => 'logged'],
    ['fails', async () => Promise.reject(new Error('ledger broke'))],
    [
      'throws before returning a promise',
      () => {
        throw new Error('sync');
      },
    ],
  ])('lets the message go when the work %s', async (_name, handle) => {
    const { office, associated } = officeWithSend();
    associateSendHandler(office, handle as (draft: ComposeDraft) => Promise<unknown>);
    expect(await send(associated)).toEqual({ allowEvent: true });
  });

  it('hands the work the draft being sent', async () => {
    const { office, associated } = officeWithSend();
    let subject = '';
    associateSendHandler(office, async (draft) => {
      subject = await draft.subject();
    });
    await send(associated);
    expect(subject).toBe('Hola');
  });

  it('registers under the name the manifest gives', () => {
    const { office, associated } = officeWithSend();
    associateSendHandler(office, async () => undefined);
    expect(Object.keys(associated)).toEqual(['onMessageSendHandler']);
  });
});
