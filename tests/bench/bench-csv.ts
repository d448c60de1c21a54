// The CSV the workspace bench imports; no Node imports, so a page-side probe can build it too.
export const BENCH_CSV_INVOICES_PER_DEBTOR = 10;

/** A Cobro CSV of `debtors` customers with ten invoices each, a third of them paid. */
export function benchCsv(debtors: number): string {
  const lines = ['debtor_name,debtor_email,invoice_number,currency,amount,paid,issue_date,due_date,status'];
  const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
  for (let d = 0; d < debtors; d++) {
    for (let i = 0; i < BENCH_CSV_INVOICES_PER_DEBTOR; i++) {
      const month = String(1 + ((d + i) % 12)).padStart(2, '0');
      const amount = 10_000 + ((d * 7919 + i * 104_729) % 900_000);
      const paid = i % 3 === 0 ? amount : 0;
      lines.push(`Cliente ${d},cliente${d}@bench.example,F-${d}-${i},EUR,${money(amount)},${money(paid)},2026-${month}-01,2026-${month}-28,${paid === amount ? 'paid' : 'open'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
