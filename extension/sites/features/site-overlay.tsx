// Cobro on one invoicing tool's tab: reads the invoices the page shows, asks the ledger about
// their numbers and customers' addresses (what is asked once is remembered until the background
// says debtors changed), and draws one chip per invoice in Cobro's own layer.
import type { LedgerClient } from '../../../shared/ledger/client';
import type { DebtorMatch } from '../../../shared/ledger/handlers/debtors';
import { zonedDateOf } from '../../../shared/local-date';
import { memo } from 'react';
import { UiProvider } from '../../../shared/ui/context';
import type { DebtorsChanged } from '../../messaging/protocol';
import type { OnScreen } from '../../overlay/panel-subject';
import type { Panel, PanelUi } from '../../overlay/panel';
import type { ShadowHost } from '../../overlay/shadow-host';
import { extensionText } from '../../ui/messages';
import { planChip, type KnownInvoice, type PageChipPlan, type PageLookup, type PageUpdate } from '../chip-plan';
import type { PageInvoice, PageKind } from '../page-invoice';
import { recipeFor } from '../recipes';
import { readInvoiceForm } from '../page-form';
import { PageScanner } from '../scanner';
import { ChipLayer } from './chip-layer';
import { PageChip } from './PageChip';
import { RecordFromPage } from './RecordFromPage';

/** How long a tool's own page may lack its anchors (still loading) before the scanner takes over. */
export const RECIPE_PATIENCE_MS = 3000;
/** The ledger request's limits. */
const BATCH = 200;
/** Chips drawn per task on a long list. */
const CHUNK = 100;

export interface PageSource {
  /** 'recipe': a known tool's page; 'scanner': any other page; 'waiting': a tool's page still loading. */
  mode: 'recipe' | 'scanner' | 'waiting';
  /** The tool's name, or the site's host. */
  tool: string;
  /** The recipe's id, or 'page' for the scanner: where a captured invoice came from. */
  format: string;
  kind: PageKind | null;
  rows: PageInvoice[];
}

export interface SiteOverlayDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  client: LedgerClient;
  ui: () => PanelUi;
  panel: Panel;
  createLayer: () => Promise<ShadowHost>;
  /** Asks the background to open a Gmail compose to this customer; answers { ok, template }. */
  chase: (debtorId: string) => Promise<unknown>;
  version: string;
  /** Opens "Add to Cobro" for an invoice the page shows. */
  capture?: (row: PageInvoice, tool: string, existing: DebtorMatch | null, format: string) => void;
}

interface Drawn {
  key: string;
  row: PageInvoice;
  plan: PageChipPlan;
  /** What the plan was made from, to keep it (and its drawn chip) while none of it changed. */
  basis: readonly unknown[];
}

/** The parts of a row and of the ledger's answers a chip depends on. */
function basisOf(row: PageInvoice, lookup: PageLookup): unknown[] {
  return [row.anchor, row.number, row.email, row.customer, row.balanceText, row.currency, row.status, lookup.invoices, lookup.debtors[0] ?? null];
}

const sameBasis = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => value === b[index]);

interface ChipActions {
  place(key: string, anchor: Element, element: HTMLElement | null): void;
  openCard(debtorId: string, key: string): void;
  record(known: KnownInvoice, update: PageUpdate, row: PageInvoice, tool: string): void;
  add(row: PageInvoice, tool: string, existing: DebtorMatch | null, format: string): void;
  canAdd(): boolean;
  chase(debtorId: string, name: string): void;
}

interface ChipItemProps {
  item: Drawn;
  language: PanelUi['language'];
  tool: string;
  format: string;
  onInvoicePage: boolean;
  actions: ChipActions;
}

/** One chip in the layer; drawn again only when its plan or the page's kind changed (memo). */
const ChipItem = memo(function ChipItem({ item, language, tool, format, onInvoicePage, actions }: ChipItemProps) {
  const { key, row, plan } = item;
  const customer = plan.kind === 'known' ? plan.known : plan.kind === 'customer' ? plan.match : null;
  const update = plan.kind === 'known' ? plan.update : null;
  return (
    <div className="cobro-layer-chip" data-cobro-key={key} data-cobro-number={row.number ?? ''} ref={(element) => actions.place(key, row.anchor, element)}>
      <PageChip
        language={language}
        tool={tool}
        number={row.number}
        customer={customer ? { debtor: customer.debtor, status: customer.status } : null}
        update={update}
        stacked={!onInvoicePage}
        onOpen={customer ? () => actions.openCard(customer.debtor.id, key) : undefined}
        onRecord={update && plan.kind === 'known' ? () => actions.record(plan.known, update, row, tool) : undefined}
        onAdd={plan.kind === 'known' || row.number === null || !actions.canAdd() ? undefined : () => actions.add(row, tool, plan.kind === 'customer' ? plan.match : null, format)}
        onChase={onInvoicePage && customer ? () => actions.chase(customer.debtor.id, customer.debtor.name) : undefined}
      />
    </div>
  );
});

