// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { must } from '../../shared/ledger/test-ledger';
import { axeViolations, talleresRuiz } from '../../shared/ui/test-support';
import { inProcessWorkspace } from '../../shared/ui/workspace';
import { decodeDialogMessage } from './dialog-message';
import { WorkspacePage } from './WorkspacePage';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function page(options: { inDialog: boolean; hostLocale?: string; uiLanguage?: 'auto' | 'es' | 'en' }) {
  const scenario = await talleresRuiz();
  if (options.uiLanguage) must(await scenario.ledger.client.send('settings-set', { patch: { uiLanguage: options.uiLanguage } }));
  window.location.hash = `#/debtors/${scenario.debtorId}`;
  const sent: string[] = [];
  const toPane = options.inDialog ? (message: string) => (sent.push(message), true) : null;
  const onLanguage = vi.fn();
  const view = render(
    <WorkspacePage
      connection={inProcessWorkspace(scenario.ledger)}
      hostLocale={options.hostLocale ?? 'en-GB'}
      download={vi.fn()}
      tableHeight={400}
      toPane={toPane}
      onLanguage={onLanguage}
    />,
  );
  // The debtor's page: their card is the page's body under a heading with their name.
  await screen.findByRole('heading', { level: 2, name: 'Talleres Ruiz' });
  return { ...view, ...scenario, sent, onLanguage, messages: () => sent.map(decodeDialogMessage) };
}

describe('the workspace page in an Outlook dialog', () => {
  it('offers a Close that asks the pane to close the dialog; accessible', async () => {
    const { container, messages } = await page({ inDialog: true });
    const bar = screen.getByRole('complementary', { name: 'Workspace window' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Close and go back to Outlook' }));
    expect(messages()).toEqual([{ type: 'close' }]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('tells the pane after each write made here', async () => {
    const { messages } = await page({ inDialog: true });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Pause reminders' }));
    await user.type(await screen.findByLabelText(/^Why pause/), 'Holidays');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(messages()).toEqual([{ type: 'ledger-changed' }]));
  });

  it.each([
    ['Outlook’s language when the setting says auto', 'es-ES', 'auto', 'es', 'Cerrar y volver a Outlook'],
    ['the setting over Outlook’s language', 'es-ES', 'en', 'en', 'Close and go back to Outlook'],
  ] as const)('speaks %s', async (_name, hostLocale, uiLanguage, language, close) => {
    const { onLanguage } = await page({ inDialog: true, hostLocale, uiLanguage });
    expect(screen.getByRole('button', { name: close })).toBeTruthy();
    expect(onLanguage).toHaveBeenLastCalledWith(language);
  });
});

describe('the workspace page opened in a browser', () => {
  it('has no Close and tells no one', async () => {
    await page({ inDialog: false });
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByRole('button', { name: /Close and go back/ })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Workspace sections' })).toBeTruthy();
  });
});
