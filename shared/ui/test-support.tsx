// Test-only helpers for the UI: rendering inside <UiProvider>, a debtor built through the real
// handlers, action callbacks that record what they were given, and an axe run.
import { render, type RenderResult } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import { createTranslator } from '../i18n/translate';
import type { HandlerError, Result } from '../ledger/api';
import type { LedgerClient } from '../ledger/client';
import { DEFAULT_SETTINGS, type Settings } from '../ledger/schema';
import { createTestLedger, must, type TestLedger } from '../ledger/test-ledger';
import { UiProvider } from './context';
import type { DebtorActions } from './card/actions';
import type { DebtorDetail } from './card/form-support';

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** A profile the first-run setup is done for: a name to sign with and a way to pay. */
export const SETUP_DONE: Settings = {
  ...DEFAULT_SETTINGS,
  business: { ...DEFAULT_SETTINGS.business, name: 'Estudio Lumen' },
  senderName: 'Lucía Gómez',
  paymentMethods: [{ kind: 'iban', label: 'Transferencia', value: 'ES91 2100 0418 4502 0005 1332' }],
};

/** Stores SETUP_DONE's profile through settings-set, as the setup form would. */
export async function completeSetup(client: LedgerClient): Promise<void> {
  const { business, senderName, paymentMethods } = SETUP_DONE;
  must(await client.send('settings-set', { patch: { business, senderName, paymentMethods } }));
}

/** Renders inside <UiProvider>; `rerender` keeps the provider. */
export function renderUi(ui: ReactElement, locale = 'en'): RenderResult {
  const value = { t: createTranslator(locale), locale };
  return render(ui, { wrapper: ({ children }: { children: ReactNode }) => <UiProvider value={value}>{children}</UiProvider> });
}

/** Text as a reader sees it: every run of whitespace (Intl uses no-break spaces) as one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** axe's findings on a rendered tree, as "rule: target" lines so a failure says what broke. */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/** 21:15 on Tuesday 3 March 2026 in Madrid: outside Spanish contact hours. */
export const EVENING_IN_MADRID = '2026-03-03T20:15:00.000Z';
/** 10:30 the same day in Madrid: inside them. */
export const MORNING_IN_MADRID = '2026-03-03T09:30:00.000Z';

export interface DebtorScenario {
  ledger: TestLedger;
  debtorId: string;
  detail(): Promise<DebtorDetail>;
}

export interface ScenarioOptions {
  now?: string;
  name?: string;
  invoiceNumber?: string;
  note?: string;
  subject?: string;
}

/**
 * Talleres Ruiz (es-ES, Madrid): two open invoices, 1.500,00 € due 10 Dec 2025 and 720,00 €
 * due 5 Jan 2026 (2.220,00 € in all, 83 days late on 3 March 2026), one e-mail and one call
 * logged. Built through the handlers, so the detail is exactly what 'debtor-get' returns.
 */
