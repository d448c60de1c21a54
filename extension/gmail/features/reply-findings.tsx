// Under each expanded message a known debtor wrote, what Cobro read in it (shared/ui/ReplyFindings):
// a host right after the message's body, drawn when the thread's chips know who the debtors are.
// The text goes to the background ('reply-read'), where the reader runs; this script never
// carries the reader. Hosts go when the thread changes or the message is folded; the reply is
// read again when the debtor changes (a notice from the background).
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { LedgerClient } from '../../../shared/ledger/client';
import { UiProvider } from '../../../shared/ui/context';
import { ReplyFindings } from '../../../shared/ui/ReplyFindings';
import type { PanelUi } from '../../overlay/panel';
import type { ShadowHost } from '../../overlay/shadow-host';
import { messageBody, messageSentAt, messageText, type GmailThread } from '../thread';
import { sameDrawing } from './thread-chips';

export interface ReplyFindingsDeps {
  client: LedgerClient;
  ui: () => PanelUi;
  createHost: (place: (host: HTMLElement) => void) => Promise<ShadowHost>;
  /** The clock, for a message whose header date cannot be read. */
  now?: () => Date;
}

interface Mounted {
  host: Promise<ShadowHost>;
  body: Element;
  debtorId: string;
  /** What it shows, to skip drawing it again when nothing changed. */
  drawn: readonly unknown[];
}

export class ReplyFindingsUnderMessages {
  private mounted = new Map<HTMLElement, Mounted>();
  /** When each message was first seen, standing in for a header date Gmail did not give. */
  private firstSeen = new WeakMap<Element, string>();
  private revision = 0;
  private shown: { thread: GmailThread | null; owners: ReadonlyMap<string, DebtorMatch>; pending: ReadonlySet<string> } = {
    thread: null,
    owners: new Map(),
    pending: new Set(),
  };

  constructor(private readonly deps: ReplyFindingsDeps) {}

  /**
   * The thread on screen (null: none, or unreadable), the debtor each address belongs to, and the
   * addresses being asked about again: a message from one of those keeps what it shows (the
   * question is asked after every change to the debtor, a recorded promise included).
   */
  show(thread: GmailThread | null, owners: ReadonlyMap<string, DebtorMatch>, pending: ReadonlySet<string> = new Set()): void {
    this.shown = { thread, owners, pending };
    const wanted = new Set<HTMLElement>();
    for (const message of thread?.messages ?? []) {
      if (pending.has(message.from.email) && !message.collapsed && this.mounted.has(message.element)) {
        wanted.add(message.element);
        continue;
      }
      const owner = owners.get(message.from.email);
      // Only then read the body: this runs after every change to the page, and a message's text
      // is a walk of its whole body.
      if (!thread || message.collapsed || !owner) continue;
      const body = messageBody(message.element);
      const text = messageText(message.element);
      if (!body || !text) continue;
      wanted.add(message.element);
      let mounted = this.mounted.get(message.element);
      // Gmail drew the body again (or the debtor is another one): start over after the new body.
      if (mounted && (mounted.body !== body || mounted.debtorId !== owner.debtor.id)) {
        this.remove(message.element);
        mounted = undefined;
      }
      if (!mounted) {
        mounted = { body, debtorId: owner.debtor.id, drawn: [], host: this.deps.createHost((host) => body.after(host)) };
        this.mounted.set(message.element, mounted);
      }
      const ui = this.deps.ui();
      const sentAt = messageSentAt(message.element) ?? this.seenAt(message.element);
      const mail = { host: 'gmail' as const, threadId: thread.threadId, messageId: message.permMessageId ?? message.messageId };
      const drawn = [ui, owner.debtor.id, mail.threadId, mail.messageId, sentAt, text, this.revision];
      if (sameDrawing(mounted.drawn, drawn)) continue;
      mounted.drawn = drawn;
      const node = (
        <UiProvider value={ui}>
          <ReplyFindings
            client={this.deps.client}
            debtorId={owner.debtor.id}
            message={{ mail, text, sentAt }}
            revision={this.revision}
            // The background tells every tab, this one too, that the debtor changed: the chips and
            // these lines are drawn again from that notice.
            onChanged={() => undefined}
          />
        </UiProvider>
      );
      void mounted.host.then((host) => host.render(node));
    }
    for (const element of [...this.mounted.keys()]) if (!wanted.has(element) || !element.isConnected) this.remove(element);
  }

  /** Debtors changed: the replies of those shown here are read again (all of them after bulk work). */
  refresh(change: { debtorIds: readonly string[]; all: boolean }): void {
    const shownDebtors = new Set([...this.mounted.values()].map((mounted) => mounted.debtorId));
    if (!change.all && !change.debtorIds.some((id) => shownDebtors.has(id))) return;
    this.revision += 1;
    this.show(this.shown.thread, this.shown.owners, this.shown.pending);
  }

  stop(): void {
    for (const element of [...this.mounted.keys()]) this.remove(element);
  }

  private seenAt(element: Element): string {
    let seen = this.firstSeen.get(element);
    if (seen === undefined) {
      seen = (this.deps.now?.() ?? new Date()).toISOString();
      this.firstSeen.set(element, seen);
    }
    return seen;
  }

  private remove(element: HTMLElement): void {
    const mounted = this.mounted.get(element);
    this.mounted.delete(element);
    void mounted?.host.then((host) => host.remove());
  }
}
