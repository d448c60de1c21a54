// What Cobro reads from an invoicing tool's page, whoever read it (a tool's recipe or the generic
// scanner). Everything here is the page's own text, untrusted: it is matched against the ledger
// (exact numbers and addresses) and shown as text, never as markup, and a capture from it is only
// a form's first values, confirmed by the user.

/** One invoice as the page shows it; any field the page does not show is null. */
export interface PageInvoice {
  /** Stable for this invoice on this page (the tool's own id when it has one, else the number). */
  key: string;
  number: string | null;
  customer: string | null;
  /** Lower-cased; only when the page shows it. */
  email: string | null;
  /** The total and what is still owed, as written on the page ("€1.234,56", "$1,200.00 USD"). */
  amountText: string | null;
  balanceText: string | null;
  /** An ISO currency code when the page names one outright (a code column, a client's currency); else null. */
  currency: string | null;
  /** ISO days (yyyy-mm-dd) when they could be read unambiguously; else null. */
  issueDate: string | null;
  dueDate: string | null;
  /** The tool's status as Cobro reads it, and the words it was written with. */
  status: PageInvoiceStatus | null;
  statusText: string | null;
  /** The element the chip is placed after (never inside it): the number's cell content or field. */
  anchor: Element;
}

export type PageInvoiceStatus = 'draft' | 'open' | 'partial' | 'paid' | 'void';

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
