// The Office.js namespace, reached in one place so every other module takes it as a parameter
// (tests hand in an office-addin-mock object instead).
import { OfficeHostError } from './errors';

export type OfficeApi = typeof Office;

export function officeApi(): OfficeApi {
  const office = (globalThis as { Office?: OfficeApi }).Office;
  if (!office) throw new OfficeHostError('office-missing', 'Office.js is not loaded: open Cobro from Outlook.');
  return office;
}
