import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../shared/ui/workspace/routes';
import { workspaceAddress, workspaceDialogUrl } from './workspace-address';

const PANE = 'https://addins.example.com/cobro/taskpane.html?_host_Info=Outlook$Win32$16.02$es-ES';

describe('the dialog’s address', () => {
  it.each<[Route, string]>([
    [{ section: 'debtors', debtorId: null }, 'https://addins.example.com/cobro/workspace.html?host=dialog&route=%2Fdebtors'],
    [{ section: 'debtors', debtorId: 'a b/é' }, 'https://addins.example.com/cobro/workspace.html?host=dialog&route=%2Fdebtors%2Fa%2520b%252F%25C3%25A9'],
    [{ section: 'import' }, 'https://addins.example.com/cobro/workspace.html?host=dialog&route=%2Fimport'],
  ])('for %j sits beside the pane, without the pane’s own query', (route, expected) => {
    expect(workspaceDialogUrl(PANE, route)).toBe(expected);
  });
});

describe('where the workspace page starts', () => {
  it.each([
    ['the place the pane asked for', 'https://a.example/workspace.html?host=dialog&route=%2Fdebtors', { inDialog: true, hash: '#/debtors' }],
    ['with Office’s parameters added', 'https://a.example/workspace.html?host=dialog&route=%2Fsettings&_host_Info=Outlook$Win32', { inDialog: true, hash: '#/settings' }],
    ['the fragment once the user moved', 'https://a.example/workspace.html?host=dialog&route=%2Fdebtors#/backup', { inDialog: true, hash: '#/backup' }],
    ['a fragment Office appended to', 'https://a.example/workspace.html#/debtors/d-1&_host_Info=Outlook', { inDialog: false, hash: '#/debtors/d-1' }],
    ['opened in a browser', 'https://a.example/workspace.html', { inDialog: false, hash: '#/overview' }],
    ['an unknown place', 'https://a.example/workspace.html?host=dialog&route=%2Fnowhere', { inDialog: true, hash: '#/overview' }],
    ['another host value', 'https://a.example/workspace.html?host=pane&route=%2Fimport', { inDialog: false, hash: '#/import' }],
  ])('%s', (_name, href, expected) => {
    expect(workspaceAddress(href)).toEqual(expected);
  });

  it('opens exactly the place the pane asked for, whatever the debtor id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (debtorId) => {
        const route: Route = { section: 'debtors', debtorId };
        const start = workspaceAddress(workspaceDialogUrl(PANE, route));
        expect(start.inDialog).toBe(true);
        expect(parseRoute(start.hash)).toEqual(parseRoute(routeHref(route)));
      }),
    );
  });
});
