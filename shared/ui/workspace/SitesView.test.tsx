// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, HOSTILE, textOf } from '../test-support';
import type { SitesService } from './services';
import { siteName, SitesView } from './SitesView';
import { renderWorkspaceView } from './test-support';

afterEach(() => cleanup());

/** The browser's granted sites as a set, with its change events; `refuse` makes removals fail. */
function browserSites(initial: string[], options: { refuse?: boolean } = {}) {
  const granted = new Set(initial);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((cb) => cb());
  const service: SitesService = {
    list: async () => [...granted].sort(),
    turnOff: async (origin) => {
      if (options.refuse) throw new Error('Permission is required');
      granted.delete(origin);
      changed();
    },
    onChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return {
    service,
    listeners,
    grantElsewhere(origin: string) {
      granted.add(origin);
      changed();
    },
  };
}

const rows = () => [...document.querySelectorAll('.cobro-sites-row')].map((row) => [...row.children].map((part) => textOf(part)).join(' '));

describe('SitesView', () => {
  it.each([
    ['en', 'Sites', ['Gmail Always on', 'app.invoicing.co Turn off', 'http://localhost:8000 Turn off'], 'Turn off app.invoicing.co', 'Cobro is off on app.invoicing.co. To turn it on again, use the Cobro button on one of its pages.'],
    ['es-ES', 'Sitios', ['Gmail Siempre activado', 'app.invoicing.co Desactivar', 'http://localhost:8000 Desactivar'], 'Desactivar app.invoicing.co', 'Cobro está desactivado en app.invoicing.co. Para volver a activarlo, use el botón de Cobro en una de sus páginas.'],
  ])('lists Gmail first, always on, then each site, which turns off at once; accessible (%s)', async (locale, title, listed, turnOff, said) => {
    const user = userEvent.setup();
    const sites = browserSites(['https://app.invoicing.co', 'http://localhost:8000']);
    const { container } = renderWorkspaceView(<SitesView />, { locale, sites: sites.service });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(title);
    await waitFor(() => expect(rows()).toEqual(listed));
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: turnOff }));
    expect((await screen.findByRole('status')).textContent).toBe(said);
    await waitFor(() => expect(rows()).toEqual([listed[0], listed[2]]));
    expect(document.activeElement?.tagName).toBe('H3');
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each([
    ['en', /open your invoicing tool in a tab, click the Cobro button in the browser’s toolbar and choose “Turn on for this site”/],
    ['es-ES', /ábrala en una pestaña, haga clic en el botón de Cobro de la barra del navegador y elija «Activar en este sitio»/],
  ])('with no site yet, says how to add one, and what Cobro reads and keeps (%s)', async (locale, how) => {
    const { container } = renderWorkspaceView(<SitesView />, { locale, sites: browserSites([]).service });
    expect(textOf(await screen.findByText(how))).toMatch(how);
    expect(rows()).toHaveLength(1);
    expect(textOf(container.querySelector('.cobro-sites-intro'))).toMatch(locale === 'en' ? /invoice numbers, customers, email addresses and amounts.*It sends nothing anywhere\.$/ : /números de factura, los clientes, las direcciones de correo y los importes.*No envía nada a ninguna parte\.$/);
  });

  it('follows sites turned on elsewhere, and stops listening when it goes', async () => {
    const sites = browserSites([]);
    const view = renderWorkspaceView(<SitesView />, { sites: sites.service });
    await screen.findByText(/No invoicing tool yet/);
    sites.grantElsewhere('https://dashboard.stripe.com');
    await waitFor(() => expect(rows()).toEqual(['Gmail Always on', 'dashboard.stripe.com Turn off']));
    expect(screen.queryByText(/No invoicing tool yet/)).toBeNull();
    view.unmount();
    expect(sites.listeners.size).toBe(0);
  });

  it('says so when the browser keeps a site, and keeps it listed', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderWorkspaceView(<SitesView />, { sites: browserSites(['https://app.invoicing.co'], { refuse: true }).service });
    await user.click(await screen.findByRole('button', { name: 'Turn off app.invoicing.co' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The browser did not turn Cobro off on app.invoicing.co.');
    expect(rows()).toEqual(['Gmail Always on', 'app.invoicing.co Turn off']);
  });

  it('says so when the browser does not list its sites', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderWorkspaceView(<SitesView />, { sites: { list: () => Promise.reject(new Error('no')), turnOff: async () => undefined } });
    expect((await screen.findByRole('alert')).textContent).toBe('The browser did not say which sites Cobro runs on.');
    expect(within(document.querySelector('.cobro-sites-list')!).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows a site’s name as text', async () => {
    // An origin cannot hold markup (the browser's URL parser refuses it); the name is text all the same.
    expect(() => siteName(`https://${HOSTILE}`)).toThrow();
    renderWorkspaceView(<SitesView />, { sites: browserSites(['https://xn--facturacin-t9a.example']).service });
    await waitFor(() => expect(rows()).toContain('xn--facturacin-t9a.example Turn off'));
    expect(document.querySelector('.cobro-sites-list img')).toBeNull();
  });
});
