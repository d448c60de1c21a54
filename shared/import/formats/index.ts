// The formats Cobro recognises by their header, in the order they are tried.
import type { FormatReader } from '../reader';
import { cobroReader } from './cobro';
import { freshbooksReader } from './freshbooks';
import { freshbooksInvoicesReader } from './freshbooks-invoices';
import { invoice2goReader } from './invoice2go';
import { invoicelyReader } from './invoicely';
import { invoiceNinjaReader } from './invoiceninja';
import { invoiceNinjaV4Reader } from './invoiceninja-v4';
import { invoiceNinjaV5Reader } from './invoiceninja-v5';
import { qboReader } from './qbo';
import { stripeReader } from './stripe';
import { waveReader } from './wave';
import { xeroReader } from './xero';
import { zohoReader } from './zoho';

export { mappedReader, mappingProblem } from './mapped';

export const KNOWN_READERS: readonly FormatReader[] = [
  cobroReader,
  invoiceNinjaReader,
  xeroReader,
  qboReader,
  freshbooksReader,
  // Ties go to the earlier reader: the Invoice Details report before the export that lacks its Date Due.
  freshbooksInvoicesReader,
  invoiceNinjaV5Reader,
  invoiceNinjaV4Reader,
  zohoReader,
  waveReader,
  stripeReader,
  invoice2goReader,
  invoicelyReader,
];
