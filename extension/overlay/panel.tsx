// The one floating panel Cobro opens on a page (Gmail's, an invoicing tool's): a debtor's card, a
// form, or a short notice (Gmail's own views, the Track form and the template picker, are in
// gmail/features/gmail-panel.tsx). Opening one replaces whatever was open.
// A card or a Track form belongs to the thread it was opened from (panel-context.ts): it follows
// the user to another thread of the same customer, closes on any other page, and each of its
// writes checks the page again first. Closed by the user (×, Cancel, Escape), it gives the focus
// back to what had it, the chip that opened it in most cases.
import type { ReactNode } from 'react';
import type { LedgerClient } from '../../shared/ledger/client';
import type { Debtor, TemplatePurpose } from '../../shared/ledger/schema';
import { UiProvider, type UiContextValue } from '../../shared/ui/context';
import { DebtorCard } from '../../shared/ui/DebtorCard';
import { errorText } from '../../shared/ui/format';
import type { HandlerError } from '../../shared/ledger/api';
import type { DebtorsChanged } from '../messaging/protocol';
import type { UiLanguageChoice } from '../ui/language';
import { extensionText } from '../ui/messages';
import { debtorActionsFor } from '../../shared/ui/card/ledger-actions';
import { markTheme, type PageTheme } from './page-theme';
import { guardActions, standing, type OnScreen, type PanelSubject } from './panel-subject';
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
  /** The thread the page shows now (null on a list or an unreadable page). */
  onScreen: () => OnScreen | null;
  /** Whether the page is dark (Gmail's own theme), read each time the panel shows something. */
  theme?: () => PageTheme | null;
  /** What to say when a write is refused because its customer left the page (Gmail's words by default). */
  staleText?: (name: string) => string;
  /** Opens the workspace's debtor page with the claim file's or the letter's dialog (the PDF is never made in a page's tab). */
  openDocument?: (debtorId: string, document: 'claim-file' | 'letter') => void;
}

/** Where a card or a Track form was opened: the thread on screen at the time. */
export interface OpenedFrom {
  threadId: string;
  /**
   * The control that opened it (the chip's button), to give the focus back to, looked up when the
   * panel closes: a chip drawn again meanwhile has a new button. Without it, what has the focus
   * at the time (a clicked button is not focused everywhere: Safari, Firefox on macOS).
   */
  opener?: () => HTMLElement | null;
}

export type Showing =
  | { kind: 'card'; debtorId: string; subject: PanelSubject; name?: string }
  | { kind: 'track'; email: string; subject: PanelSubject }
  | { kind: 'other' }
  | null;

/** The focused element, looking inside open shadow roots (a chip's button is in one). */
function focusedElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}

export class Panel {
  private host: Promise<ShadowHost> | null = null;
  protected showing: Showing = null;
  /** Bumped on every open or close, so an answer that arrives late does not replace a newer view. */
  protected generation = 0;
  /** What had the focus when the panel opened; it gets it back when the user closes the panel. */
  private opener: (() => HTMLElement | null) | null = null;

  constructor(protected readonly deps: PanelDeps) {}

