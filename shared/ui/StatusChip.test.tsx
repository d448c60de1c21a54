// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeStatus } from '../collection/status';
import {
  chasedSteps,
  localNow,
  makeDebtor,
  makeInvoice,
  makePlan,
  makePromise,
  makeStatusInput,
  resetFactoryIds,
} from '../collection/test-factories';
import type { StatusInput } from '../collection/status';
import { createTranslator, type Translate } from '../i18n/translate';
import { STATUS_CHIP_WARM_UP, StatusChip } from './StatusChip';
import { UnknownSenderChip } from './UnknownSenderChip';
import { UiContextMissingError, UiProvider } from './context';
import { axeViolations, HOSTILE, renderUi, textOf } from './test-support';

beforeEach(() => resetFactoryIds());
afterEach(() => cleanup());

const NOW = localNow('2026-03-03');

function scenario(overrides: Partial<StatusInput>): Omit<StatusInput, 'now'> & { now: Date } {
  return makeStatusInput({ now: NOW, ...overrides });
}

// The chase so far: reminders and a call on their usual days, so the step shown is the one reached.
const UP_TO_FIRM = chasedSteps('2026-02-01', ['due', 'overdue', 'call']);

const SCENARIOS = {
  overdue: () =>
    scenario({
      invoices: [makeInvoice({ amount: 150_000, dueDate: '2025-12-10' }), makeInvoice({ amount: 72_000, dueDate: '2026-01-05' })],
      events: chasedSteps('2025-12-10', ['due', 'overdue', 'call', 'firm', 'formal']),
    }),
  notDue: () => scenario({ invoices: [makeInvoice({ amount: 50_000, dueDate: '2026-03-06' })] }),
  paused: () =>
    scenario({
      debtor: makeDebtor({ pause: { reason: 'Vacaciones', until: null, since: '2026-03-01T09:00:00.000Z' } }),
      invoices: [makeInvoice({ amount: 50_000, dueDate: '2026-02-01' })],
      events: UP_TO_FIRM,
    }),
  promised: () =>
    scenario({
      invoices: [makeInvoice({ amount: 50_000, dueDate: '2026-02-01' })],
      events: UP_TO_FIRM,
      promises: [makePromise({ amount: 50_000, date: '2026-03-10', createdAt: '2026-03-01T09:00:00.000Z' })],
    }),
  onPlan: () =>
    scenario({
      invoices: [makeInvoice({ id: 'invoice-1', amount: 100_000, dueDate: '2026-02-01' })],
      events: UP_TO_FIRM,
      plans: [makePlan({ invoiceIds: ['invoice-1'], createdAt: '2026-03-01T09:00:00.000Z' })],
    }),
  disputed: () =>
    scenario({
      invoices: [
        makeInvoice({ amount: 50_000, dueDate: '2026-02-01', status: 'disputed', dispute: { reason: 'No recibido', since: '2026-02-10T09:00:00.000Z' } }),
      ],
    }),
  clear: () => scenario({ invoices: [] }),
  writtenOff: () =>
    scenario({
      invoices: [makeInvoice({ amount: 71_000, dueDate: '2026-01-10', status: 'written_off', writeOff: { reason: 'Cerró', at: '2026-03-01T09:00:00.000Z', amount: 71_000 } })],
      events: UP_TO_FIRM,
    }),
  partlyWrittenOff: () =>
    scenario({
      invoices: [
        makeInvoice({ amount: 71_000, dueDate: '2026-01-10', status: 'written_off', writeOff: { reason: 'Cerró', at: '2026-03-01T09:00:00.000Z', amount: 71_000 } }),
        makeInvoice({ amount: 50_000, dueDate: '2026-02-20' }),
      ],
    }),
  twoCurrencies: () =>
    scenario({
      invoices: [makeInvoice({ amount: 150_000, dueDate: '2026-02-20' }), makeInvoice({ currency: 'USD', amount: 30_000, dueDate: '2026-02-25' })],
    }),
};

type ScenarioName = keyof typeof SCENARIOS;

function renderChip(name: ScenarioName, locale: string, onOpen = vi.fn()) {
  const input = SCENARIOS[name]();
  const status = computeStatus(input);
  renderUi(<StatusChip debtor={input.debtor} status={status} onOpen={onOpen} />, locale);
  return { chip: screen.getByRole('button'), status, onOpen };
}

