import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { section: 'overview' }],
    ['#/', { section: 'overview' }],
    ['#/debtors', { section: 'debtors', debtorId: null }],
    ['#/debtors/abc-1', { section: 'debtors', debtorId: 'abc-1' }],
    ['#/debtors/a%2Fb', { section: 'debtors', debtorId: 'a/b' }],
    ['#/debtors/abc-1/claim-file', { section: 'debtors', debtorId: 'abc-1', document: 'claim-file' }],
    ['#/debtors/abc-1/letter', { section: 'debtors', debtorId: 'abc-1', document: 'letter' }],
    ['#/debtors/abc-1/elsewhere', { section: 'debtors', debtorId: 'abc-1' }],
    ['#/import', { section: 'import' }],
    ['#/setup', { section: 'setup' }],
    ['#/sites', { section: 'sites' }],
    ['#/backup/', { section: 'backup' }],
    ['#/nowhere', { section: 'overview' }],
    ['#/__proto__', { section: 'overview' }],
  ])('%s → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads back any debtor route it writes (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64 }), fc.constantFrom(undefined, 'claim-file' as const, 'letter' as const), (debtorId, document) => {
        const route: Route = { section: 'debtors', debtorId, ...(document ? { document } : {}) };
        expect(parseRoute(routeHref(route))).toEqual(route);
      }),
    );
  });
});
