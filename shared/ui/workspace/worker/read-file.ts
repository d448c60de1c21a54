// A chosen file as the text the import reads. CSV and other text pass through; an .xlsx (known
// by its zip signature, not its name) is opened with read-excel-file and its table written as
// CSV; spreadsheets Cobro cannot open (.xls, .ods, .numbers, a password-protected or damaged
// .xlsx) are refused with a failure that says which, so the user knows what to save it as.
// The 'universal' build of read-excel-file: the same fflate + saxen reader as its 'web-worker'
// build, without worker-f (which that build imports but does not use, and which would ship a
// second blob:-URL worker maker). See harden-bundle.ts for fflate's own workers.
import readXlsxFile from 'read-excel-file/universal';
import { fileKind, spreadsheetToText, XLSX_READ_OPTIONS, type SheetChoice, type SheetInput } from '../../../import/spreadsheet';
import type { DetectedFormat, ImportFailure } from '../../../import/types';

export type FileRead =
  | { ok: true; text: string; sheet: SheetChoice | null }
  | { ok: false; failure: ImportFailure };

/** Nothing was detected in a file that could not be opened. */
export const NOTHING_DETECTED: DetectedFormat = { format: null, delimiter: ',', headerLine: 0, headers: [], confidence: 0 };

const REFUSED: Record<'xls' | 'ods' | 'numbers' | 'locked' | 'other-zip', { code: ImportFailure['code']; message: string }> = {
  xls: { code: 'spreadsheet-xls', message: 'this is an old .xls spreadsheet: open it and save it as .xlsx or CSV' },
  ods: { code: 'spreadsheet-ods', message: 'this is an .ods spreadsheet: open it and save it as .xlsx or CSV' },
  numbers: { code: 'spreadsheet-numbers', message: 'this is a Numbers spreadsheet: export it as .xlsx or CSV' },
  locked: { code: 'spreadsheet-locked', message: 'this spreadsheet is protected with a password: save a copy without one' },
  'other-zip': { code: 'spreadsheet-unreadable', message: 'this is a compressed file, not a spreadsheet Cobro can read' },
};

export async function readImportText(file: Blob): Promise<FileRead> {
  // Eight bytes tell a zip or an OLE file from text; only then is the whole file read as bytes.
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (fileKind(head) === 'text') return { ok: true, text: await file.text(), sheet: null };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = fileKind(bytes);
  if (kind === 'text') return { ok: true, text: await file.text(), sheet: null };
  if (kind !== 'xlsx') return { ok: false, failure: { ok: false, ...REFUSED[kind] } };
  let sheets: SheetInput[];
  try {
    sheets = (await readXlsxFile(new Blob([bytes]), XLSX_READ_OPTIONS)) as SheetInput[];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { ok: false, code: 'spreadsheet-unreadable', message: `the spreadsheet could not be opened (${why})` } };
  }
  const { text, sheet } = spreadsheetToText(sheets);
  return { ok: true, text, sheet };
}