export async function talleresRuiz(options: ScenarioOptions = {}): Promise<DebtorScenario> {
  const ledger = createTestLedger(options.now ?? EVENING_IN_MADRID);
  const { client } = ledger;
  const { debtor } = must(
    await client.send('debtor-create', {
      name: options.name ?? 'Talleres Ruiz',
      emails: ['pagos@talleres-ruiz.example', 'admin@talleres-ruiz.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      firstInvoice: { number: options.invoiceNumber ?? 'F-2025-118', currency: 'EUR', amount: 150_000, dueDate: '2025-12-10' },
    }),
  );
  must(await client.send('invoice-create', { debtorId: debtor.id, number: 'F-2026-007', currency: 'EUR', amount: 72_000, dueDate: '2026-01-05' }));
  must(
    await client.send('event-log', {
      debtorId: debtor.id,
      kind: 'email',
      channel: 'email',
      direction: 'outbound',
      at: '2026-02-20T10:00:00.000Z',
      step: 'formal',
      subject: options.subject ?? 'Requerimiento de pago',
    }),
  );
  must(
    await client.send('event-log', {
      debtorId: debtor.id,
      kind: 'call',
      channel: 'phone',
      direction: 'outbound',
      at: '2026-02-23T11:00:00.000Z',
      outcome: 'voicemail',
      note: options.note ?? 'Dejé mensaje a la administración',
    }),
  );
  return { ledger, debtorId: debtor.id, detail: async () => must(await client.send('debtor-get', { id: debtor.id })) };
}

export interface PhoneStepOptions {
  phone?: string;
  contactName?: string;
  paymentMethods?: boolean;
}

/**
 * Talleres Ruiz on 3 March 2026 (Madrid, morning): 1.500,00 € due 12 Feb and 400,00 US$ due
 * 15 Feb, the overdue reminder sent on 20 Feb, so the ladder is at its phone step.
 */
export async function atPhoneStep(options: PhoneStepOptions = {}): Promise<DebtorScenario> {
  const ledger = createTestLedger(MORNING_IN_MADRID);
  const { client } = ledger;
  const { debtor } = must(
    await client.send('debtor-create', {
      name: 'Talleres Ruiz',
      emails: ['pagos@talleres-ruiz.example'],
      locale: 'es-ES',
      timeZone: 'Europe/Madrid',
      ...(options.phone === undefined ? {} : { phone: options.phone }),
      ...(options.contactName === undefined ? {} : { contactName: options.contactName }),
      firstInvoice: { number: 'F-2026-031', currency: 'EUR', amount: 150_000, dueDate: '2026-02-12' },
    }),
  );
  must(await client.send('invoice-create', { debtorId: debtor.id, number: 'F-2026-032', currency: 'USD', amount: 40_000, dueDate: '2026-02-15' }));
  must(
    await client.send('event-log', {
      debtorId: debtor.id,
      kind: 'email',
      channel: 'email',
      direction: 'outbound',
      at: '2026-02-20T10:00:00.000Z',
      step: 'overdue',
      subject: 'Factura vencida',
    }),
  );
  if (options.paymentMethods !== false) {
    must(
      await client.send('settings-set', {
        patch: {
          paymentMethods: [
            { kind: 'iban', label: 'Transferencia', value: 'ES91 2100 0418 4502 0005 1332' },
            { kind: 'link', label: '', value: 'https://pay.example/ruiz' },
          ],
        },
      }),
    );
  }
  const detail = async (): Promise<DebtorDetail> => must(await client.send('debtor-get', { id: debtor.id }));
  return { ledger, debtorId: debtor.id, detail };
}

export type RecordingActions = { [K in keyof DebtorActions]: ReturnType<typeof vi.fn<DebtorActions[K]>> };

/** Actions that answer `result` (default ok) and remember their arguments. */
export function recordingActions(result: Result<unknown> = { ok: true, value: null }): RecordingActions {
  const answer = () => Promise.resolve(result);
  return {
    logCall: vi.fn<DebtorActions['logCall']>(answer),
    recordPromise: vi.fn<DebtorActions['recordPromise']>(answer),
    recordPayment: vi.fn<DebtorActions['recordPayment']>(answer),
    startPlan: vi.fn<DebtorActions['startPlan']>(answer),
    pause: vi.fn<DebtorActions['pause']>(answer),
    resume: vi.fn<DebtorActions['resume']>(answer),
    markDisputed: vi.fn<DebtorActions['markDisputed']>(answer),
    resolveDispute: vi.fn<DebtorActions['resolveDispute']>(answer),
    writeOff: vi.fn<DebtorActions['writeOff']>(answer),
    updatePhone: vi.fn<DebtorActions['updatePhone']>(answer),
  };
}

export function failure(code: HandlerError['code'], message = 'refused by the ledger'): Result<unknown> {
  return { ok: false, error: { code, message } };
}
