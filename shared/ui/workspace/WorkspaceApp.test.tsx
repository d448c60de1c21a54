// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestLedger, must } from '../../ledger/test-ledger';
import userEvent from '@testing-library/user-event';
import { setupMissing } from '../../ledger/setup';
import { axeViolations, completeSetup } from '../test-support';
import type { SitesService } from './services';
import { inProcessWorkspace } from './worker/client';
import { WorkspaceApp } from './WorkspaceApp';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function app(hostLocale = 'en-GB', setup?: (ledger: ReturnType<typeof createTestLedger>) => Promise<void>, options: { profile?: 'empty' | 'done'; sites?: SitesService } = {}) {
  const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
  must(await ledger.client.send('demo-load', {}));
  if (options.profile !== 'empty') await completeSetup(ledger.client);
  await setup?.(ledger);
  const connection = inProcessWorkspace(ledger);
  const onLanguage = vi.fn();
  const onLedgerChanged = vi.fn();
  const view = render(
    <WorkspaceApp connection={connection} hostLocale={hostLocale} download={vi.fn()} onLanguage={onLanguage} onLedgerChanged={onLedgerChanged} {...(options.sites ? { sites: options.sites } : {})} />,
  );
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

  it.each([
    ['with', { list: async () => ['https://app.invoicing.co'], turnOff: async () => undefined }, ['Overview', 'Debtors', 'Templates', 'Settings', 'Sites', 'Import', 'Backup'], 'Sites'],
    ['without', undefined, ['Overview', 'Debtors', 'Templates', 'Settings', 'Import', 'Backup'], 'Overview'],
  ])('%s a sites service, has a Sites section (#/sites leads to the overview without one)', async (_with, sites, sections, shown) => {
    window.location.hash = '#/sites';
    await app('en-GB', undefined, sites ? { sites } : {});
    const nav = await screen.findByRole('navigation', { name: 'Workspace sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(sections);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(shown);
    if (sites) await screen.findByText('app.invoicing.co');
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
    await waitFor(() => expect(document.querySelector('[data-cobro="debtor-card"]')).not.toBeNull());
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

  it.each([
    ['en', 'es', 'Language of Cobro', 'Show Cobro in', 'Spanish', 'Save', 'Ajustes guardados.', 'Idioma de Cobro'],
    ['es', 'en', 'Idioma de Cobro', 'Mostrar Cobro en', 'Inglés', 'Guardar', 'Settings saved.', 'Language of Cobro'],
  ] as const)('switching the UI from %s to %s in the settings says "saved" in the new language', async (from, _to, section, label, option, save, saved, newSection) => {
    window.location.hash = '#/settings';
    await app('en-GB', async (ledger) => {
      must(await ledger.client.send('settings-set', { patch: { uiLanguage: from } }));
    });
    const user = userEvent.setup();
    const region = await screen.findByRole('region', { name: section });
    await user.selectOptions(within(region).getByLabelText(label), option);
    await user.click(screen.getByRole('button', { name: save }));
    // The whole page speaks the new language, the confirmation included.
    await screen.findByRole('region', { name: newSection });
    await waitFor(() => expect(document.querySelector('.cobro-saved')?.textContent).toBe(saved));
  });

  it('opens on the first-run setup while the profile is empty; once saved it says so and the reminder of it goes', async () => {
    const { ledger, container } = await app('en-GB', undefined, { profile: 'empty' });
    const senderName = await screen.findByLabelText('Your name');
    expect(screen.getByRole('heading', { name: 'Set up Cobro' })).toBeTruthy();
    expect(window.location.hash).toBe('#/setup');
    expect(document.querySelector('[data-cobro="setup-banner"]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    const user = userEvent.setup();
    await user.type(senderName, 'Lucía Gómez');
    await user.type(screen.getByLabelText('IBAN'), 'GB82 WEST 1234 5698 7654 32');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Ready: your reminders are signed and say how to pay.');
    expect(setupMissing(must(await ledger.client.send('settings-get', {})))).toEqual([]);
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Overview' }));
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    await screen.findByRole('img', { name: /Outstanding by age/ });
    expect(document.querySelector('[data-cobro="setup-banner"]')).toBeNull();
  });

  it('opened at a place with the profile empty, stays there and offers the setup in a banner', async () => {
    window.location.hash = '#/import';
    await app('es-ES', undefined, { profile: 'empty' });
    const banner = await waitFor(() => {
      const element = document.querySelector<HTMLElement>('[data-cobro="setup-banner"]');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(window.location.hash).toBe('#/import');
    expect(within(banner).getByRole('link', { name: 'Terminar la configuración' }).getAttribute('href')).toBe('#/setup');
  });

  it('with the profile filled in, opens on the overview without the banner, and Settings still leads to the setup', async () => {
    await app();
    await screen.findByRole('img', { name: /Outstanding by age/ });
    expect(document.querySelector('[data-cobro="setup-banner"]')).toBeNull();
    act(() => {
      window.location.hash = '#/settings';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const link = await screen.findByRole('link', { name: 'First-run setup' });
    expect(link.getAttribute('href')).toBe('#/setup');
    act(() => {
      window.location.hash = '#/setup';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(((await screen.findByLabelText('Business name')) as HTMLInputElement).value).toBe('Estudio Lumen');
  });
});
