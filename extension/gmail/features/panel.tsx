// The one floating panel Cobro opens on Gmail: a debtor's card, the form that starts tracking a
// sender, the template picker, or a short notice. Opening one replaces whatever was open.
import type { ReactNode } from 'react';
import type { LedgerClient } from '../../../shared/ledger/client';
import type { Debtor, TemplatePurpose } from '../../../shared/ledger/schema';
import { UiProvider, type UiContextValue } from '../../../shared/ui/context';
import { DebtorCard } from '../../../shared/ui/DebtorCard';
import { TemplatePicker, type TemplatePickerProps } from '../../../shared/ui/TemplatePicker';
import { TrackDebtorForm } from '../../../shared/ui/TrackDebtorForm';
import { errorText } from '../../../shared/ui/format';
import type { HandlerError } from '../../../shared/ledger/api';
import type { DebtorsChanged } from '../../messaging/protocol';
import type { UiLanguageChoice } from '../../ui/language';
import { extensionText } from '../../ui/messages';
import { debtorActionsFor } from '../../../shared/ui/card/ledger-actions';
import type { ShadowHost } from './shadow-host';

export type PanelUi = UiContextValue & UiLanguageChoice;

export interface PanelDeps {
  client: LedgerClient;
  ui: () => PanelUi;
  /** Creates the panel's shadow host on first use. */
  createHost: () => Promise<ShadowHost>;
  /**
   * A way to write to this debtor with a template, when a compose to them is open. With `step`,
   * the send is logged as that ladder step (an e-mail sent instead of the phone call).
   */
  composeFor?: (debtor: Debtor, options?: { step?: TemplatePurpose }) => (() => void) | undefined;
}

type Showing = { kind: 'card'; debtorId: string } | { kind: 'other' } | null;

export class Panel {
  private host: Promise<ShadowHost> | null = null;
  private showing: Showing = null;
  /** Bumped on every open or close, so an answer that arrives late does not replace a newer view. */
  private generation = 0;

  constructor(private readonly deps: PanelDeps) {}

  private async show(node: ReactNode | null, generation: number): Promise<void> {
    this.host ??= this.deps.createHost();
    const host = await this.host;
    if (generation !== this.generation) return;
    const ui = this.deps.ui();
    host.render(
      node === null ? null : (
        <UiProvider value={ui}>
          {/* A complementary landmark of its own, so the card's header is not taken for a second page banner. */}
          <aside className="cobro-panel" aria-label={extensionText(ui.language, 'panelLabel')}>
            {node}
          </aside>
        </UiProvider>
      ),
    );
  }

  private problem(error: HandlerError, generation: number): Promise<void> {
    const ui = this.deps.ui();
    const text = error.code === 'storage' ? extensionText(ui.language, 'ledgerUnavailable') : errorText(ui.t, error);
    return this.notice(text, generation);
  }

  private notice(text: string, generation: number): Promise<void> {
    const ui = this.deps.ui();
    return this.show(
      <div className="cobro cobro-panel-message" role="status" data-cobro="notice">
        <p>{text}</p>
        <button type="button" className="cobro-panel-close" aria-label={ui.t('common.close')} onClick={() => this.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>,
      generation,
    );
  }

  /** A short notice in place of the panel's content. */
  showNotice(text: string): Promise<void> {
    this.showing = { kind: 'other' };
    return this.notice(text, ++this.generation);
  }

  async openCard(debtorId: string): Promise<void> {
    const generation = ++this.generation;
    this.showing = { kind: 'card', debtorId };
    const detail = await this.deps.client.send('debtor-get', { id: debtorId });
    if (generation !== this.generation) return;
    if (!detail.ok) return this.problem(detail.error, generation);
    const compose = this.deps.composeFor?.(detail.value.debtor);
    const emailInsteadOfCall = this.deps.composeFor?.(detail.value.debtor, { step: 'call' });
    return this.show(
      <DebtorCard
        key={debtorId}
        detail={detail.value}
        actions={debtorActionsFor(this.deps.client, debtorId)}
        onClose={() => this.close()}
        {...(compose ? { onComposeTemplate: compose } : {})}
        {...(emailInsteadOfCall ? { onEmailInsteadOfCall: emailInsteadOfCall } : {})}
      />,
      generation,
    );
  }

  async openTrackForm(email: string, name: string): Promise<void> {
    const generation = ++this.generation;
    this.showing = { kind: 'other' };
    const settings = await this.deps.client.send('settings-get', {});
    if (generation !== this.generation) return;
    if (!settings.ok) return this.problem(settings.error, generation);
    const { defaultCurrency, defaultLocale, defaultTimeZone } = settings.value;
    const ui = this.deps.ui();
    return this.show(
      <section role="dialog" aria-label={ui.t('track.title', { email })}>
        <TrackDebtorForm
          key={email}
          email={email}
          name={name}
          defaults={{ currency: defaultCurrency, locale: defaultLocale, timeZone: defaultTimeZone }}
          onSubmit={async (input) => {
            const created = await this.deps.client.send('debtor-create', input);
            if (created.ok) void this.openCard(created.value.debtor.id);
            return created;
          }}
          onCancel={() => this.close()}
        />
      </section>,
      generation,
    );
  }

  openPicker(props: Omit<TemplatePickerProps, 'onClose'>): Promise<void> {
    const generation = ++this.generation;
    this.showing = { kind: 'other' };
    return this.show(<TemplatePicker key={props.debtor.id} {...props} onClose={() => this.close()} />, generation);
  }

  close(): void {
    const generation = ++this.generation;
    this.showing = null;
    void this.show(null, generation);
  }

  /** Redraws an open card when its debtor changed elsewhere (a write in this or another tab). */
  refresh(change: DebtorsChanged): void {
    const showing = this.showing;
    if (showing?.kind === 'card' && (change.all || change.debtorIds.includes(showing.debtorId))) void this.openCard(showing.debtorId);
  }
}
