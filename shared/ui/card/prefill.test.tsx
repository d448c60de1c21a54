// @vitest-environment happy-dom
// The quick-action forms started from what was already said (`initial`): the fields show it, and
// saving sends it; without `initial` they keep their own defaults.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordingActions, renderUi, talleresRuiz } from '../test-support';
import { DisputeForm } from './DisputeForm';
import { PauseForm } from './PauseForm';
import { PaymentForm } from './PaymentForm';
import { PlanForm, proposedAmounts } from './PlanForm';
import { PromiseForm } from './PromiseForm';

afterEach(() => cleanup());

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
const save = () => userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

describe('PromiseForm', () => {
  it.each([
    ['without initial: all they owe, today', undefined, { amount: '2220.00', date: '2026-03-03', note: '' }],
    ['with what was said', { amount: 48_000, currency: 'EUR', date: '2026-03-06', note: 'Said so' }, { amount: '480.00', date: '2026-03-06', note: 'Said so' }],
    ['a currency they do not owe in keeps the defaults', { amount: 48_000, currency: 'USD' }, { amount: '2220.00', date: '2026-03-03', note: '' }],
  ] as const)('%s', async (_name, initial, shown) => {
    const detail = await (await talleresRuiz()).detail();
    const actions = recordingActions();
    renderUi(<PromiseForm detail={detail} actions={actions} onDone={vi.fn()} onCancel={vi.fn()} initial={initial} />);
    expect(value('Amount promised')).toBe(shown.amount);
    expect(value('They will pay by')).toBe(shown.date);
    expect(value('Note')).toBe(shown.note);
    await save();
    expect(actions.recordPromise).toHaveBeenCalledWith(expect.objectContaining({ currency: 'EUR', date: shown.date }));
  });
});

describe('PaymentForm', () => {
  it.each([
    ['without initial: empty, today', undefined, { amount: '', date: '2026-03-03' }],
    ['with what was said', { amount: 150_000, currency: 'EUR', date: '2026-03-02' }, { amount: '1500.00', date: '2026-03-02' }],
  ] as const)('%s', async (_name, initial, shown) => {
    const detail = await (await talleresRuiz()).detail();
    renderUi(<PaymentForm detail={detail} actions={recordingActions()} onDone={vi.fn()} onCancel={vi.fn()} initial={initial} />);
    expect(value('Amount')).toBe(shown.amount);
    expect(value('Paid on')).toBe(shown.date);
  });
});

describe('DisputeForm and PauseForm', () => {
  it('start from the reason and day given, and send them', async () => {
    const detail = await (await talleresRuiz()).detail();
    const actions = recordingActions();
    renderUi(<DisputeForm detail={detail} actions={actions} onDone={vi.fn()} onCancel={vi.fn()} initial={{ reason: 'La factura está duplicada' }} />);
    expect(value('What do they dispute?')).toBe('La factura está duplicada');
    await save();
    expect(actions.markDisputed).toHaveBeenCalledWith({ reason: 'La factura está duplicada' });
    cleanup();

    renderUi(<PauseForm detail={detail} actions={actions} onDone={vi.fn()} onCancel={vi.fn()} initial={{ reason: 'Dicen que ya pagaron', until: '2026-03-08' }} />);
    expect(value('Why pause?')).toBe('Dicen que ya pagaron');
    expect(value('Until')).toBe('2026-03-08');
    await save();
    expect(actions.pause).toHaveBeenCalledWith({ reason: 'Dicen que ya pagaron', until: '2026-03-08' });
  });

  it('without initial start empty', async () => {
    const detail = await (await talleresRuiz()).detail();
    renderUi(<PauseForm detail={detail} actions={recordingActions()} onDone={vi.fn()} onCancel={vi.fn()} />);
    expect(value('Why pause?')).toBe('');
    expect(value('Until')).toBe('');
  });
});

describe('PlanForm', () => {
  // Talleres Ruiz owes 2,220.00 € over two invoices.
  it.each([
    ['without initial: three even installments', undefined, ['740.00', '740.00', '740.00']],
    ['a number of installments', { count: 4 }, ['555.00', '555.00', '555.00', '555.00']],
    ['so much each time, the rest last', { currency: 'EUR', perInstallment: 100_000 }, ['1000.00', '1000.00', '220.00']],
    ['so much each time in another currency: the default', { currency: 'USD', perInstallment: 100_000 }, ['740.00', '740.00', '740.00']],
    ['a count out of range: the default', { count: 500 }, ['740.00', '740.00', '740.00']],
  ] as const)('%s', async (_name, initial, amounts) => {
    const detail = await (await talleresRuiz()).detail();
    const actions = recordingActions();
    renderUi(<PlanForm detail={detail} actions={actions} onDone={vi.fn()} onCancel={vi.fn()} initial={initial} />);
    expect(value('Number of installments')).toBe(String(amounts.length));
    expect(amounts.map((_, index) => value(`Installment ${index + 1}: amount`))).toEqual(amounts);
    await save();
    expect(actions.startPlan.mock.calls[0]?.[0].installments.reduce((sum, item) => sum + item.amount, 0)).toBe(222_000);
  });

  it.each([
    [222_000, { perInstallment: 100_000 }, [100_000, 100_000, 22_000]],
    [222_000, { perInstallment: 111_000 }, [111_000, 111_000]],
    [222_000, { perInstallment: 222_000 }, null],
    [222_000, { perInstallment: 0 }, null],
    [222_000, { count: 2, perInstallment: 100_000 }, null],
    [222_000, { perInstallment: 1 }, null],
  ])('proposedAmounts(%i, %o) is %o', (total, start, expected) => {
    expect(proposedAmounts(total, start)).toEqual(expected);
  });
});
