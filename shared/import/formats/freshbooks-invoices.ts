// FreshBooks' invoice export: the Invoice Details columns without "Date Due" (one row per line
// item, Line Totals summed per Invoice #). With no due date, the due date comes from the issue
// date; everything else is read as the Invoice Details report is.
import type { FormatReader } from '../reader';
import { freshbooksReader } from './freshbooks';

type Field = keyof typeof freshbooksReader.fields;

export const freshbooksInvoicesReader: FormatReader<Field> = {
  ...freshbooksReader,
  format: 'freshbooks-invoices',
  fields: { ...freshbooksReader.fields, dateDue: { ...freshbooksReader.fields.dateDue, required: false } },
};
