// Status chips in an open conversation: one beside each message from or to a known debtor, an
// offer to track any other sender. What the tab already knows (lookup-cache.ts) is painted in the
// same task that finds the thread; then one 'debtor-lookup' for every address in the thread (in
// the next task, when all were known) revalidates it, and only chips whose content changed are
// drawn again. It is asked again when
// the thread's addresses change (another thread, a new message) or the background says debtors
// changed. When Gmail's layout cannot be read, nothing is drawn.
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import type { LedgerClient } from '../../../shared/ledger/client';
import { UiProvider } from '../../../shared/ui/context';
import { StatusChip } from '../../../shared/ui/StatusChip';
import { UnknownSenderChip } from '../../../shared/ui/UnknownSenderChip';
import { allThreadAddresses, chipAnchorFor, readThread, type GmailThread, type ReadThreadResult } from '../thread';
import { viewFromLocation } from '../url';
import { ownAddresses } from './account';
import { planChips, type ChipPlan } from './chip-plan';
import { lookUpDebtors, type LookupCache } from './lookup-cache';
import { nextTask } from '../../overlay/next-task';
import { markTheme, pageTheme, type PageTheme } from '../../overlay/page-theme';
import type { PanelUi } from '../../overlay/panel';
import type { GmailPanel as Panel } from './gmail-panel';
import type { ShadowHost } from '../../overlay/shadow-host';

export interface ThreadChipsDeps {
  doc: Document;
  client: LedgerClient;
  ui: () => PanelUi;
  panel: Panel;
  /** The tab's answers so far; every lookup made here is kept in it. */
  cache: LookupCache;
  createHost: (place: (host: HTMLElement) => void) => Promise<ShadowHost>;
  /** Every read of the page, for the layout watch. */
  onRead: (expectThread: boolean, result: ReadThreadResult) => void;
  /**
   * After each drawing: the thread (null when none could be read), the debtor owning each of its
   * addresses known so far, and the addresses still being asked about (what shows for them stays).
   */
  onDrawn?: (thread: GmailThread | null, owners: ReadonlyMap<string, DebtorMatch>, pending: ReadonlySet<string>) => void;
}

interface MountedChip {
  host: Promise<ShadowHost>;
  /** The host once placed: its button gets the focus back when the panel it opened closes. */
  placed?: ShadowHost;
  anchor: Element;
  /** What it shows, to skip drawing it again when an answer changed nothing. */
  drawn: readonly unknown[] | undefined;
}

type DrawnPlan = Exclude<ChipPlan, { kind: 'pending' }>;

export class ThreadChips {
  private chips = new Map<HTMLElement, MountedChip>();
  private askedFor = '';
  /** The thread's addresses and what is known about each; undefined while unanswered. */
  private known = new Map<string, DebtorMatch | null | undefined>();
  /** Only the newest lookup's answer is drawn. */
  private lookups = 0;
  /** The page's theme, read once per thread when its first chip is placed (undefined: not read yet). */
  private theme: PageTheme | null | undefined;

  constructor(private readonly deps: ThreadChipsDeps) {}

  /** Called after every page change. */
  update(): void {
    const { doc } = this.deps;
    const result = readThread(doc);
    this.deps.onRead(viewFromLocation(doc.location.href).view === 'thread', result);
    if (!result.ok) {
      this.removeAll();
      this.deps.onDrawn?.(null, new Map(), new Set());
      return;
    }
    const thread = result.thread;
    const addresses = allThreadAddresses(thread);
    const key = `${thread.threadId}|${addresses.join(',')}`;
    if (key !== this.askedFor) {
      this.askedFor = key;
      this.theme = undefined;
      // Start from what the tab knows, then ask about all of them (the answers may be old).
      this.known = new Map(addresses.map((address) => [address, this.deps.cache.get(address)]));
      // With every address known, the chips are drawn below from the cache and the question can
      // wait for the next task: sending it here would hold up the frame that paints them.
      const allKnown = [...this.known.values()].every((known) => known !== undefined);
      void this.lookUp(key, addresses, allKnown);
    }
    this.draw(thread);
  }

  /** Debtors changed somewhere: ask again (a new debtor may now own an address shown here). */
  refresh(): void {
    this.askedFor = '';
    this.update();
  }

  stop(): void {
    this.removeAll();
    this.deps.onDrawn?.(null, new Map(), new Set());
  }

