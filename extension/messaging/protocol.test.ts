import { describe, expect, it } from 'vitest';
import { debtorsChanged, DebtorsChanged, handlerRequest, HandlerRequest, PROTOCOL } from './protocol';

describe('HandlerRequest', () => {
  it.each<[string, unknown, boolean]>([
    ['a request', handlerRequest('debtor-lookup', { emails: [] }), true],
    ['a request without input', { protocol: PROTOCOL, type: 'handler', name: 'x' }, true],
    ['an empty handler name', handlerRequest('', {}), false],
    ['a handler name too long to be one', handlerRequest('x'.repeat(65), {}), false],
    ['another protocol', { ...handlerRequest('x', {}), protocol: 'cobro/2' }, false],
    ['an extra field', { ...handlerRequest('x', {}), from: 'page' }, false],
    ['a string', 'debtor-lookup', false],
  ])('%s → %s', (_label, message, valid) => {
    expect(HandlerRequest.safeParse(message).success).toBe(valid);
  });
});

describe('DebtorsChanged', () => {
  it.each<[string, unknown, boolean]>([
    ['a notice', debtorsChanged(['d1', 'd2']), true],
    ['"everything changed"', debtorsChanged([], true), true],
    ['an id that is not a string', { ...debtorsChanged([]), debtorIds: [5] }, false],
    ['too many ids', debtorsChanged(Array.from({ length: 5001 }, (_, i) => `d${i}`)), false],
    ['a missing flag', { protocol: PROTOCOL, type: 'debtors-changed', debtorIds: [] }, false],
    ['an extra field', { ...debtorsChanged([]), html: '<b>' }, false],
  ])('%s → %s', (_label, message, valid) => {
    expect(DebtorsChanged.safeParse(message).success).toBe(valid);
  });
});
