// @vitest-environment happy-dom
// The card of a customer whose debt was written off: it says so (when, how much, why) instead of
// "everything is paid", offers nothing that chases, and a partial write-off leaves the rest chased.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeInvoice } from '../../collection/test-factories';
import { must } from '../../ledger/test-ledger';
import { DebtorCard } from '../DebtorCard';
import { axeViolations, HOSTILE, recordingActions, renderUi, talleresRuiz, textOf } from '../test-support';
import { writeOffsOf } from './NextActionPanel';

afterEach(() => cleanup());

/** Talleres Ruiz (F-2025-118, 1.500 €; F-2026-007, 720 €) with `which` written off at 21:15 on 3 March in Madrid. */
async function card(locale: string, which: 'all' | 'second', reason = 'Cerró el taller') {
  const scenario = await talleresRuiz();
  const invoices = (await scenario.detail()).invoices;
  const second = invoices.find((invoice) => invoice.number === 'F-2026-007')!;
  must(await scenario.ledger.client.send('debtor-write-off', { debtorId: scenario.debtorId, reason, ...(which === 'second' ? { invoiceIds: [second.id] } : {}) }));
  const onComposeTemplate = vi.fn();
  const view = renderUi(
    <DebtorCard detail={await scenario.detail()} actions={recordingActions()} onClose={() => {}} onComposeTemplate={onComposeTemplate} onOpenDocument={() => {}} />,
    locale,
  );
  const next = screen.getByRole('region', { name: locale === 'en' ? 'Next action' : 'Siguiente paso' });
  const actions = screen.getByRole('region', { name: locale === 'en' ? 'Quick actions' : 'Acciones rápidas' });
  return { ...view, next, actions };
}

const buttonsIn = (region: HTMLElement) => within(region).queryAllByRole('button').map((button) => textOf(button));

describe('the card after a write-off', () => {
  it.each([
    [
      'en',
      '€2,220.00 written off, not chased',
      'Nothing to chase: you wrote this debt off.',
      'Written off on Mar 3, 2026: €2,220.00 (F-2025-118, F-2026-007). Reason: Cerró el taller',
      ['Log a call'],
    ],
    [
      'es-ES',
      '2220,00 € dado por incobrable, no se reclama',
      'Nada que reclamar: usted dio esta deuda por incobrable.',
      'Dado por incobrable el 3 mar 2026: 2220,00 € (F-2025-118, F-2026-007). Motivo: Cerró el taller',
      ['Registrar llamada'],
    ],
  ])('in %s, says when, how much and why, and offers nothing that chases', async (locale, owed, lead, line, buttons) => {
    const { next, actions, container } = await card(locale, 'all');
    expect(textOf(container.querySelector('.cobro-owed'))).toBe(owed);
    const summary = within(next).getByText(lead).closest('[data-cobro="written-off-summary"]') as HTMLElement;
    expect(textOf(summary.querySelector('li'))).toBe(line);
    expect(textOf(next)).not.toMatch(/paid or paused|pagado o en pausa/);
    // No contact window, no template, no pause, promise, plan, dispute or second write-off.
    expect(buttonsIn(next)).toEqual([]);
    expect(buttonsIn(actions)).toEqual(buttons);
    // The claim file keeps the history; a formal letter would demand nothing.
    expect(container.querySelector('[data-cobro="open-claim-file"]')).not.toBeNull();
    expect(container.querySelector('[data-cobro="open-letter"]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps chasing what was not written off', async () => {
    const { next } = await card('en', 'second');
    expect(next.querySelector('[data-cobro="written-off-summary"]')).toBeNull();
    expect(buttonsIn(next)).toEqual(['Write with a template']);
    expect(document.querySelector('[data-cobro="open-letter"]')).not.toBeNull();
  });

  it('shows a hostile reason as text', async () => {
    const { next, container } = await card('en', 'all', HOSTILE);
    expect(textOf(next)).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('writeOffsOf', () => {
  const off = (at: string, reason: string, amount: number) => ({ reason, at, amount });
  it.each([
    ['nothing written off', [makeInvoice({ number: 'A' })], []],
    [
      'one decision over two invoices and two currencies, on the debtor’s day',
      [
        makeInvoice({ number: 'A', amount: 1000, status: 'written_off', writeOff: off('2026-03-03T23:30:00.000Z', 'Cerró', 1000) }),
        makeInvoice({ number: 'B', currency: 'USD', amount: 500, status: 'written_off', writeOff: off('2026-03-03T23:30:00.000Z', 'Cerró', 500) }),
      ],
      [{ on: '2026-03-04', reason: 'Cerró', amounts: [{ currency: 'EUR', amount: 1000 }, { currency: 'USD', amount: 500 }], numbers: ['A', 'B'] }],
    ],
    [
      'two decisions, oldest first, and one an import marked with no decision',
      [
        makeInvoice({ number: 'L', amount: 700, status: 'written_off', writeOff: off('2026-03-05T09:00:00.000Z', 'Later', 700) }),
        makeInvoice({ number: 'E', amount: 300, status: 'written_off', writeOff: off('2026-02-01T09:00:00.000Z', 'Earlier', 300) }),
        makeInvoice({ number: 'I', amount: 900, paid: 100, status: 'written_off' }),
      ],
      [
        { on: null, reason: null, amounts: [{ currency: 'EUR', amount: 800 }], numbers: ['I'] },
        { on: '2026-02-01', reason: 'Earlier', amounts: [{ currency: 'EUR', amount: 300 }], numbers: ['E'] },
        { on: '2026-03-05', reason: 'Later', amounts: [{ currency: 'EUR', amount: 700 }], numbers: ['L'] },
      ],
    ],
  ])('%s', (_name, invoices, expected) => {
    expect(writeOffsOf(invoices, 'Europe/Madrid')).toEqual(expected);
  });
});
