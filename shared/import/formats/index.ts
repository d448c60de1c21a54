// The formats Cobro recognises by their header, in the order they are tried.
import type { FormatReader } from '../reader';
import { cobroReader } from './cobro';
import { freshbooksReader } from './freshbooks';
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
  zohoReader,
  waveReader,
];
