// Remembers which template went into which compose, so the send that follows is logged with it.
// A send names its message ('msg-a:r…'), which is the compose's draft id once Gmail has saved
// the draft; a message sent before its first save is recognised by its recipients instead.
import type { TemplatePurpose } from '../../../shared/ledger/schema';
import type { ComposeView } from '../compose';
import type { SyncRequest } from '../sync';

export interface InsertedTemplate {
  templateId: string;
  step?: TemplatePurpose;
  invoiceIds?: string[];
}

interface Entry {
  view: ComposeView;
  template: InsertedTemplate;
}

type SentMessage = Pick<SyncRequest, 'messageId' | 'to' | 'cc' | 'bcc'>;

function sameAddresses(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((address) => right.has(address));
}

export class TemplateInsertions {
  private entries: Entry[] = [];

  constructor(private readonly limit = 50) {}

  /** The latest template inserted in this compose replaces any earlier one. */
  record(view: ComposeView, template: InsertedTemplate): void {
    this.entries = this.entries.filter((entry) => entry.view.root !== view.root);
    this.entries.push({ view, template });
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * The template of the compose this message was sent from, forgotten once claimed so the
   * same insertion is never attached to two sends. Compose views are read live: Gmail fills in
   * the draft id after the first autosave, and keeps it on a compose it has already closed.
   */
  claim(sent: SentMessage): InsertedTemplate | undefined {
    if (!sent.messageId) return undefined;
    const recipients = [...sent.to, ...sent.cc, ...sent.bcc];
    const newestFirst = [...this.entries].reverse();
    const entry =
      newestFirst.find((candidate) => candidate.view.draftId === sent.messageId) ??
      newestFirst.find((candidate) => candidate.view.draftId === null && sameAddresses(candidate.view.recipients(), recipients));
    if (!entry) return undefined;
    this.entries = this.entries.filter((candidate) => candidate !== entry);
    return entry.template;
  }
}
