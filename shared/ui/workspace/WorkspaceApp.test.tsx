// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestLedger, must } from '../../ledger/test-ledger';
import { axeViolations } from '../test-support';
import { inProcessWorkspace } from './worker/client';
import { WorkspaceApp } from './WorkspaceApp';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function app(hostLocale = 'en-GB', setup?: (ledger: ReturnType<typeof createTestLedger>) => Promise<void>) {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  must(await ledger.client.send('demo-load', {}));
  await setup?.(ledger);
  const connection = inProcessWorkspace(ledger);
  const onLanguage = vi.fn();
  const onLedgerChanged = vi.fn();
  const view = render(<WorkspaceApp connection={connection} hostLocale={hostLocale} download={vi.fn()} onLanguage={onLanguage} onLedgerChanged={onLedgerChanged} />);
  return { ...view, ledger, onLanguage, onLedgerChanged };
}

describe('WorkspaceApp', () => {
  it('opens on the overview with every section in the navigation; accessible', async () => {
    const { container } = await app();
    const nav = await screen.findByRole('navigation', { name: 'Workspace sections' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Overview', '#/overview'],
      ['Debtors', '#/debtors'],
      ['Templates', '#/templates'],
      ['Settings', '#/settings'],
      ['Import', '#/import'],
      ['Backup', '#/backup'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    await screen.findByRole('img', { name: /Outstanding by age/ });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('follows the address to a section and to a debtor', async () => {
    await app();
    act(() => {
      window.location.hash = '#/debtors';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('table', { name: 'Debtors' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/debtors/demo-paused';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('dialog', { name: /Distribuciones|Paused|.+/ })).toBeTruthy();
    expect(document.querySelector('[data-cobro="debtor-card"]')?.getAttribute('data-debtor-id')).toBe('demo-paused');
  });

  it.each([
    ['auto', 'es-MX', 'es', 'Clientes'],
    ['auto', 'en-US', 'en', 'Debtors'],
    ['es', 'en-US', 'es', 'Clientes'],
    ['en', 'es-ES', 'en', 'Debtors'],
  ] as const)('setting %s with a %s browser speaks %s', async (setting, hostLocale, language, debtors) => {
    const { onLanguage } = await app(hostLocale, async (ledger) => {
      must(await ledger.client.send('settings-set', { patch: { uiLanguage: setting } }));
    });
    await waitFor(() => expect(screen.getByRole('link', { name: debtors })).toBeTruthy());
    // The host hears of the language from an effect after that render: wait for it too.
    await waitFor(() => expect(onLanguage).toHaveBeenLastCalledWith(language));
    expect(document.querySelector('.cobro-workspace')?.getAttribute('lang')).toBe(language);
  });
});
