import { describe, expect, it } from 'vitest';
import { currentItem, onItemChanged } from './current-item';
import { callbackOf, mockOffice } from './office-mock';

describe('following the selected message', () => {
  it('tells the pane when Outlook switches item, and the pane then sees the new item', async () => {
    const handlers: Record<string, () => void> = {};
    const office = mockOffice({
      context: {
        mailbox: {
          item: { itemType: 'message', from: { emailAddress: 'uno@a.es', displayName: 'Uno' }, subject: 'Primero' },
          addHandlerAsync: (type: string, handler: () => void, ...rest: unknown[]) => {
            handlers[type] = handler;
            callbackOf(rest)({ status: 'succeeded' });
          },
          removeHandlerAsync: (type: string, ...rest: unknown[]) => {
            delete handlers[type];
            callbackOf(rest)({ status: 'succeeded' });
          },
        },
      },
    });
    const seen: string[] = [];
    const stop = await onItemChanged(office, () => {
      const item = currentItem(office);
      seen.push(item.kind === 'read' ? (item.message.from?.address ?? '') : item.kind);
    });

    (office.context.mailbox as { item: unknown }).item = {
      itemType: 'message',
      from: { emailAddress: 'dos@b.es', displayName: 'Dos' },
      subject: 'Segundo',
    };
    handlers.olkItemSelectedChanged?.();
    (office.context.mailbox as { item: unknown }).item = null;
    handlers.olkItemSelectedChanged?.();

    expect(seen).toEqual(['dos@b.es', 'none']);
    await stop();
    expect(handlers).toEqual({});
  });

  it('fails with a typed error when Outlook refuses the handler', async () => {
    const office = mockOffice({
      context: {
        mailbox: {
          addHandlerAsync: (_type: string, _handler: unknown, ...rest: unknown[]) =>
            callbackOf(rest)({ status: 'failed', error: { code: 5001, message: 'Internal error' } }),
        },
      },
    });
    await expect(onItemChanged(office, () => undefined)).rejects.toMatchObject({ code: 'office-call-failed', officeCode: 5001 });
  });
});
