// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgingByCurrency } from '../../ledger/handlers/overview';
import { createTestLedger, must } from '../../ledger/test-ledger';
import { formatMoney } from '../../money';
import { formatAmounts } from '../format';
import { axeViolations, renderUi } from '../test-support';
import { AgingChart, barSegments } from './AgingChart';
import { OverviewView } from './OverviewView';
import { renderWorkspaceView } from './test-support';

afterEach(() => cleanup());

const EUR: AgingByCurrency = {
  currency: 'EUR',
  total: 1000,
  buckets: [
    { bucket: 'current', amount: 250 },
    { bucket: '1-30', amount: 0 },
    { bucket: '31-60', amount: 500 },
    { bucket: '61-90', amount: 0 },
    { bucket: '90+', amount: 250 },
  ],
};

describe('barSegments', () => {
  it('splits the bar in proportion, leaving out empty buckets', () => {
    expect(barSegments(EUR, 600)).toEqual([
      { bucket: 'current', x: 0, width: 150 },
      { bucket: '31-60', x: 150, width: 300 },
      { bucket: '90+', x: 450, width: 150 },
    ]);
  });

  it('draws nothing for a zero total', () => {
    expect(barSegments({ ...EUR, total: 0 }, 600)).toEqual([]);
  });
});

describe('AgingChart', () => {
  it('is one labelled image with a text summary, and the same numbers as a table', async () => {
    const { container } = renderUi(<AgingChart rows={[EUR]} moneyLocale="en" />);
    const image = screen.getByRole('img');
    expect(image.querySelector('title')?.textContent).toBe('Outstanding by age');
    expect(image.querySelector('desc')?.textContent).toBe('EUR: Current: €2.50; 31–60 days: €5.00; Over 90 days: €2.50.');
    expect(image.querySelectorAll('rect')).toHaveLength(3);
    const table = screen.getByRole('table', { name: 'Outstanding by age, per currency' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('EUR€2.50€0.00€5.00€0.00€2.50€10.00');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('fills the card: the segments span the whole width, each bucket in its own colour, named in the legend', () => {
    const { container } = renderUi(<AgingChart rows={[EUR, { ...EUR, currency: 'USD' }]} moneyLocale="en" />);
    const bar = [...container.querySelectorAll('rect')].slice(0, 3);
    expect(bar.map((rect) => [rect.getAttribute('x'), rect.getAttribute('width')])).toEqual([
      ['0%', '25%'],
      ['25%', '50%'],
      ['75%', '25%'],
    ]);
    expect(bar.map((rect) => rect.style.fill)).toEqual(['var(--cobro-aging0)', 'var(--cobro-aging2)', 'var(--cobro-aging4)']);
    expect([...container.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      `EUR · ${formatMoney({ currency: 'EUR', amount: 1000 }, 'en')}`,
      `USD · ${formatMoney({ currency: 'USD', amount: 1000 }, 'en')}`,
    ]);
    const legend = [...container.querySelectorAll('.cobro-legend li')];
    expect(legend.map((item) => [item.textContent, (item.querySelector('.cobro-legend-swatch') as HTMLElement).style.background])).toEqual([
      ['Current', 'var(--cobro-aging0)'],
      ['1–30 days', 'var(--cobro-aging1)'],
      ['31–60 days', 'var(--cobro-aging2)'],
      ['61–90 days', 'var(--cobro-aging3)'],
      ['Over 90 days', 'var(--cobro-aging4)'],
    ]);
  });
});

describe('OverviewView', () => {
  it('shows what is owed, the aging, today’s work and this month’s recoveries, and is accessible', async () => {
    const ledger = createTestLedger('2026-03-02T10:00:00.000Z');
    must(await ledger.client.send('demo-load', {}));
    must(await ledger.client.send('payment-record', { debtorId: 'demo-overdue', currency: 'EUR', amount: 12_345, date: '2026-03-01' }));
    const { invoices } = must(await ledger.client.send('debtor-write-off', { debtorId: 'demo-overdue', reason: 'Closed down' }));
    const { container } = renderWorkspaceView(<OverviewView />, { ledger });
    const owed = await screen.findByText((_text, element) => element?.getAttribute('data-cobro') === 'owed');
    const overview = must(await ledger.client.send('overview-get', {}));
    expect(overview.owed.map((money) => money.currency)).toEqual(['EUR', 'GBP', 'MXN', 'USD']);
    expect(owed.textContent).toMatch(/€.*£.*MX\$.*\$/);
    const recovered = screen.getByText('Recovered this month').closest('div')!;
    expect(overview.recoveredThisMonth).toContainEqual({ currency: 'EUR', amount: expect.any(Number) });
    expect(recovered.textContent).toContain(formatAmounts(overview.recoveredThisMonth, 'en'));
    expect(screen.getByRole('heading', { name: `${overview.followupsDueToday.count} follow-ups due today` })).toBeTruthy();
    const followups = screen.getByRole('region', { name: /follow-ups due today/ });
    expect(within(followups).getAllByRole('link')).toHaveLength(Math.min(overview.followupsDueToday.count, 20));
    await waitFor(() => expect(screen.getByRole('img', { name: /Outstanding by age/ })).toBeTruthy());
    const writtenOff = screen.getByRole('region', { name: 'Written off, last 12 months' });
    const given = invoices.reduce((sum, invoice) => sum + (invoice.writeOff?.amount ?? 0), 0);
    expect(within(writtenOff).getByRole('row', { name: `March 2026 ${formatAmounts([{ currency: 'EUR', amount: given }], 'en')}` })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