  protected async show(node: ReactNode | null, generation: number): Promise<void> {
    this.host ??= this.deps.createHost();
    const host = await this.host;
    if (generation !== this.generation) return;
    const ui = this.deps.ui();
    if (node !== null && this.deps.theme) markTheme(host.element, this.deps.theme());
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

  protected problem(error: HandlerError, generation: number): Promise<void> {
    const ui = this.deps.ui();
    const text = error.code === 'storage' ? extensionText(ui.language, 'ledgerUnavailable') : errorText(ui.t, error);
    return this.notice(text, generation);
  }

  private notice(text: string, generation: number): Promise<void> {
    const ui = this.deps.ui();
    return this.show(
      <div className="cobro cobro-panel-message" role="status" data-cobro="notice">
        <p>{text}</p>
        <button type="button" className="cobro-panel-close" aria-label={ui.t('common.close')} onClick={() => this.close({ restoreFocus: true })}>
          <span aria-hidden="true">×</span>
        </button>
      </div>,
      generation,
    );
  }

  /** Remembers what has the focus, unless the panel itself has it (one panel view replacing another). */
  protected noteOpener(opener?: () => HTMLElement | null): void {
    if (opener) this.opener = opener;
    else if (document.activeElement?.localName !== 'cobro-panel') {
      const focused = focusedElement(document);
      this.opener = () => focused;
    }
  }

  /** A short notice in place of the panel's content. */
  showNotice(text: string): Promise<void> {
    this.noteOpener();
    this.showing = { kind: 'other' };
    return this.notice(text, ++this.generation);
  }

  /** The debtor's card, for the thread it is opened from. */
  openCard(debtorId: string, from: OpenedFrom): Promise<void> {
    this.noteOpener(from.opener);
    return this.drawCard(debtorId, { threadId: from.threadId, addresses: [] });
  }

  protected async drawCard(debtorId: string, subject: PanelSubject): Promise<void> {
    const generation = ++this.generation;
    const showing: Showing & { kind: 'card' } = { kind: 'card', debtorId, subject };
    this.showing = showing;
    const detail = await this.deps.client.send('debtor-get', { id: debtorId });
    if (generation !== this.generation) return;
    if (!detail.ok) return this.problem(detail.error, generation);
    const { debtor } = detail.value;
    showing.subject = { threadId: subject.threadId, addresses: debtor.emails };
    showing.name = debtor.name;
    // The thread may have changed while the ledger answered.
    if (!this.follow()) return;
    const compose = this.deps.composeFor?.(debtor);
    const emailInsteadOfCall = this.deps.composeFor?.(debtor, { step: 'call' });
    const actions = guardActions(
      debtorActionsFor(this.deps.client, debtorId),
      () => this.showing === showing && standing(showing.subject, this.deps.onScreen()) !== 'gone',
      () => void this.stale(debtor.name),
    );
    return this.show(
      <DebtorCard
        key={debtorId}
        detail={detail.value}
        actions={actions}
        onClose={() => this.close({ restoreFocus: true })}
        {...(compose ? { onComposeTemplate: compose } : {})}
        {...(emailInsteadOfCall ? { onEmailInsteadOfCall: emailInsteadOfCall } : {})}
        {...(this.deps.openDocument ? { onOpenDocument: (document: 'claim-file' | 'letter') => this.deps.openDocument!(debtorId, document) } : {})}
      />,
      generation,
    );
  }

  /** A form of the caller's own (a dialog labelled `label`), replacing whatever was open. */
  openDialog(label: string, node: ReactNode): Promise<void> {
    this.noteOpener();
    const generation = ++this.generation;
    this.showing = { kind: 'other' };
    return this.show(
      <section role="dialog" aria-label={label}>
        {node}
      </section>,
      generation,
    );
  }

  /**
   * Closes whatever is open. `restoreFocus` when the user closed it: the focus goes back to what
   * had it before (a panel closed because the page changed leaves the focus where the user put it).
   */
  close(options: { restoreFocus?: boolean } = {}): void {
    // Already closed: a second close (one Escape can reach two handlers) must not undo the first's
    // focus return.
    if (this.showing === null) return;
    const generation = ++this.generation;
    const opener = this.opener;
    this.showing = null;
    this.opener = null;
    void this.show(null, generation).then(() => {
      if (!options.restoreFocus || generation !== this.generation) return;
      const target = opener?.();
      if (target?.isConnected) target.focus();
    });
  }

  /** True when what is open may stay; closes a card or Track form whose thread is gone. */
  follow(): boolean {
    const showing = this.showing;
    if (showing?.kind !== 'card' && showing?.kind !== 'track') return true;
    const screen = this.deps.onScreen();
    const now = standing(showing.subject, screen);
    if (now === 'gone') {
      this.close();
      return false;
    }
    // Another thread with the same customer: the panel is for that one now.
    if (now === 'moved' && screen) showing.subject = { ...showing.subject, threadId: screen.threadId };
    return true;
  }

  /** A write from a panel whose thread is no longer shown: nothing was written, and the user is told. */
  protected stale(name: string): Promise<void> {
    this.opener = null;
    return this.showNotice(this.deps.staleText?.(name) ?? extensionText(this.deps.ui().language, 'panelStale', { name }));
  }

  /** Redraws an open card when its debtor changed elsewhere (a write in this or another tab). */
  refresh(change: DebtorsChanged): void {
    const showing = this.showing;
    if (showing?.kind === 'card' && (change.all || change.debtorIds.includes(showing.debtorId))) void this.drawCard(showing.debtorId, showing.subject);
  }
}
