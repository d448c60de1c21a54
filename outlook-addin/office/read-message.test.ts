import { describe, expect, it } from 'vitest';
import { currentItem } from './current-item';
import { mockOffice } from './office-mock';

function officeReading(item: Record<string, unknown>) {
  return mockOffice({ context: { mailbox: { item: { itemType: 'message', ...item } } } });
}

describe('a message in read mode', () => {
  it.each([
    [
      'sender and recipients',
      {
        from: { emailAddress: 'Pagos@Acme.es', displayName: ' Acme Pagos ' },
        to: [{ emailAddress: 'yo@miempresa.es', displayName: 'Yo' }],
        cc: [{ emailAddress: 'conta@acme.es', displayName: '' }],
        subject: 'Factura F-12',
        internetMessageId: '<abc@acme.es>',
        conversationId: 'conv-1',
      },
      {
        from: { address: 'Pagos@Acme.es', name: 'Acme Pagos' },
        to: [{ address: 'yo@miempresa.es', name: 'Yo' }],
        cc: [{ address: 'conta@acme.es', name: '' }],
        subject: 'Factura F-12',
        internetMessageId: '<abc@acme.es>',
        conversationId: 'conv-1',
      },
    ],
    [
      'no from: the sender stands in',
      { sender: { emailAddress: 'ana@ejemplo.mx', displayName: 'Ana' }, subject: 'Hola', to: [], cc: [] },
      { from: { address: 'ana@ejemplo.mx', name: 'Ana' }, to: [], cc: [], subject: 'Hola', internetMessageId: null, conversationId: null },
    ],
    [
      'blank addresses are dropped',
      { from: { emailAddress: '  ', displayName: 'Nobody' }, to: [{ emailAddress: '', displayName: 'x' }], subject: 'S' },
      { from: null, to: [], cc: [], subject: 'S', internetMessageId: null, conversationId: null },
    ],
  ])('%s', (_name, item, expected) => {
    const current = currentItem(officeReading(item));
    expect(current.kind).toBe('read');
    expect(current.kind === 'read' ? current.message : null).toEqual(expected);
  });
});

describe('which item the pane shows', () => {
  it('nothing selected is "none"', () => {
    const office = officeReading({});
    (office.context.mailbox as { item: unknown }).item = null;
    expect(currentItem(office)).toEqual({ kind: 'none' });
  });

  it('an appointment is not a message Cobro handles', () => {
    expect(currentItem(officeReading({ itemType: 'appointment', subject: 'Reunión' }))).toEqual({ kind: 'none' });
  });

  it('a compose item (subject with getAsync) is a draft', () => {
    const item = currentItem(officeReading({ subject: { getAsync: () => undefined } }));
    expect(item.kind).toBe('compose');
  });
});