describe('StatusChip', () => {
  it.each<[ScenarioName, string, string, string, string]>([
    [
      'overdue',
      '€2,220.00 · 83 days late · Collection agency',
      'Cobro: Talleres Ruiz S.L. owes €2,220.00, 83 days late, collection agency',
      '2220,00 € · 83 días de retraso · Agencia de cobro',
      'Cobro: Talleres Ruiz S.L. debe 2220,00 €, 83 días de retraso, agencia de cobro',
    ],
    [
      'notDue',
      '€500.00 · due in 3 days · Courtesy reminder',
      'Cobro: Talleres Ruiz S.L. owes €500.00, due in 3 days, courtesy reminder',
      '500,00 € · vence en 3 días · Recordatorio de cortesía',
      'Cobro: Talleres Ruiz S.L. debe 500,00 €, vence en 3 días, recordatorio de cortesía',
    ],
    ['paused', '€500.00 · Paused · Firm reminder', 'Cobro: Talleres Ruiz S.L. owes €500.00, paused, firm reminder', '500,00 € · En pausa · Recordatorio firme', 'Cobro: Talleres Ruiz S.L. debe 500,00 €, en pausa, recordatorio firme'],
    ['promised', '€500.00 · Promised to pay · Firm reminder', 'Cobro: Talleres Ruiz S.L. owes €500.00, promised to pay, firm reminder', '500,00 € · Ha prometido pagar · Recordatorio firme', 'Cobro: Talleres Ruiz S.L. debe 500,00 €, ha prometido pagar, recordatorio firme'],
    ['onPlan', '€1,000.00 · On a payment plan · Firm reminder', 'Cobro: Talleres Ruiz S.L. owes €1,000.00, on a payment plan, firm reminder', '1000,00 € · Con plan de pagos · Recordatorio firme', 'Cobro: Talleres Ruiz S.L. debe 1000,00 €, con plan de pagos, recordatorio firme'],
    ['disputed', '€500.00 · In dispute', 'Cobro: Talleres Ruiz S.L. owes €500.00, in dispute', '500,00 € · En disputa', 'Cobro: Talleres Ruiz S.L. debe 500,00 €, en disputa'],
    ['clear', 'Nothing owed', 'Cobro: Talleres Ruiz S.L. owes nothing', 'No debe nada', 'Cobro: Talleres Ruiz S.L. no debe nada'],
    // Given up on: neither "overdue" nor "nothing owed", and no step of the ladder.
    ['writtenOff', 'Written off', 'Cobro: Talleres Ruiz S.L.’s debt was written off', 'Dado por incobrable', 'Cobro: la deuda de Talleres Ruiz S.L. se dio por incobrable'],
    // What was given up is not counted: only the open invoice's amount and lateness.
    [
      'partlyWrittenOff',
      '€500.00 · 11 days late · Overdue reminder',
      'Cobro: Talleres Ruiz S.L. owes €500.00, 11 days late, overdue reminder',
      '500,00 € · 11 días de retraso · Recordatorio de factura vencida',
      'Cobro: Talleres Ruiz S.L. debe 500,00 €, 11 días de retraso, recordatorio de factura vencida',
    ],
    [
      'twoCurrencies',
      '€1,500.00 and US$300.00 · 11 days late · Overdue reminder',
      'Cobro: Talleres Ruiz S.L. owes €1,500.00 and US$300.00, 11 days late, overdue reminder',
      '1500,00 € y 300,00 US$ · 11 días de retraso · Recordatorio de factura vencida',
      'Cobro: Talleres Ruiz S.L. debe 1500,00 € y 300,00 US$, 11 días de retraso, recordatorio de factura vencida',
    ],
  ])('%s', (name, englishText, englishLabel, spanishText, spanishLabel) => {
    const english = renderChip(name, 'en').chip;
    expect(textOf(english)).toBe(englishText);
    expect(english.getAttribute('aria-label')?.replace(/\s+/g, ' ')).toBe(englishLabel);
    cleanup();
    const spanish = renderChip(name, 'es-ES').chip;
    expect(textOf(spanish)).toBe(spanishText);
    expect(spanish.getAttribute('aria-label')?.replace(/\s+/g, ' ')).toBe(spanishLabel);
  });

  it.each<[ScenarioName, number, string]>([
    ['clear', 0, 'neutral'],
    ['writtenOff', 0, 'neutral'],
    ['notDue', 1, 'blue'],
    ['paused', 1, 'blue'],
    ['twoCurrencies', 2, 'amber'],
    ['overdue', 4, 'red'],
  ])('%s is coloured by severity %i (%s)', (name, severity, colour) => {
    const { chip, status } = renderChip(name, 'en');
    expect(status.severity).toBe(severity);
    expect(chip.getAttribute('data-severity')).toBe(String(severity));
    expect(chip.classList.contains(`cobro-severity-${colour}`)).toBe(true);
  });

  it('carries the automation hooks and opens the card on click and on Enter', async () => {
    const user = userEvent.setup();
    const { chip, onOpen } = renderChip('overdue', 'en');
    expect(chip.getAttribute('data-cobro')).toBe('status-chip');
    expect(chip.getAttribute('data-debtor-id')).toBe('debtor-1');
    expect(chip.closest('.cobro')).not.toBeNull();
    await user.click(chip);
    chip.focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('says when the debtor was last contacted, on their clock', () => {
    const { chip } = renderChip('clear', 'en');
    expect(chip.getAttribute('title')).toBe('Not contacted yet');
  });

  it('shows a hostile debtor name as text', () => {
    const input = SCENARIOS.overdue();
    const debtor = makeDebtor({ name: HOSTILE });
    const { container } = renderUi(<StatusChip debtor={debtor} status={computeStatus({ ...input, debtor })} onOpen={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button').getAttribute('aria-label')).toContain(HOSTILE);
  });

  it.each<[ScenarioName]>([['overdue'], ['clear'], ['paused']])('%s has no axe violations', async (name) => {
    renderChip(name, 'es-ES');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('refuses to render without a UiProvider, naming the fix', () => {
    const input = SCENARIOS.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<StatusChip debtor={input.debtor} status={computeStatus(input)} onOpen={() => {}} />)).toThrow(UiContextMissingError);
    vi.restoreAllMocks();
  });
});

describe('UnknownSenderChip', () => {
  it.each([
    ['en', 'Ana Pérez', 'Track', 'Cobro: track Ana Pérez (ana@example.com) as a customer who owes you money'],
    ['es-ES', 'Ana Pérez', 'Seguir', 'Cobro: hacer seguimiento de Ana Pérez (ana@example.com) como cliente que le debe dinero'],
    ['en', '  ', 'Track', 'Cobro: track ana@example.com as a customer who owes you money'],
  ])('%s, name %j', async (locale, name, text, label) => {
    const onTrack = vi.fn();
    renderUi(<UnknownSenderChip email="ana@example.com" name={name} onTrack={onTrack} />, locale);
    const button = screen.getByRole('button', { name: label });
    expect(textOf(button)).toBe(`+${text}`);
    expect(button.getAttribute('data-cobro')).toBe('track-sender');
    await userEvent.setup().click(button);
    expect(onTrack).toHaveBeenCalledOnce();
  });

  it('shows a hostile sender name as text and passes axe', async () => {
    const { container } = renderUi(<UnknownSenderChip email="x@example.com" name={HOSTILE} onTrack={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button').getAttribute('aria-label')).toContain(HOSTILE);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('STATUS_CHIP_WARM_UP', () => {
  const recording = (locale: string, keys: Set<string>): Translate => {
    const t = createTranslator(locale);
    return (key, values) => {
      keys.add(key);
      return t(key, values);
    };
  };

  it.each(['en', 'es-ES'])('compiles every sentence of a chip that owes or not, late or not yet, except the one-word step (%s)', (locale) => {
    const warmed = new Set<string>();
    for (const step of STATUS_CHIP_WARM_UP.formatting(locale)) step();
    STATUS_CHIP_WARM_UP.sentences({ t: recording(locale, warmed), locale })();

    const used = new Set<string>();
    for (const name of ['overdue', 'notDue', 'twoCurrencies', 'clear'] as const) {
      const input = SCENARIOS[name]();
      render(
        <UiProvider value={{ t: recording(locale, used), locale }}>
          <StatusChip debtor={input.debtor} status={computeStatus(input)} onOpen={() => {}} />
        </UiProvider>,
      );
      cleanup();
    }
    expect(used.size).toBeGreaterThan(4);
    expect([...used].filter((key) => !warmed.has(key) && !key.startsWith('step.'))).toEqual([]);
  });
});
