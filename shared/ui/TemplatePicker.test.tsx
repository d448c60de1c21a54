// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { must } from '../ledger/test-ledger';
import { TemplatePicker, type TemplatePickerItem } from './TemplatePicker';
import { DEFAULT_SETTINGS, type Settings } from '../ledger/schema';
import { axeViolations, EVENING_IN_MADRID, HOSTILE, MORNING_IN_MADRID, renderUi, SETUP_DONE, talleresRuiz, textOf } from './test-support';

afterEach(() => cleanup());

async function pickerData(options: { now?: string; name?: string } = {}) {
  const scenario = await talleresRuiz({ now: options.now ?? EVENING_IN_MADRID, ...(options.name ? { name: options.name } : {}) });
  const { client } = scenario.ledger;
  const spanish = must(await client.send('templates-for-debtor', { debtorId: scenario.debtorId }));
  const english = must(await client.send('templates-for-debtor', { debtorId: scenario.debtorId, locale: 'en' }));
  const detail = await scenario.detail();
  return { detail, spanish, items: [...spanish.items, ...english.items] };
}

function renderPicker(data: Awaited<ReturnType<typeof pickerData>>, locale = 'en', items: TemplatePickerItem[] = data.items, settings: Settings = SETUP_DONE) {
  const onInsert = vi.fn<(item: TemplatePickerItem) => void>();
  const onOpenSetup = vi.fn();
  const onClose = vi.fn();
  const view = renderUi(
    <TemplatePicker
      debtor={data.detail.debtor}
      items={items}
      recommended={data.spanish.recommended}
      policy={data.spanish.policy}
      settings={settings}
      onInsert={onInsert}
      onOpenSetup={onOpenSetup}
      onClose={onClose}
    />,
    locale,
  );
  return { ...view, onInsert, onOpenSetup, onClose, user: userEvent.setup(), dialog: screen.getByRole('dialog'), list: screen.getByRole('listbox') };
}

const optionNames = (list: HTMLElement) => within(list).getAllByRole('option').map((option) => textOf(option.querySelector('.cobro-option-name')));
const selectedName = (list: HTMLElement) => textOf(within(list).getByRole('option', { selected: true }).querySelector('.cobro-option-name'));

