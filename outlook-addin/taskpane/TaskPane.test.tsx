// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Route } from '../../shared/ui/workspace/routes';
import { createTranslator } from '../../shared/i18n/translate';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/ledger/schema';
import { setupMissing } from '../../shared/ledger/setup';
import { completeSetup, SETUP_DONE } from '../../shared/ui/test-support';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { UiProvider } from '../../shared/ui/context';
import { decodeMark, MARK_KEY } from '../logging/draft-mark';
import type { FoldReport } from '../logging/send-queue';
import type { PaneItem, ReadMessage } from '../mail/types';
import { fakeDraft } from './fake-draft';
import { createPaneTranslator } from './messages';
import type { PaneServices } from './pane-services';
import type { PaneWorkspace, WorkspaceDialogEvents, WorkspaceOpening } from './pane-workspace';
import { PaneTextProvider } from './pane-text';
import { TaskPane } from './TaskPane';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const ME = 'yo@mitaller.example';
const RUIZ = { address: 'pagos@talleres-ruiz.example', name: 'Talleres Ruiz' };
const STRANGER = { address: 'nuevo@cliente.example', name: 'Cliente Nuevo' };

function reading(fields: Partial<ReadMessage>): PaneItem {
  return {
    kind: 'read',
    message: { from: null, to: [], cc: [], subject: 'Hola', internetMessageId: null, conversationId: null, ...fields },
    content: async () => ({ text: '', sentAt: null, headers: {} }),
  };
}

/** The Office dialog as the pane sees it: each open recorded, answered with `answer`. */
function fakeDialogs(answer: () => WorkspaceOpening = () => ({ ok: true, close: () => undefined })) {
  const opened: Array<{ route: Route; events: WorkspaceDialogEvents }> = [];
  const workspace: PaneWorkspace = {
    kind: 'dialog',
    open: async (route, events) => {
      opened.push({ route, events });
      return answer();
    },
  };
  return {
    workspace,
    opened,
    last(): WorkspaceDialogEvents {
      const entry = opened[opened.length - 1];
      if (!entry) throw new Error('no dialog was opened');
      return entry.events;
    },
  };
}

async function setup(first: PaneItem, options: { fold?: FoldReport; workspace?: PaneWorkspace | 'pane'; settings?: Settings } = {}) {
  const ledger = createTestLedger('2026-03-03T09:30:00.000Z');
  const settings = options.settings ?? SETUP_DONE;
  if (setupMissing(settings).length === 0) await completeSetup(ledger.client);
  const { debtor, invoice } = must(
    await ledger.client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: [RUIZ.address],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: 'F-2026-007', currency: 'EUR', amount: 72_000, dueDate: '2026-02-20' },
    }),
  );
  let item = first;
  const dialogs = fakeDialogs();
  const downloads: string[] = [];
  const workspace: PaneWorkspace =
    options.workspace === 'pane'
      ? { kind: 'pane', ledger: ledger, download: (fileName) => void downloads.push(fileName) }
      : (options.workspace ?? dialogs.workspace);
  const listeners = new Set<() => void>();
  const services: PaneServices = {
    client: ledger.client,
    settings,
    host: {
      currentItem: () => item,
      onItemChanged: async (listener) => {
        listeners.add(listener);
        return async () => void listeners.delete(listener);
      },
      userEmail: ME,
    },
    foldQueue: options.fold ? async () => options.fold! : null,
    newSendId: () => 'cobro-test-send',
    now: () => new Date('2026-03-03T09:30:00.000Z'),
    workspace,
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <UiProvider value={{ t: createTranslator('en'), locale: 'en' }}>
      <PaneTextProvider value={createPaneTranslator('en')}>{children}</PaneTextProvider>
    </UiProvider>
  );
  render(<TaskPane services={services} />, { wrapper });
  return {
    ledger,
    debtorId: debtor.id,
    invoiceId: invoice!.id,
    dialogs,
    select(next: PaneItem) {
      item = next;
      for (const listener of listeners) listener();
    },
  };
}

const chip = (debtorId: string) => document.querySelector(`[data-cobro="status-chip"][data-debtor-id="${debtorId}"]`);

