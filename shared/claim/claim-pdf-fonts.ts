// DejaVu Sans for documents with names outside WinAnsi (see claim-pdf-kit.ts). Each TTF is its
// own asset, fetched from the extension or add-in's own files only when a document needs it:
// neither font is in any script that loads with a page. DejaVu fonts: free licence (Bitstream
// Vera derivative), node_modules/dejavu-fonts-ttf/LICENSE.
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { PdfFonts } from './claim-pdf-kit';

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not read the PDF font (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadDejaVuSans(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([bytesOf(regularUrl), bytesOf(boldUrl)]);
  return { regular, bold };
}