describe('TemplatePicker', () => {
  it.each([
    ['en', 'Recommended', 'Collection agency', 'Not now: outside contact hours (21:15 in Madrid) — from Wed, Mar 4, 09:00'],
    ['es-ES', 'Recomendada', 'Agencia de cobro', 'Ahora no: fuera del horario de contacto (las 21:15 en Madrid) — a partir del mié, 4 mar, 09:00'],
  ])('puts the recommended template first, marked, and previews it (%s)', async (locale, mark, step, notice) => {
    const data = await pickerData();
    expect(data.spanish.recommended).toBe('agency');
    const { dialog, list } = renderPicker(data, locale);
    expect(dialog.getAttribute('data-cobro')).toBe('template-picker');
    expect(dialog.getAttribute('data-debtor-id')).toBe(data.detail.debtor.id);
    const first = within(list).getAllByRole('option')[0]!;
    expect(textOf(first.querySelector('.cobro-option-name'))).toBe('Último aviso antes de la agencia de cobro');
    expect(textOf(first.querySelector('.cobro-option-meta'))).toContain(mark);
    expect(textOf(first.querySelector('.cobro-option-meta'))).toContain(step);
    expect(first.getAttribute('aria-selected')).toBe('true');
    const recommended = data.spanish.items[0]!;
    if (!recommended.rendered.ok) throw new Error('the built-in agency template should render');
    expect(textOf(dialog.querySelector('.cobro-preview-subject'))).toContain(recommended.rendered.subject);
    const preview = screen.getByRole('region', { name: locale === 'en' ? 'Preview' : 'Vista previa' });
    expect(preview.textContent).toBe(recommended.rendered.text);
    expect(preview.tabIndex).toBe(0);
    expect(textOf(screen.getByRole('note'))).toBe(notice);
    expect((screen.getByRole('button', { name: locale === 'en' ? 'Insert' : 'Insertar' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows no notice when writing now is fine', async () => {
    renderPicker(await pickerData({ now: MORNING_IN_MADRID }));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('filters the rest by step and language, keeping the recommendation on top', async () => {
    const data = await pickerData();
    const { user, list } = renderPicker(data);
    const spanishCount = data.spanish.items.length;
    expect(within(list).getAllByRole('option')).toHaveLength(spanishCount);
    await user.selectOptions(screen.getByLabelText('Step'), 'Phone call');
    expect(optionNames(list)).toEqual(['Último aviso antes de la agencia de cobro', 'Petición de una llamada']);
    await user.selectOptions(screen.getByLabelText('Language'), 'English');
    const english = data.items.filter((item) => item.template.locale === 'en' && item.template.purpose === 'call').map((item) => item.template.name);
    expect(optionNames(screen.getByRole('listbox'))).toEqual(['Último aviso antes de la agencia de cobro', ...english]);
    await user.selectOptions(screen.getByLabelText('Step'), 'All steps');
    await user.selectOptions(screen.getByLabelText('Language'), 'All languages');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(data.items.length);
  });

  it('moves the selection with the arrow keys and inserts with Enter', async () => {
    const data = await pickerData();
    const { user, list, onInsert, dialog } = renderPicker(data);
    expect(document.activeElement).toBe(list);
    const names = optionNames(list);
    await user.keyboard('{ArrowDown}');
    expect(selectedName(list)).toBe(names[1]);
    expect(list.getAttribute('aria-activedescendant')).toBe(within(list).getByRole('option', { selected: true }).id);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(selectedName(list)).toBe(names[2]);
    const chosen = data.spanish.items.find((item) => item.template.name === names[2])!;
    if (!chosen.rendered.ok) throw new Error('built-in templates render');
    expect(dialog.querySelector('.cobro-preview-text')?.textContent).toBe(chosen.rendered.text);
    await user.keyboard('{End}');
    // The last template offered (one that cannot be sent truthfully is shown but not selectable).
    const fillable = data.spanish.items.filter((item) => item.rendered.ok && item.offer.ok).map((item) => item.template.name);
    expect(selectedName(list)).toBe(names.filter((name) => fillable.includes(name)).at(-1));
    await user.keyboard('{Home}{Enter}');
    expect(onInsert).toHaveBeenCalledExactlyOnceWith(data.spanish.items[0]);
  });

  it('inserts the clicked template with the Insert button', async () => {
    const data = await pickerData();
    const { user, list, onInsert } = renderPicker(data);
    const option = within(list).getAllByRole('option')[3]!;
    await user.click(option);
    await user.click(screen.getByRole('button', { name: 'Insert' }));
    expect(onInsert.mock.calls[0]?.[0].template.name).toBe(textOf(option.querySelector('.cobro-option-name')));
  });

  it('shows templates that could not be filled in as disabled, with the reason, and skips them', async () => {
    const data = await pickerData();
    const broken: TemplatePickerItem = {
      ...data.spanish.items[1]!,
      rendered: { ok: false, error: { code: 'missing-value', message: 'no promise', variable: 'promiseAmount' } },
    };
    const items = [data.spanish.items[0]!, broken, data.spanish.items[2]!];
    const { user, list, onInsert } = renderPicker(data, 'en', items);
    const option = within(list).getAllByRole('option')[1]!;
    expect(option.getAttribute('aria-disabled')).toBe('true');
    expect(textOf(option)).toContain('This template needs “Amount the customer promised to pay”, which this customer does not have.');
    await user.click(option);
    expect(option.getAttribute('aria-selected')).toBe('false');
    list.focus();
    await user.keyboard('{ArrowDown}');
    expect(selectedName(list)).toBe(items[2]!.template.name);
    await user.keyboard('{Enter}');
    expect(onInsert).toHaveBeenCalledExactlyOnceWith(items[2]);
  });

  it('shows templates that cannot be sent truthfully now as disabled, with the reason in plain words', async () => {
    const data = await pickerData();
    const skips: TemplatePickerItem = { ...data.spanish.items[1]!, offer: { ok: false, reason: 'skips-ladder', first: 'overdue' } };
    const unfit: TemplatePickerItem = { ...data.spanish.items[2]!, offer: { ok: false, reason: 'due-date-passed' } };
    const items = [data.spanish.items[0]!, skips, unfit, data.spanish.items[3]!];
    const { user, list } = renderPicker(data, 'en', items);
    const [, first, second] = within(list).getAllByRole('option');
    expect(first!.getAttribute('aria-disabled')).toBe('true');
    expect(textOf(first)).toContain('Not yet: each step comes in turn, and “Overdue reminder” comes first.');
    expect(textOf(second)).toContain('The due date has passed: use the due-day or overdue reminder instead.');
    list.focus();
    await user.keyboard('{ArrowDown}');
    expect(selectedName(list)).toBe(items[3]!.template.name);
  });

  it('closes on Escape and with Cancel', async () => {
    const { user, onClose } = renderPicker(await pickerData());
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('renders hostile names in the preview as text', async () => {
    const data = await pickerData({ name: HOSTILE });
    const { container, dialog } = renderPicker(data);
    expect(container.querySelector('img')).toBeNull();
    expect(dialog.querySelector('.cobro-preview-text')?.textContent).toContain(HOSTILE);
    expect(textOf(dialog)).toContain(HOSTILE);
  });

  it.each([
    ['en', DEFAULT_SETTINGS, 'Before inserting a reminder, Cobro needs a name to sign with and a way to pay.', 'Finish setup', 'Insert'],
    ['es-ES', DEFAULT_SETTINGS, 'Antes de insertar un recordatorio, Cobro necesita un nombre con el que firmar y una forma de pago.', 'Terminar la configuración', 'Insertar'],
    ['en', { ...SETUP_DONE, paymentMethods: [] }, 'Before inserting a reminder, Cobro needs a way to pay.', 'Finish setup', 'Insert'],
  ])('still previews but offers the setup instead of Insert while the profile lacks what a message needs (%s)', async (locale, settings, explanation, setupButton, insertButton) => {
    const data = await pickerData();
    const { user, list, dialog, onInsert, onOpenSetup, container } = renderPicker(data, locale, data.items, settings);
    expect(dialog.querySelector('.cobro-preview-text')?.textContent).not.toBe('');
    expect(textOf(dialog.querySelector('[data-cobro="setup-needed"]'))).toBe(explanation);
    expect(screen.queryByRole('button', { name: insertButton })).toBeNull();
    list.focus();
    await user.keyboard('{Enter}');
    expect(onInsert).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: setupButton }));
    expect(onOpenSetup).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations', async () => {
    const { container } = renderPicker(await pickerData(), 'es-ES');
    expect(await axeViolations(container)).toEqual([]);
  });
});
