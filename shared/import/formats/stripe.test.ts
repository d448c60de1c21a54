import { describe, expect, it } from 'vitest';
import { parsed, rejections, tuple, type RowTuple } from '../__fixtures__/support';

const HEADER = 'id,Customer Name,Customer Email,Amount Due,Amount Paid,Amount Remaining,Total,Currency,Status,Number,Date (UTC),Due Date (UTC),Paid';

function stripe(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

describe('stripe invoices', () => {
  it.each<[string, string, RowTuple]>([
    ['open, currency in lower case', 'in_1,Ann,ann@example.com,10.00,0.00,10.00,10.00,eur,open,A-1,2026-01-05 10:00,2026-02-04 10:00,false', [2, 'Ann', ['ann@example.com'], 'A-1', 'EUR', 1000, 0, '2026-01-05', '2026-02-04', 'open']],
    ['paid', 'in_1,Ann,ann@example.com,10.00,10.00,0.00,10.00,usd,paid,A-1,2026-01-05 10:00,2026-02-04 10:00,true', [2, 'Ann', ['ann@example.com'], 'A-1', 'USD', 1000, 1000, '2026-01-05', '2026-02-04', 'paid']],
    ['credit applied lowers what is due', 'in_1,Ann,ann@example.com,6.00,0.00,6.00,10.00,usd,open,A-1,2026-01-05 10:00,2026-02-04 10:00,false', [2, 'Ann', ['ann@example.com'], 'A-1', 'USD', 1000, 400, '2026-01-05', '2026-02-04', 'open']],
    ['no name: the address names the customer', 'in_1,,ann@example.com,10.00,0.00,10.00,10.00,usd,open,A-1,2026-01-05 10:00,2026-02-04 10:00,false', [2, 'ann@example.com', ['ann@example.com'], 'A-1', 'USD', 1000, 0, '2026-01-05', '2026-02-04', 'open']],
    ['void', 'in_1,Ann,ann@example.com,10.00,0.00,10.00,10.00,usd,void,A-1,2026-01-05 10:00,2026-02-04 10:00,false', [2, 'Ann', ['ann@example.com'], 'A-1', 'USD', 1000, 0, '2026-01-05', '2026-02-04', 'void']],
  ])('%s', (_, line, expected) => {
    const result = parsed(stripe(line));
    expect(result.format).toBe('stripe-invoices');
    expect(result.rejected).toEqual([]);
    expect(result.rows.map(tuple)).toEqual([expected]);
  });

  it.each<[string, string, string]>([
    ['a draft (no number yet)', 'in_1,Ann,ann@example.com,10.00,0.00,10.00,10.00,usd,draft,,2026-01-05 10:00,,false', 'skipped-status'],
    ['a currency Stripe never writes', 'in_1,Ann,ann@example.com,10.00,0.00,10.00,10.00,xyz,open,A-1,2026-01-05 10:00,,false', 'bad-currency'],
    ['no name and no address', 'in_1,,,10.00,0.00,10.00,10.00,usd,open,A-1,2026-01-05 10:00,,false', 'missing-value'],
  ])('rejects %s', (_, line, code) => {
    expect(rejections(parsed(stripe(line)))).toEqual([[2, code]]);
  });
});
