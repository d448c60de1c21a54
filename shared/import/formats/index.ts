// The formats Cobro recognises by their header, in the order they are tried.
import type { FormatReader } from '../reader';
import { cobroReader } from './cobro';
import { freshbooksReader } from './freshbooks';
import { freshbooksInvoicesReader } from './freshbooks-invoices';
import { invoice2goReader } from './invoice2go';
import { invoicelyReader } from './invoicely';
import { invoiceNinjaReader } from './invoiceninja';
import { qboReader } from './qbo';
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
  zohoReader,
  waveReader,
  invoice2goReader,
  invoicelyReader,
];
