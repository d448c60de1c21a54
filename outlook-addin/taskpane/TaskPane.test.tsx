// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translate';
import { DEFAULT_SETTINGS } from '../../shared/ledger/schema';
import { createTestLedger, must } from '../../shared/ledger/test-ledger';
import { UiProvider } from '../../shared/ui/context';
import { decodeMark, MARK_KEY } from '../logging/draft-mark';
import type { FoldReport } from '../logging/send-queue';
import type { PaneItem, ReadMessage } from '../mail/types';
import { fakeDraft } from './fake-draft';
import { createPaneTranslator } from './messages';
import type { PaneServices } from './pane-services';
import { PaneTextProvider } from './pane-text';
import { TaskPane } from './TaskPane';

afterEach(() => cleanup());

const ME = 'yo@mitaller.example';
const RUIZ = { address: 'pagos@talleres-ruiz.example', name: 'Talleres Ruiz' };
const STRANGER = { address: 'nuevo@cliente.example', name: 'Cliente Nuevo' };

function reading(fields: Partial<ReadMessage>): PaneItem {
  return { kind: 'read', message: { from: null, to: [], cc: [], subject: 'Hola', internetMessageId: null, conversationId: null, ...fields } };
}

async function setup(first: PaneItem, options: { fold?: FoldReport } = {}) {
  const ledger = createTestLedger('2026-03-03T09:30:00.000Z');
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
  const listeners = new Set<() => void>();
  const services: PaneServices = {
    client: ledger.client,
    settings: DEFAULT_SETTINGS,
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

describe('folding queued sends', () => {
  it('announces what the fold added to the timeline', async () => {
    await setup({ kind: 'none' }, { fold: { logged: 2, duplicates: 0, dropped: 0, kept: 0 } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 sent reminders were added to the timeline.'));
  });
});