export class SiteOverlay {
  private readonly layer: ChipLayer;
  private host: Promise<ShadowHost> | null = null;
  private placed: ShadowHost | null = null;
  private source: PageSource = { mode: 'scanner', tool: '', format: 'page', kind: null, rows: [] };
  private readonly numbers = new Map<string, KnownInvoice[]>();
  private readonly emails = new Map<string, DebtorMatch | null>();
  private drawn: Drawn[] = [];
  private failingSince: number | null = null;
  private readonly diagnosed = new Set<string>();
  private scheduled = false;
  private asking: Promise<void> | null = null;
  private patience: number | null = null;
  /** How many chips are drawn so far, and the task that draws the next slice. */
  private limit = 0;
  private growing: number | null = null;
  /** The generic scanner, started the first time no recipe serves the page, and every value it saw. */
  private scanner: PageScanner | null = null;
  private readonly seen = { numbers: new Set<string>(), emails: new Set<string>() };

  constructor(private readonly deps: SiteOverlayDeps) {
    this.layer = new ChipLayer(deps.win, deps.signal);
    deps.signal.addEventListener('abort', () => {
      if (this.patience !== null) deps.win.clearTimeout(this.patience);
      if (this.growing !== null) deps.win.clearTimeout(this.growing);
      void this.host?.then((host) => host.remove());
    });
  }