  private async lookUp(key: string, addresses: string[], afterThisTask: boolean): Promise<void> {
    const lookup = ++this.lookups;
    if (afterThisTask) {
      await nextTask();
      if (lookup !== this.lookups || key !== this.askedFor) return;
    }
    const answer = await lookUpDebtors(this.deps.client, this.deps.cache, addresses);
    if (lookup !== this.lookups || key !== this.askedFor) return;
    // Without an answer the thread keeps whatever it showed; the next change asks again.
    if (!answer.ok) {
      this.askedFor = '';
      return;
    }
    const owner = new Map<string, DebtorMatch>();
    for (const match of answer.value) for (const address of match.debtor.emails) owner.set(address, match);
    this.known = new Map(addresses.map((address) => [address, owner.get(address) ?? null]));
    this.update();
  }

  private draw(thread: GmailThread): void {
    const matches = new Map<string, DebtorMatch>();
    const pending = new Set<string>();
    for (const [address, known] of this.known) {
      if (known === undefined) pending.add(address);
      else if (known !== null) matches.set(known.debtor.id, known);
    }
    const plans = planChips(thread, [...matches.values()], ownAddresses(this.deps.doc.title, thread), pending);
    const wanted = new Set<HTMLElement>();
    for (const plan of plans) {
      const element = plan.message.element;
      if (plan.kind === 'pending') {
        // Whatever it shows stays until the answer comes.
        if (this.chips.has(element)) wanted.add(element);
        continue;
      }
      const anchor = chipAnchorFor(element);
      if (!anchor) continue;
      wanted.add(element);
      let chip = this.chips.get(element);
      if (chip && chip.anchor !== anchor) {
        this.remove(element);
        chip = undefined;
      }
      if (!chip) {
        this.theme ??= pageTheme(anchor);
        const theme = this.theme;
        const mounted: MountedChip = {
          anchor,
          drawn: undefined,
          host: this.deps.createHost((host) => anchor.after(host)).then((created) => {
            markTheme(created.element, theme);
            mounted.placed = created;
            return created;
          }),
        };
        chip = mounted;
        this.chips.set(element, chip);
      }
      const drawn = this.drawnOf(plan, thread.threadId);
      if (chip.drawn !== undefined && sameDrawing(chip.drawn, drawn)) continue;
      chip.drawn = drawn;
      const node = this.chipFor(plan, thread.threadId);
      void chip.host.then((host) => host.render(node));
    }
    for (const element of [...this.chips.keys()]) if (!wanted.has(element) || !element.isConnected) this.remove(element);
    if (this.deps.onDrawn) {
      const owners = new Map<string, DebtorMatch>();
      for (const [address, known] of this.known) if (known) owners.set(address, known);
      this.deps.onDrawn(thread, owners, pending);
    }
  }

  /** Everything a chip's content depends on. */
  private drawnOf(plan: DrawnPlan, threadId: string): readonly unknown[] {
    const ui = this.deps.ui();
    return plan.kind === 'debtor' ? [ui, threadId, 'debtor', contentOf(plan.match)] : [ui, threadId, 'unknown', plan.email, plan.name];
  }

  private chipFor(plan: DrawnPlan, threadId: string) {
    const ui = this.deps.ui();
    const { panel } = this.deps;
    // The button of this message's chip, looked up when the panel closes: the chip may have been
    // placed again meanwhile (a new host, a new button).
    const message = plan.message.element;
    const from = () => ({ threadId, opener: () => this.chips.get(message)?.placed?.find('button') ?? null });
    return (
      <UiProvider value={ui}>
        {plan.kind === 'debtor' ? (
          <StatusChip debtor={plan.match.debtor} status={plan.match.status} onOpen={() => void panel.openCard(plan.match.debtor.id, from())} />
        ) : (
          <UnknownSenderChip email={plan.email} name={plan.name} onTrack={() => void panel.openTrackForm(plan.email, plan.name, from())} />
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

// A revalidated answer is a new object with, most of the time, the same content.
const contents = new WeakMap<DebtorMatch, string>();

function contentOf(match: DebtorMatch): string {
  let content = contents.get(match);
  if (content === undefined) {
    content = JSON.stringify([match.debtor, match.status]);
    contents.set(match, content);
  }
  return content;
}

/** Whether a chip (or a line under a message) would show the same things as last time. */
export function sameDrawing(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
