// Test support: the sample exports from the formats handout, copied here so tests do not
// depend on anything outside the repository.
import { readFileSync } from 'node:fs';

export type SampleName =
  | 'cobro'
  | 'invoiceninja-ar-detailed'
  | 'xero-sales-invoices'
  | 'qbo-ar-aging-detail'
  | 'freshbooks-invoice-details';

export function sample(name: SampleName): string {
  return readFileSync(new URL(`./${name}.csv`, import.meta.url), 'utf8');
}