  /** After any change of the page; reads it once per task however many changes came. */
  update(): void {
    if (this.scheduled || this.deps.signal.aborted) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (!this.deps.signal.aborted) this.refresh();
    });
  }

  /** The background said debtors changed: every answer is asked again. */
  forget(_change: DebtorsChanged): void {
    this.numbers.clear();
    this.emails.clear();
    this.refresh();
  }

  /** What the panel belongs to: this page, and the customers whose chips it shows. */
  onScreen(): OnScreen | null {
    const addresses = new Set<string>();
    for (const item of this.drawn) {
      const debtor = item.plan.kind === 'known' ? item.plan.known.debtor : item.plan.kind === 'customer' ? item.plan.match.debtor : null;
      for (const address of debtor?.emails ?? []) addresses.add(address);
    }
    return { threadId: this.deps.doc.location.href, addresses };
  }

  /** The page as Cobro reads it now. */
  read(): PageSource {
    const { doc } = this.deps;
    const href = doc.location.href;
    const found = recipeFor(href);
    if (found) {
      const result = found.recipe.read(doc, found.kind);
      if (result.ok) {
        this.failingSince = null;
        return { mode: 'recipe', tool: found.recipe.name, format: found.recipe.id, kind: found.kind, rows: result.invoices };
      }
      // Elsewhere a matching route is only a guess that this is the tool: no diagnostic, no wait.
      if (found.home) {
        const now = Date.now();
        this.failingSince ??= now;
        if (now - this.failingSince < RECIPE_PATIENCE_MS) {
          // Nothing may change on the page meanwhile: look again when the patience runs out.
          if (this.patience === null) {
            this.patience = this.deps.win.setTimeout(() => {
              this.patience = null;
              this.update();
            }, RECIPE_PATIENCE_MS);
          }
          return { mode: 'waiting', tool: found.recipe.name, format: found.recipe.id, kind: found.kind, rows: [] };
        }
        this.diagnose(`site-layout`, `${found.recipe.id} ${found.kind}: ${result.missing}`, `${found.recipe.id}:${found.kind}`);
      }
    }
    return { mode: 'scanner', tool: doc.location.host, format: 'page', kind: null, rows: this.scan() };
  }

  /** What the scanner found that the ledger knows, one row per place it is written; and the invoice a form shows. */
  private scan(): PageInvoice[] {
    const { doc, win, signal } = this.deps;
    if (!this.scanner) {
      this.scanner = new PageScanner({
        root: doc,
        win: win as Window & typeof globalThis,
        isOwnNode: (node) => node.nodeName.startsWith('COBRO-'),
        ask: (batch) => this.ask(batch),
        onFound: (candidates) => {
          for (const candidate of candidates) (candidate.kind === 'email' ? this.seen.emails : this.seen.numbers).add(candidate.value);
          this.update();
        },
      });
      this.scanner.start(signal);
    }
    const rows: PageInvoice[] = [];
    const form = readInvoiceForm(doc);
    const blank = { customer: null, amountText: null, balanceText: null, currency: null, issueDate: null, dueDate: null, status: null, statusText: null };
    for (const number of this.seen.numbers) {
      if (!this.numbers.get(number)?.length) continue;
      for (const anchor of this.scanner.anchorsOf('number', number)) {
        if (anchor !== form?.anchor) rows.push({ ...blank, key: number, number, email: null, anchor });
      }
    }
    for (const email of this.seen.emails) {
      if (!this.emails.get(email)) continue;
      for (const anchor of this.scanner.anchorsOf('email', email)) rows.push({ ...blank, key: email, number: null, email, anchor });
    }
    if (form) rows.push(form);
    return rows;
  }

  private diagnose(code: string, detail: string, what: string): void {
    if (this.diagnosed.has(what)) return;
    this.diagnosed.add(what);
    void this.deps.client.send('diagnostic-record', { code, detail: detail.slice(0, 2000), dedupeKey: `${code}:${what}:${this.deps.version}` });
  }

  private refresh(): void {
    this.source = this.read();
    const missing = this.unasked(this.source.rows);
    if (missing.numbers.length > 0 || missing.emails.length > 0) void this.ask(missing);
    this.draw();
  }

  private unasked(rows: readonly PageInvoice[]): { numbers: string[]; emails: string[] } {
    // What the scanner saw is asked again after the ledger changed, like what the rows show.
    const numbers = new Set<string>([...this.seen.numbers].filter((number) => !this.numbers.has(number)));
    const emails = new Set<string>([...this.seen.emails].filter((email) => !this.emails.has(email)));
    for (const row of rows) {
      const number = row.number?.trim();
      if (number && number.length <= 60 && !this.numbers.has(number)) numbers.add(number);
      if (row.email && !this.emails.has(row.email)) emails.add(row.email);
    }
    return { numbers: [...numbers], emails: [...emails] };
  }

  /** Values waiting to be asked about; one question is out at a time, and what arrives meanwhile goes in the next. */
  private readonly pending = { numbers: new Set<string>(), emails: new Set<string>() };

  private ask(missing: { numbers: readonly string[]; emails: readonly string[] }): Promise<void> {
    for (const number of missing.numbers) if (!this.numbers.has(number)) this.pending.numbers.add(number);
    for (const email of missing.emails) if (!this.emails.has(email)) this.pending.emails.add(email);
    this.asking ??= this.drain().finally(() => (this.asking = null));
    return this.asking;
  }

  private async drain(): Promise<void> {
    const take = (set: Set<string>) => {
      const taken = [...set].slice(0, BATCH);
      for (const value of taken) set.delete(value);
      return taken;
    };
    while (this.pending.numbers.size > 0 || this.pending.emails.size > 0) {
      const numbers = take(this.pending.numbers);
      const emails = take(this.pending.emails);
      const answer = await this.deps.client.send('page-lookup', { numbers, emails });
      // Unanswered (the extension was reloaded): the page is left as it is; the next change asks again.
      if (!answer.ok || this.deps.signal.aborted) return;
      const lookup: PageLookup = answer.value;
      for (const number of numbers) this.numbers.set(number, []);
      for (const known of lookup.invoices) this.numbers.get(known.number)?.push(known);
      for (const email of emails) this.emails.set(email, null);
      for (const match of lookup.debtors) for (const email of match.matchedEmails) this.emails.set(email, match);
      // The scanner's rows are built from what is known: read them again.
      if (this.source.mode === 'scanner') this.source = this.read();
      this.draw();
    }
  }

  private lookupFor(row: PageInvoice): PageLookup | null {
    const number = row.number?.trim() ?? '';
    const invoices = this.numbers.get(number);
    const match = row.email === null ? null : this.emails.get(row.email);
    if (invoices === undefined || match === undefined) return null;
    return { invoices, debtors: match ? [match] : [] };
  }

  private draw(): void {
    const { mode, rows } = this.source;
    const drawn: Drawn[] = [];
    // A page re-read after each of its changes gives the same rows again: their chips are kept as they are.
    const before = new Map(this.drawn.map((item) => [item.key, item]));
    if (mode !== 'waiting') {
      rows.forEach((row, index) => {
        const lookup = this.lookupFor(row);
        if (!lookup) return;
        const key = `${row.key}#${index}`;
        const basis = basisOf(row, lookup);
        const kept = before.get(key);
        if (kept && sameBasis(kept.basis, basis)) {
          drawn.push(kept);
          return;
        }
        const plan = planChip(row, lookup);
        if (plan.kind !== 'none') drawn.push({ key, row, plan, basis });
      });
    }
    this.drawn = drawn;
    if (drawn.length === 0 && this.host === null) return;
    this.render();
  }

  /**
   * Draws the first `limit` chips, and the rest a slice per task: a long list's chips drawn at once
   * were a task of their own past 50 ms, on pages that are busy enough loading their rows.
   */
  private render(): void {
    const drawn = this.drawn;
    const limit = Math.min(drawn.length, Math.max(this.limit, CHUNK));
    if (limit < drawn.length && this.growing === null) {
      this.growing = this.deps.win.setTimeout(() => {
        this.growing = null;
        this.limit = limit + CHUNK;
        this.render();
      }, 0);
    }
    this.host ??= this.deps.createLayer();
    const ui = this.deps.ui();
    void this.host.then((host) => {
      if (this.deps.signal.aborted || this.drawn !== drawn) return;
      // Its own layout box (site-css.ts): chips drawn or moved never lay the page out again.
      host.element.setAttribute('data-cobro-layer', '');
      this.placed = host;
      const { tool, format, kind } = this.source;
      const onInvoicePage = kind === 'invoice';
      host.render(
        <UiProvider value={ui}>
          <div className="cobro cobro-layer" role="region" aria-label={extensionText(ui.language, 'siteLayerLabel')} data-cobro="page-layer">
            {drawn.slice(0, limit).map((item) => (
              <ChipItem key={item.key} item={item} language={ui.language} tool={tool} format={format} onInvoicePage={onInvoicePage} actions={this.actions} />
            ))}
          </div>
        </UiProvider>,
      );
      this.layer.place();
    });
  }

  /** What a chip's buttons do; one object for the overlay's life, so a chip drawn again with the same plan is not re-rendered. */
  private readonly actions: ChipActions = {
    place: (key, anchor, element) => {
      if (element) this.layer.set(key, { anchor, element });
      else this.layer.delete(key);
    },
    openCard: (debtorId, key) => void this.openCard(debtorId, key),
    record: (known, update, row, tool) => this.openRecord(known, update, row, tool),
    add: (row, tool, existing, format) => this.deps.capture?.(row, tool, existing, format),
    canAdd: () => this.deps.capture !== undefined,
    chase: (debtorId, name) => void this.chase(debtorId, name),
  };

  /** The chip's first button, looked up when the panel closes (the chip may have been drawn again). */
  private opener(key: string): () => HTMLElement | null {
    return () => this.placed?.find(`[data-cobro-key="${CSS.escape(key)}"] button`) ?? null;
  }

  private openCard(debtorId: string, key: string): Promise<void> {
    return this.deps.panel.openCard(debtorId, { threadId: this.deps.doc.location.href, opener: this.opener(key) });
  }

  private openRecord(known: KnownInvoice, update: PageUpdate, row: PageInvoice, tool: string): void {
    const ui = this.deps.ui();
    const number = known.invoice.number;
    void this.deps.panel.openDialog(
      extensionText(ui.language, 'recordTitle', { tool }),
      <RecordFromPage
        language={ui.language}
        tool={tool}
        number={number}
        name={known.debtor.name}
        update={update}
        today={zonedDateOf(known.debtor.timeZone, new Date())}
        onCancel={() => this.deps.panel.close({ restoreFocus: true })}
        onSubmit={async (date) => {
          // The page may have moved on while the form was open: write only for an invoice still shown.
          if (!this.source.rows.some((shown) => shown.number?.trim() === row.number?.trim())) {
            void this.deps.panel.showNotice(extensionText(ui.language, 'sitePanelStale', { name: known.debtor.name }));
            return { ok: true, value: null };
          }
          const result = await this.deps.client.send('payment-record', {
            debtorId: known.debtor.id,
            currency: update.currency,
            amount: update.ledgerBalance - update.pageBalance,
            date,
            note: extensionText(ui.language, 'recordNote', { tool }),
            invoiceIds: [known.invoice.id],
          });
          if (result.ok) this.deps.panel.close({ restoreFocus: true });
          return result;
        }}
      />,
    );
  }

  private async chase(debtorId: string, name: string): Promise<void> {
    const language = this.deps.ui().language;
    const reply = (await this.deps.chase(debtorId).catch(() => null)) as { ok?: boolean; template?: boolean } | null;
    if (!reply?.ok) void this.deps.panel.showNotice(extensionText(language, 'siteChaseFailed'));
    else if (!reply.template) void this.deps.panel.showNotice(extensionText(language, 'siteChaseNoTemplate', { name }));
  }
}