describe('the task pane in read mode', () => {
  it('shows a known sender’s status and card', async () => {
    const { debtorId } = await setup(reading({ from: RUIZ, to: [{ address: ME, name: 'Yo' }] }));
    await waitFor(() => expect(chip(debtorId)).not.toBeNull());
    await waitFor(() =>
      expect(document.querySelector(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`)?.textContent ?? '').toContain('F-2026-007'),
    );
  });

  it('for the user’s own sent reminder, shows the recipient’s status', async () => {
    const { debtorId } = await setup(reading({ from: { address: ME, name: 'Yo' }, to: [RUIZ] }));
    await waitFor(() => expect(chip(debtorId)).not.toBeNull());
  });

  it('follows Outlook to the next message, and offers to track an unknown sender', async () => {
    const pane = await setup(reading({ from: RUIZ }));
    await waitFor(() => expect(chip(pane.debtorId)).not.toBeNull());
    pane.select(reading({ from: STRANGER }));
    await waitFor(() => expect(document.querySelector(`[data-cobro="track-sender"][data-email="${STRANGER.address}"]`)).not.toBeNull());
    expect(chip(pane.debtorId)).toBeNull();
    // Who it is and what tracking does, beside the button.
    const unknown = screen.getByRole('region', { name: 'Sender not tracked' });
    expect(within(unknown).getByRole('heading').textContent).toBe(STRANGER.name);
    expect(unknown.textContent).toContain(STRANGER.address);
    expect(unknown.textContent).toContain('Cobro does not track this sender yet.');
    expect(within(unknown).getByRole('button', { name: 'Track this sender' })).toBeTruthy();
  });

  it('with nothing selected, says so', async () => {
    await setup({ kind: 'none' });
    expect(screen.getByText('Select a message to see what the customer owes.')).toBeTruthy();
  });
});

describe('the task pane in compose mode', () => {
  it('finds the debtor among the recipients and inserts the template in one click, marking the draft', async () => {
    const draft = fakeDraft({ recipients: [STRANGER, RUIZ] });
    const { debtorId, invoiceId } = await setup({ kind: 'compose', draft });
    const picker = await waitFor(() => {
      const element = document.querySelector<HTMLElement>(`[data-cobro="template-picker"][data-debtor-id="${debtorId}"]`);
      expect(element).not.toBeNull();
      return element!;
    });
    expect(screen.getByRole('heading', { name: 'Writing to Talleres Ruiz' })).toBeTruthy();
    await userEvent.click(within(picker).getByRole('button', { name: 'Insert' }));
    await screen.findByText('Inserted. Cobro will add it to the timeline of Talleres Ruiz when you send it.');
    expect(draft.inserted).toHaveLength(1);
    expect(draft.inserted[0]![1]).toBe('html');
    expect(draft.inserted[0]![0]).toContain('F-2026-007');
    expect(draft.subjectNow).not.toBe('');
    const mark = decodeMark(draft.session.get(MARK_KEY));
    expect(mark).toMatchObject({ sendId: 'cobro-test-send', debtorId, step: 'overdue', invoiceIds: [invoiceId] });
  });

  it('at the phone step with no number, the card’s “Send an e-mail instead” goes to the picker and the send counts as the call', async () => {
    const draft = fakeDraft({ recipients: [RUIZ] });
    const { ledger, debtorId } = await setup({ kind: 'compose', draft });
    // 19 days late with the overdue reminder sent: the ladder asks for the call.
    must(await ledger.client.send('invoice-create', { debtorId, number: 'F-2026-001', currency: 'EUR', amount: 50_000, dueDate: '2026-02-12' }));
    must(
      await ledger.client.send('event-log', { debtorId, kind: 'email', channel: 'email', direction: 'outbound', at: '2026-02-20T10:00:00.000Z', step: 'overdue' }),
    );
    await waitFor(() => expect(chip(debtorId)).not.toBeNull());
    await userEvent.click(chip(debtorId) as HTMLElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Send an e-mail instead' }));
    expect(document.querySelector('[data-cobro="debtor-card"]')).toBeNull();
    const picker = document.querySelector<HTMLElement>(`[data-cobro="template-picker"][data-debtor-id="${debtorId}"]`)!;
    await userEvent.click(within(picker).getByRole('button', { name: 'Insert' }));
    await screen.findByText('Inserted. Cobro will add it to the timeline of Talleres Ruiz when you send it.');
    expect(decodeMark(draft.session.get(MARK_KEY))).toMatchObject({ debtorId, step: 'call' });
  });

  it('looks again when the recipients change', async () => {
    const draft = fakeDraft();
    const { debtorId } = await setup({ kind: 'compose', draft });
    await screen.findByText('Add the customer as a recipient, or find them below.');
    draft.changeRecipients([RUIZ]);
    await waitFor(() => expect(document.querySelector(`[data-cobro="template-picker"][data-debtor-id="${debtorId}"]`)).not.toBeNull());
  });

  it('says when Outlook refused the insert', async () => {
    const draft = fakeDraft({ recipients: [RUIZ], insertFails: true });
    await setup({ kind: 'compose', draft });
    const insert = await screen.findByRole('button', { name: 'Insert' });
    await userEvent.click(insert);
    await screen.findByText('Outlook did not let Cobro insert the text. Click in the message body and try again.');
    expect(draft.session.size).toBe(0);
  });
});

describe('the first-run setup in the pane', () => {
  it('opens on the setup on a fresh install; once saved, the pane goes to the message and says so', async () => {
    const { ledger, debtorId } = await setup(reading({ from: RUIZ }), { settings: DEFAULT_SETTINGS });
    expect(screen.getByRole('heading', { name: 'Set up Cobro' })).toBeTruthy();
    expect(chip(debtorId)).toBeNull();
    // 'auto' follows Outlook's language here, not a browser's.
    expect((screen.getByLabelText('Language of Cobro') as HTMLSelectElement).options[0]?.textContent).toBe('Same as Outlook');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Business name'), 'Estudio Lumen');
    await user.type(screen.getByLabelText('IBAN'), 'ES91 2100 0418 4502 0005 1332');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Ready: your reminders are signed and say how to pay.');
    await waitFor(() => expect(chip(debtorId)).not.toBeNull());
    expect(screen.queryByRole('heading', { name: 'Set up Cobro' })).toBeNull();
    expect(document.querySelector('[data-cobro="setup-banner"]')).toBeNull();
    expect(setupMissing(must(await ledger.client.send('settings-get', {})))).toEqual([]);
  });

  it('after Later, a banner leads back to it', async () => {
    const { debtorId } = await setup(reading({ from: RUIZ }), { settings: DEFAULT_SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(chip(debtorId)).not.toBeNull());
    const banner = document.querySelector<HTMLElement>('[data-cobro="setup-banner"]')!;
    expect(banner.textContent).toContain('Cobro does not know yet who signs your reminders');
    await userEvent.click(within(banner).getByRole('button', { name: 'Finish setup' }));
    expect(screen.getByRole('heading', { name: 'Set up Cobro' })).toBeTruthy();
  });

  it('shows neither the setup nor its banner once the profile is filled in', async () => {
    const { debtorId } = await setup(reading({ from: RUIZ }));
    await waitFor(() => expect(chip(debtorId)).not.toBeNull());
    expect(screen.queryByRole('heading', { name: 'Set up Cobro' })).toBeNull();
    expect(document.querySelector('[data-cobro="setup-banner"]')).toBeNull();
  });

  it('takes in a setup done in the workspace once the workspace says it wrote to the ledger', async () => {
    const { ledger, dialogs } = await setup(reading({ from: RUIZ }), { settings: DEFAULT_SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(document.querySelector('[data-cobro="setup-banner"]')).not.toBeNull();
    await userEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Workspace' }));
    await completeSetup(ledger.client);
    act(() => dialogs.last().onLedgerChanged());
    await waitFor(() => expect(document.querySelector('[data-cobro="setup-banner"]')).toBeNull());
  });

  it('in a compose, the picker previews but sends the user to the setup instead of inserting', async () => {
    const draft = fakeDraft({ recipients: [RUIZ] });
    const { debtorId } = await setup({ kind: 'compose', draft }, { settings: DEFAULT_SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    const picker = await waitFor(() => {
      const element = document.querySelector<HTMLElement>(`[data-cobro="template-picker"][data-debtor-id="${debtorId}"]`);
      expect(element).not.toBeNull();
      return element!;
    });
    expect(within(picker).queryByRole('button', { name: 'Insert' })).toBeNull();
    expect(picker.querySelector('[data-cobro="setup-needed"]')?.textContent).toBe('Before inserting a reminder, Cobro needs a name to sign with and a way to pay.');
    await userEvent.click(within(picker).getByRole('button', { name: 'Finish setup' }));
    expect(screen.getByRole('heading', { name: 'Set up Cobro' })).toBeTruthy();
    expect(draft.inserted).toEqual([]);
  });
});

describe('folding queued sends', () => {
  it('announces what the fold added to the timeline', async () => {
    await setup({ kind: 'none' }, { fold: { logged: 2, duplicates: 0, dropped: 0, kept: 0 } });
    await screen.findByText('2 sent reminders were added to the timeline.');
    expect(screen.getByText('2 sent reminders were added to the timeline.').getAttribute('role')).toBe('status');
  });
});

const nav = () => screen.getByRole('navigation', { name: 'Cobro views' });
const notice = () => document.querySelector('[data-cobro="workspace-notice"]')?.textContent ?? '';
const cardText = (debtorId: string) => document.querySelector(`[data-cobro="debtor-card"][data-debtor-id="${debtorId}"]`)?.textContent ?? '';

describe('the way into the workspace, in an Outlook with dialogs', () => {
  it('has a Workspace entry in the navigation that opens the debtors in a dialog, and no “coming later” note', async () => {
    const pane = await setup(reading({ from: RUIZ }));
    await waitFor(() => expect(chip(pane.debtorId)).not.toBeNull());
    expect(document.body.textContent).not.toContain('does not open inside Outlook yet');
    const entry = within(nav()).getByRole('button', { name: 'Workspace' });
    expect(entry.getAttribute('aria-haspopup')).toBe('dialog');
    await userEvent.click(entry);
    expect(pane.dialogs.opened.map((opened) => opened.route)).toEqual([{ section: 'debtors', debtorId: null }]);
    await waitFor(() => expect(notice()).toBe('The workspace is open in its own window. What you change there shows here too.'));
    // The pane stays on the message.
    expect(entry.getAttribute('aria-current')).toBeNull();
    expect(chip(pane.debtorId)).not.toBeNull();
  });

  it('reads the ledger again as soon as the workspace says it wrote to it', async () => {
    const pane = await setup(reading({ from: RUIZ }));
    await waitFor(() => expect(cardText(pane.debtorId)).toContain('F-2026-007'));
    expect(cardText(pane.debtorId)).not.toContain('Paused');
    await userEvent.click(within(nav()).getByRole('button', { name: 'Workspace' }));
    must(await pane.ledger.client.send('debtor-pause', { id: pane.debtorId, reason: 'Holidays', until: null }));
    pane.dialogs.last().onLedgerChanged();
    await waitFor(() => expect(cardText(pane.debtorId)).toContain('Paused'));
  });

  it('when the dialog closes, reads again and can open a new one', async () => {
    const pane = await setup(reading({ from: RUIZ }));
    const entry = within(nav()).getByRole('button', { name: 'Workspace' });
    await userEvent.click(entry);
    await waitFor(() => expect(notice()).not.toBe(''));
    must(await pane.ledger.client.send('debtor-pause', { id: pane.debtorId, reason: 'Holidays', until: null }));
    act(() => pane.dialogs.last().onEnded(false));
    expect(notice()).toBe('');
    await waitFor(() => expect(cardText(pane.debtorId)).toContain('Paused'));
    await userEvent.click(entry);
    expect(pane.dialogs.opened).toHaveLength(2);
  });

  it('while the dialog is open, says so instead of asking Outlook for a second one', async () => {
    const pane = await setup({ kind: 'none' });
    const entry = within(nav()).getByRole('button', { name: 'Workspace' });
    await userEvent.click(entry);
    await waitFor(() => expect(notice()).toContain('is open in its own window'));
    await userEvent.click(entry);
    expect(pane.dialogs.opened).toHaveLength(1);
    expect(notice()).toBe('The workspace is already open in another window. Close that window, then open it again from here.');
  });

  it('says when the dialog’s page did not load', async () => {
    const pane = await setup({ kind: 'none' });
    await userEvent.click(within(nav()).getByRole('button', { name: 'Workspace' }));
    await waitFor(() => expect(notice()).not.toBe(''));
    act(() => pane.dialogs.last().onEnded(true));
    expect(notice()).toBe('The workspace window could not load. Check that you are online to reach the add-in’s files, and try again.');
  });

  it.each([
    ['already-open', 'The workspace is already open in another window. Close that window, then open it again from here.'],
    ['ignored', 'The workspace window was not allowed to open. Choose Workspace again and allow it when Outlook asks.'],
    ['blocked', 'Your browser blocked the workspace window. Allow pop-up windows for Outlook, or use another browser.'],
    ['untrusted', 'Outlook does not trust the address of the workspace. If you serve Cobro yourself, check that the manifest lists the address the add-in is served from.'],
    ['failed', 'Outlook could not open the workspace. Try again in a moment.'],
  ] as const)('when Outlook refuses (%s), says why in the pane’s status', async (failure, text) => {
    const dialogs = fakeDialogs(() => ({ ok: false, failure }));
    await setup({ kind: 'none' }, { workspace: dialogs.workspace });
    await userEvent.click(within(nav()).getByRole('button', { name: 'Workspace' }));
    await waitFor(() => expect(notice()).toBe(text));
    expect(document.querySelector('[data-cobro="workspace-notice"]')?.getAttribute('role')).toBe('status');
    // Refused, nothing is open: the next click asks Outlook again.
    await userEvent.click(within(nav()).getByRole('button', { name: 'Workspace' }));
    expect(dialogs.opened).toHaveLength(2);
  });

  it('the debtor card opens that debtor’s page in the workspace', async () => {
    const pane = await setup(reading({ from: RUIZ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Open Talleres Ruiz in the workspace' }));
    expect(pane.dialogs.opened.map((opened) => opened.route)).toEqual([{ section: 'debtors', debtorId: pane.debtorId }]);
  });

  it('speaks Spanish', async () => {
    const ledger = createTestLedger('2026-03-03T09:30:00.000Z');
    const dialogs = fakeDialogs(() => ({ ok: false, failure: 'ignored' }));
    render(
      <UiProvider value={{ t: createTranslator('es-ES'), locale: 'es-ES' }}>
        <PaneTextProvider value={createPaneTranslator('es-ES')}>
          <TaskPane
            services={{
              client: ledger.client,
              settings: DEFAULT_SETTINGS,
              host: { currentItem: () => ({ kind: 'none' }), onItemChanged: async () => async () => undefined, userEmail: ME },
              foldQueue: null,
              newSendId: () => 'x',
              now: () => new Date('2026-03-03T09:30:00.000Z'),
              workspace: dialogs.workspace,
            }}
          />
        </PaneTextProvider>
      </UiProvider>,
    );
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Vistas de Cobro' })).getByRole('button', { name: 'Espacio de trabajo' }));
    await waitFor(() => expect(notice()).toContain('No se ha permitido abrir la ventana'));
  });
});

describe('the workspace in an Outlook without dialogs', () => {
  it('is drawn in the pane, with one main landmark, and the card’s link goes to the debtor’s page there', async () => {
    const pane = await setup(reading({ from: RUIZ }), { workspace: 'pane' });
    const entry = within(nav()).getByRole('button', { name: 'Workspace' });
    expect(entry.getAttribute('aria-haspopup')).toBeNull();
    await userEvent.click(entry);
    expect(entry.getAttribute('aria-current')).toBe('page');
    // The first time, the workspace's code is loaded on demand: give it time on a busy machine.
    await screen.findByRole('heading', { name: 'Debtors', level: 2 }, { timeout: 15_000 });
    await screen.findByRole('link', { name: /Talleres Ruiz/ });
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(entry).toBe(document.activeElement);
    expect(notice()).toBe('');

    await userEvent.click(within(nav()).getByRole('button', { name: 'This message' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Open Talleres Ruiz in the workspace' }));
    expect(window.location.hash).toBe(`#/debtors/${pane.debtorId}`);
    await waitFor(() => expect(document.querySelector(`.cobro-workspace [data-cobro="debtor-card"][data-debtor-id="${pane.debtorId}"]`)).not.toBeNull());
  });

  it('what is written there shows in the pane’s own views afterwards', async () => {
    const pane = await setup(reading({ from: RUIZ }), { workspace: 'pane' });
    await userEvent.click(within(nav()).getByRole('button', { name: 'Workspace' }));
    // The first time, the workspace's code is loaded on demand: give it time on a busy machine.
    await screen.findByRole('heading', { name: 'Debtors', level: 2 }, { timeout: 15_000 });
    must(await pane.ledger.client.send('debtor-pause', { id: pane.debtorId, reason: 'Holidays', until: null }));
    await userEvent.click(within(nav()).getByRole('button', { name: 'This message' }));
    await waitFor(() => expect(cardText(pane.debtorId)).toContain('Paused'));
  });
});
