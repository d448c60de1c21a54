// What Cobro reads from an invoicing tool's page, whoever read it (a tool's recipe or the generic
// scanner). Everything here is the page's own text, untrusted: it is matched against the ledger
// (exact numbers and addresses) and shown as text, never as markup, and a capture from it is only
// a form's first values, confirmed by the user.
import type { CaptureDraft } from '../../shared/sites/capture-draft';

/**
 * One invoice as the page shows it; any field the page does not show is null. Its fields are those
 * of the capture form's draft (shared/sites/capture-draft.ts), so a reading starts "Add to Cobro" as is.
 */
export interface PageInvoice extends CaptureDraft {
  /** Stable for this invoice on this page (the tool's own id when it has one, else the number). */
  key: string;
  /** The tool's words for its status, as written. */
  statusText: string | null;
  /** The element the chip is placed beside: the number's link or field. */
  anchor: Element;
}

export type PageInvoiceStatus = NonNullable<CaptureDraft['status']>;

/** A page the recipe recognises: one invoice open, or a list of them. */
export type PageKind = 'list' | 'invoice';

export type RecipeRead =
  | { ok: true; kind: PageKind; invoices: PageInvoice[] }
  /** The route is the tool's, but its anchors are not on the page: it changed, or is still loading. */
  | { ok: false; missing: string };

/** A tool Cobro knows the pages of. Data first: where things are is in its selectors module. */
export interface Recipe {
  /** 'invoice-ninja' */
  id: string;
  /** The tool's own name, for diagnostics and the UI ("Invoice Ninja"). */
  name: string;
  /** Which page this full URL (with its #fragment) is, or null when it is none of the tool's invoice pages. */
  route(url: string): PageKind | null;
  /** Reads the page; pure, no waiting, no side effects. */
  read(doc: Document, kind: PageKind): RecipeRead;
}
