// @vitest-environment happy-dom
// The shared components as the built Gmail content script runs them: on preact/compat, through
// the same aliases extension/build/gmail-preact.ts gives the build. The components' own tests run
// them on React (the workspace and Outlook); these check what could differ under Preact: text,
// select, date and checkbox inputs, form submission, Escape and focus, ids and labels, and the
// picker's keyboard. (React DOM is never loaded here: everything below renders with Preact.)
import { fireEvent, screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import { must } from '../../../shared/ledger/test-ledger';
import { UiProvider } from '../../../shared/ui/context';
import { DebtorCard } from '../../../shared/ui/DebtorCard';
import { TemplatePicker, type TemplatePickerItem } from '../../../shared/ui/TemplatePicker';
import { atPhoneStep, recordingActions, SETUP_DONE, talleresRuiz, type RecordingActions } from '../../../shared/ui/test-support';
import type { DebtorDetail } from '../../../shared/ui/card/form-support';
import { createSlotRoot, type SlotRoot } from '../../overlay/slot-root';

vi.mock('react', () => import('preact/compat'));
vi.mock('react/jsx-runtime', () => import('preact/compat/jsx-runtime'));
vi.mock('react/jsx-dev-runtime', () => import('preact/compat/jsx-dev-runtime'));
vi.mock('react-dom', () => import('preact/compat'));
vi.mock('react-dom/client', () => import('preact/compat/client'));

const roots: SlotRoot[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) root.unmount();
  document.body.innerHTML = '';
});

function mount(): { root: SlotRoot; show: (node: ReactNode) => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createSlotRoot(container);
  roots.push(root);
  const ui = { t: createTranslator('en'), locale: 'en' };
  return { root, show: (node) => root.render(<UiProvider value={ui}>{node}</UiProvider>) };
}

function showCard(detail: DebtorDetail, actions: RecordingActions = recordingActions()) {
  const onClose = vi.fn();
  const { show } = mount();
  const card = () => <DebtorCard key={detail.debtor.id} detail={detail} actions={actions} onClose={onClose} />;
  show(card());
  return { actions, onClose, refresh: () => show(card()), user: userEvent.setup(), dialog: screen.getByRole('dialog') };
}

describe('on preact/compat', () => {
  it('really renders with Preact here', async () => {
    const react = await import('react');
    const preact = await import('preact/compat');
    expect(react.useState).toBe(preact.useState);
  });
});

