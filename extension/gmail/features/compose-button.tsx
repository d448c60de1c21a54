// A Cobro button in every compose toolbar (popup, full screen, inline reply), and Alt+Shift+C
// while typing in a compose: both open the template picker for the debtor the message is to.
// One click on "Insert" puts the filled-in template at the cursor as HTML, through the browser's
// editing commands so Gmail's undo works and its autosave sees the change, and fills the
// subject if it is empty. Which template went in is remembered for the send that follows.
// Until the business profile is set up the picker previews only, and offers the setup instead.
import type { LedgerClient } from '../../../shared/ledger/client';
import type { TemplatePurpose } from '../../../shared/ledger/schema';
import type { TemplatePickerItem } from '../../../shared/ui/TemplatePicker';
import { extensionText } from '../../ui/messages';
import { findComposeViews, insertHtmlAtCursor, setSubjectIfEmpty, type ComposeView } from '../compose';
import { lookUpDebtors, type LookupCache } from './lookup-cache';
import type { PanelUi } from '../../overlay/panel';
import type { GmailPanel as Panel } from './gmail-panel';
import type { ProfileCache } from '../../overlay/profile-cache';
import type { ShadowHost } from '../../overlay/shadow-host';
import type { TemplateInsertions } from './template-insertions';
import { markTheme, pageTheme } from '../../overlay/page-theme';

export const COMPOSE_SHORTCUT = 'Alt+Shift+C';

export interface ComposeButtonsDeps {
  doc: Document;
  client: LedgerClient;
  ui: () => PanelUi;
  panel: Panel;
  insertions: TemplateInsertions;
  createHost: (place: (host: HTMLElement) => void) => Promise<ShadowHost>;
  /** The tab's lookup answers, kept for the chips: a picker's lookup adds to them. */
  cache?: LookupCache;
  /** The stored settings, read once per tab: the picker needs to know whether the setup is done. */
  profile: Pick<ProfileCache, 'get'>;
  /** Opens the first-run setup (in the workspace, through the background). */
  openSetup(): void;
}

interface Equipped {
  host: Promise<ShadowHost>;
  view: ComposeView;
}

/** A <td> when the anchor is a table cell, so the toolbar row stays a valid row. */
function placeAfter(anchor: HTMLElement, host: HTMLElement): void {
  if (anchor.tagName === 'TD') {
    const cell = anchor.ownerDocument.createElement('td');
    cell.dataset.cobroSlot = 'compose-button';
    cell.append(host);
    anchor.after(cell);
  } else {
    anchor.after(host);
  }
}

function removeHost(host: ShadowHost): void {
  const cell = host.element.parentElement;
  host.remove();
  if (cell?.dataset.cobroSlot === 'compose-button' && cell.childElementCount === 0) cell.remove();
}

/** Whether a key event is the picker shortcut: Alt+Shift+C, by physical key so layouts agree. */
export function isComposeShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyC';
}

export class ComposeButtons {
  private equipped = new Map<HTMLElement, Equipped>();

  constructor(private readonly deps: ComposeButtonsDeps) {}

  update(): void {
    const views = findComposeViews(this.deps.doc);
    const live = new Set<HTMLElement>();
    for (const view of views) {
      live.add(view.root);
      const current = this.equipped.get(view.root);
      if (current) {
        current.view = view;
        continue;
      }
      const anchor = view.toolbarAnchor;
      if (!anchor) continue;
      const host = this.deps.createHost((element) => placeAfter(anchor, element));
      const entry: Equipped = { host, view };
      this.equipped.set(view.root, entry);
      void host.then((h) => {
        markTheme(h.element, pageTheme(anchor));
        h.render(this.button(view.root));
      });
    }
    for (const [root, entry] of [...this.equipped]) {
      if (live.has(root) && root.isConnected) continue;
      this.equipped.delete(root);
      void entry.host.then(removeHost);
    }
  }

