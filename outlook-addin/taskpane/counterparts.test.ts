import { describe, expect, it } from 'vitest';
import type { ReadMessage } from '../mail/types';
import { counterparts } from './counterparts';

const person = (address: string, name = '') => ({ address, name });
const message = (fields: Partial<ReadMessage>): ReadMessage => ({
  from: null,
  to: [],
  cc: [],
  subject: '',
  internetMessageId: null,
  conversationId: null,
  ...fields,
});

describe('whose status a message is about', () => {
  it.each([
    ['a customer’s message: the sender', message({ from: person('pagos@acme.es'), to: [person('yo@mi.es')] }), ['pagos@acme.es']],
    [
      'the user’s own sent reminder: its recipients, once each',
      message({ from: person('Yo@Mi.es'), to: [person('pagos@acme.es'), person('PAGOS@acme.es')], cc: [person('yo@mi.es'), person('conta@acme.es')] }),
      ['pagos@acme.es', 'conta@acme.es'],
    ],
    ['no sender: the recipients', message({ to: [person('a@b.es')] }), ['a@b.es']],
    ['nothing to look up', message({}), []],
  ])('%s', (_name, input, expected) => {
    expect(counterparts(input, 'yo@mi.es').map((entry) => entry.address)).toEqual(expected);
  });
});