describe('the debtor card on preact/compat', () => {
  it('shows the call guide at the phone step, its boxes ticked by label and keyboard, and opens forms from it', async () => {
    const { user } = showCard(await (await atPhoneStep({ phone: '600123456', contactName: 'Marta Ruiz' })).detail());
    const guide = screen.getByRole('region', { name: 'Call guide' });
    const ask = within(guide).getByRole('checkbox', { name: 'Ask for Marta Ruiz.' });
    await user.click(within(guide).getByText('Ask for Marta Ruiz.'));
    expect((ask as HTMLInputElement).checked).toBe(true);
    await user.keyboard(' ');
    expect((ask as HTMLInputElement).checked).toBe(false);
    await user.click(within(guide).getByRole('button', { name: 'Record a promise' }));
    expect(screen.getByRole('form', { name: 'Record a promise' })).toBeTruthy();
  });

  it('saves a phone number typed at the phone step when there was none', async () => {
    const { user, actions } = showCard(await (await atPhoneStep()).detail());
    await user.click(screen.getByRole('button', { name: 'Add a phone number' }));
    await user.type(screen.getByLabelText('Phone number'), '600 123 456{Enter}');
    expect(actions.updatePhone).toHaveBeenCalledWith('600 123 456');
  });

  it('records a payment from typed text, a date input and a textarea', async () => {
    const { user, actions } = showCard(await (await talleresRuiz()).detail());
    await user.click(screen.getByRole('button', { name: 'Record a payment' }));
    await user.type(screen.getByLabelText('Amount'), '150.5');
    // Preact listens to `input` on every text-like <input>, date included (browsers fire both).
    fireEvent.input(screen.getByLabelText('Paid on'), { target: { value: '2026-03-01' } });
    await user.type(screen.getByLabelText('Method'), 'Transferencia');
    await user.type(screen.getByLabelText('Note'), 'Primer pago{Enter}parcial');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.recordPayment).toHaveBeenCalledWith({
      amount: 15_050,
      currency: 'EUR',
      date: '2026-03-01',
      method: 'Transferencia',
      note: 'Primer pago\nparcial',
    });
  });

  it('logs a call with the outcome chosen in a <select>', async () => {
    const { user, actions } = showCard(await (await talleresRuiz()).detail());
    await user.click(screen.getByRole('button', { name: 'Log a call' }));
    const outcome = screen.getByLabelText('Outcome') as HTMLSelectElement;
    await user.selectOptions(outcome, 'no-answer');
    expect(outcome.value).toBe('no-answer');
    await user.type(screen.getByLabelText('What was said'), 'Nadie contestó');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.logCall).toHaveBeenCalledWith({ outcome: 'no-answer', note: 'Nadie contestó' });
  });

  it('marks only the ticked invoice as disputed', async () => {
    const scenario = await talleresRuiz();
    const detail = await scenario.detail();
    const { user, actions } = showCard(detail);
    await user.click(screen.getByRole('button', { name: 'Mark as disputed' }));
    await user.type(screen.getByLabelText('What do they dispute?'), 'Solo la segunda');
    const box = screen.getByRole('checkbox', { name: /F-2026-007/ }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    expect(box.checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.markDisputed).toHaveBeenCalledWith({ reason: 'Solo la segunda', invoiceIds: [detail.invoices[1]!.id] });
  });

  it('shows the field errors, keeps what was typed, and sends nothing', async () => {
    const { user, actions } = showCard(await (await talleresRuiz()).detail());
    await user.click(screen.getByRole('button', { name: 'Pause reminders' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Required')).toBeTruthy();
    const reason = screen.getByLabelText('Why pause?') as HTMLInputElement;
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await user.type(reason, 'Vacaciones');
    fireEvent.input(screen.getByLabelText('Until'), { target: { value: '2026-03-31' } });
    expect(reason.value).toBe('Vacaciones');
    expect(actions.pause).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.pause).toHaveBeenCalledWith({ reason: 'Vacaciones', until: '2026-03-31' });
  });

  it('takes focus, closes on Escape without letting the key reach the page', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const { user, onClose, dialog } = showCard(await (await talleresRuiz()).detail());
    // Preact runs effects after the next frame, where React ran them as the render committed.
    await vi.waitFor(() => expect(document.activeElement).toBe(dialog));
    await user.click(screen.getByRole('button', { name: 'Log a call' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Outcome')));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(pageKeys.mock.calls.filter(([event]) => (event as KeyboardEvent).key === 'Escape')).toEqual([]);
    document.removeEventListener('keydown', pageKeys);
  });

  it('keeps every id unique and every label on its field after the panel is redrawn', async () => {
    const { user, refresh } = showCard(await (await talleresRuiz()).detail());
    // The panel redraws an open card whenever its debtor changes (another tab, a save).
    refresh();
    refresh();
    refresh();
    await user.click(screen.getByRole('button', { name: 'Log a call' }));
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const labels = [...document.querySelectorAll<HTMLLabelElement>('label[for]')];
    expect(labels.length).toBe(2);
    for (const label of labels) expect(['INPUT', 'SELECT', 'TEXTAREA'], label.htmlFor).toContain(document.getElementById(label.htmlFor)?.tagName);
  });
});

describe('the template picker on preact/compat', () => {
  async function showPicker() {
    const scenario = await talleresRuiz();
    const found = must(await scenario.ledger.client.send('templates-for-debtor', { debtorId: scenario.debtorId }));
    const detail = await scenario.detail();
    const onInsert = vi.fn<(item: TemplatePickerItem) => void>();
    mount().show(
      <TemplatePicker
        debtor={detail.debtor}
        items={found.items}
        recommended={found.recommended}
        policy={found.policy}
        settings={SETUP_DONE}
        onInsert={onInsert}
        onOpenSetup={() => undefined}
        onClose={() => undefined}
      />,
    );
    return { items: found.items, onInsert, user: userEvent.setup(), list: screen.getByRole('listbox') };
  }
  const selectedId = (list: HTMLElement) => within(list).getByRole('option', { selected: true }).dataset.templateId;

  it('moves the selection with the arrow keys and inserts it with Enter', async () => {
    const { items, onInsert, user, list } = await showPicker();
    await vi.waitFor(() => expect(document.activeElement).toBe(list));
    const options = within(list).getAllByRole('option');
    expect(selectedId(list)).toBe(options[0]!.dataset.templateId);
    await user.keyboard('{ArrowDown}');
    expect(selectedId(list)).toBe(options[1]!.dataset.templateId);
    expect(list.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{Enter}');
    expect(onInsert).toHaveBeenCalledWith(items.find((item) => item.template.id === options[1]!.dataset.templateId));
  });

  it('filters by step through its <select>', async () => {
    const { user, list } = await showPicker();
    const all = within(list).getAllByRole('option').length;
    const step = screen.getByLabelText('Step') as HTMLSelectElement;
    const firstStep = step.options[1]!;
    await user.selectOptions(step, firstStep.value);
    expect(step.value).toBe(firstStep.value);
    const shown = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(shown.length).toBeLessThan(all);
    // The recommended template stays first whatever the filter; the rest are of the chosen step.
    expect(shown.slice(1).map((option) => option.querySelector('.cobro-option-meta')?.textContent)).toEqual(
      shown.slice(1).map(() => expect.stringContaining(firstStep.text)),
    );
  });
});