  /** The compose a key event happened in, if any. */
  composeAround(target: EventTarget | null): ComposeView | undefined {
    if (!(target instanceof Node)) return undefined;
    return findComposeViews(this.deps.doc).find((view) => view.root.contains(target));
  }

  stop(): void {
    for (const entry of this.equipped.values()) void entry.host.then(removeHost);
    this.equipped.clear();
  }

  private button(root: HTMLElement) {
    const ui = this.deps.ui();
    return (
      <button
        type="button"
        className="cobro-compose-button"
        data-cobro="compose-button"
        aria-keyshortcuts={COMPOSE_SHORTCUT}
        title={extensionText(ui.language, 'composeButtonHint')}
        onMouseDown={(event) => event.preventDefault() /* keep the caret where it is in the message */}
        onClick={() => {
          const view = this.equipped.get(root)?.view ?? findComposeViews(this.deps.doc).find((v) => v.root === root);
          if (view) void this.openPicker(view);
        }}
      >
        {extensionText(ui.language, 'composeButton')}
      </button>
    );
  }

  /**
   * Opens the picker for the debtor this compose is addressed to. With `step`, the send is
   * logged as that ladder step whatever template goes in (an e-mail sent instead of the call).
   */
  async openPicker(view: ComposeView, options: { step?: TemplatePurpose } = {}): Promise<void> {
    const { client, panel } = this.deps;
    const ui = this.deps.ui();
    const caret = savedCaret(view);
    const recipients = view.recipients();
    if (recipients.length === 0) return panel.showNotice(extensionText(ui.language, 'noRecipient'));
    const { cache } = this.deps;
    const found = cache ? await lookUpDebtors(client, cache, recipients) : await client.send('debtor-lookup', { emails: recipients.slice(0, 200) });
    if (!found.ok) return panel.showNotice(extensionText(ui.language, 'ledgerUnavailable'));
    const match = recipients.map((address) => found.value.find((m) => m.debtor.emails.includes(address))).find((m) => m !== undefined);
    if (!match) return panel.showNotice(extensionText(ui.language, 'noTrackedRecipient'));
    const [templates, settings] = await Promise.all([client.send('templates-for-debtor', { debtorId: match.debtor.id }), this.deps.profile.get()]);
    if (!templates.ok || settings === null) return panel.showNotice(extensionText(ui.language, 'ledgerUnavailable'));
    return panel.openPicker({
      debtor: match.debtor,
      items: templates.value.items,
      recommended: templates.value.recommended,
      policy: templates.value.policy,
      settings,
      onInsert: (item) => {
        panel.close();
        this.insert(view, item, caret, options.step);
      },
      onOpenSetup: () => {
        panel.close();
        this.deps.openSetup();
      },
    });
  }

  private insert(view: ComposeView, item: TemplatePickerItem, caret: Range | null, step?: TemplatePurpose): void {
    if (!item.rendered.ok) return;
    restoreCaret(view, caret);
    insertHtmlAtCursor(view.body, item.rendered.html);
    if (view.subject && view.subject.type !== 'hidden') setSubjectIfEmpty(view.subject, item.rendered.subject);
    this.deps.insertions.record(view, {
      templateId: item.template.id,
      step: step ?? item.template.purpose,
      ...(item.invoiceIds.length > 0 ? { invoiceIds: [...item.invoiceIds] } : {}),
    });
  }
}

/** The caret in the message body when the picker opened (the picker takes focus meanwhile). */
function savedCaret(view: ComposeView): Range | null {
  const selection = view.body.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return view.body.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

function restoreCaret(view: ComposeView, caret: Range | null): void {
  if (!caret || !view.body.contains(caret.commonAncestorContainer)) return;
  const selection = view.body.ownerDocument.getSelection();
  view.body.focus({ preventScroll: true });
  selection?.removeAllRanges();
  selection?.addRange(caret);
}
