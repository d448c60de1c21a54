// Status chips in an open conversation: one beside each message from or to a known debtor, an
// offer to track any other sender. One 'debtor-lookup' answers for every address in the thread;
// it is asked again when the thread's addresses change (another thread, a new message) or the
// background says debtors changed. When Gmail's layout cannot be read, nothing is drawn.
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { LedgerClient } from '../../../shared/ledger/client';
import { UiProvider } from '../../../shared/ui/context';
import { StatusChip } from '../../../shared/ui/StatusChip';
import { UnknownSenderChip } from '../../../shared/ui/UnknownSenderChip';
import { allThreadAddresses, chipAnchorFor, readThread, type GmailThread, type ReadThreadResult } from '../thread';
import { viewFromLocation } from '../url';
import { ownAddresses } from './account';
import { planChips, type ChipPlan } from './chip-plan';
import type { Panel, PanelUi } from './panel';
import type { ShadowHost } from './shadow-host';

export interface ThreadChipsDeps {
  doc: Document;
  client: LedgerClient;
  ui: () => PanelUi;
  panel: Panel;
  createHost: (place: (host: HTMLElement) => void) => Promise<ShadowHost>;
  /** Every read of the page, for the layout watch. */
  onRead: (expectThread: boolean, result: ReadThreadResult) => void;
}

interface MountedChip {
  host: Promise<ShadowHost>;
  anchor: Element;
}

export class ThreadChips {
  private chips = new Map<HTMLElement, MountedChip>();
  private askedFor = '';
  private answeredFor = '';
  private matches: DebtorMatch[] = [];

  constructor(private readonly deps: ThreadChipsDeps) {}

  /** Called after every page change. */
  update(): void {
    const { doc } = this.deps;
    const result = readThread(doc);
    this.deps.onRead(viewFromLocation(doc.location.href).view === 'thread', result);
    if (!result.ok) {
      this.removeAll();
      return;
    }
    const thread = result.thread;
    const addresses = allThreadAddresses(thread);
    const key = `${thread.threadId}|${addresses.join(',')}`;
    if (key !== this.askedFor) {
      this.askedFor = key;
      void this.lookUp(key, addresses);
    }
    if (key === this.answeredFor) this.draw(thread);
  }

  /** Debtors changed somewhere: ask again (a new debtor may now own an address shown here). */
  refresh(): void {
    this.askedFor = '';
    this.update();
  }

  stop(): void {
    this.removeAll();
  }

  private async lookUp(key: string, addresses: string[]): Promise<void> {
    const answer = await this.deps.client.send('debtor-lookup', { emails: addresses.slice(0, 200) });
    if (key !== this.askedFor) return;
    // Without an answer the thread keeps whatever it showed; the next change asks again.
    if (!answer.ok) {
      this.askedFor = '';
      return;
    }
    this.matches = answer.value;
    this.answeredFor = key;
    this.update();
  }

  private draw(thread: GmailThread): void {
    const plans = planChips(thread, this.matches, ownAddresses(this.deps.doc.title, thread));
    const wanted = new Set<HTMLElement>();
    for (const plan of plans) {
      const anchor = chipAnchorFor(plan.message.element);
      if (!anchor) continue;
      wanted.add(plan.message.element);
      let chip = this.chips.get(plan.message.element);
      if (chip && chip.anchor !== anchor) {
        this.remove(plan.message.element);
        chip = undefined;
      }
      if (!chip) {
        chip = { anchor, host: this.deps.createHost((host) => anchor.after(host)) };
        this.chips.set(plan.message.element, chip);
      }
      void chip.host.then((host) => host.render(this.chipFor(plan)));
    }
    for (const element of [...this.chips.keys()]) if (!wanted.has(element) || !element.isConnected) this.remove(element);
  }

  private chipFor(plan: ChipPlan) {
    const ui = this.deps.ui();
    const { panel } = this.deps;
    return (
      <UiProvider value={ui}>
        {plan.kind === 'debtor' ? (
          <StatusChip debtor={plan.match.debtor} status={plan.match.status} onOpen={() => void panel.openCard(plan.match.debtor.id)} />
        ) : (
          <UnknownSenderChip email={plan.email} name={plan.name} onTrack={() => void panel.openTrackForm(plan.email, plan.name)} />
        )}
      </UiProvider>
    );
  }

  private remove(element: HTMLElement): void {
    const chip = this.chips.get(element);
    this.chips.delete(element);
    void chip?.host.then((host) => host.remove());
  }

  private removeAll(): void {
    for (const element of [...this.chips.keys()]) this.remove(element);
  }
}
