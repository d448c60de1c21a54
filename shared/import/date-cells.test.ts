import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateShape, decideDateOrder, readDate } from './date-cells';
import type { DateOrder } from './types';

describe('readDate', () => {
  it.each<[string, DateOrder | null, string | null]>([
    ['2026-11-20', null, '2026-11-20'],
    ['2026/11/20', null, '2026-11-20'],
    ['2026-11-20 00:00:00', null, '2026-11-20'],
    ['2026-11-20T00:00:00Z', null, '2026-11-20'],
    ['11/20/2026 12:00 AM', 'mdy', '2026-11-20'],
    ['20/11/2026', 'dmy', '2026-11-20'],
    ['11/20/2026', 'mdy', '2026-11-20'],
    ['5/1/26', 'dmy', '2026-01-05'],
    ['5/1/26', 'mdy', '2026-05-01'],
    ['20.11.2026', 'dmy', '2026-11-20'],
    ['20-11-2026', 'dmy', '2026-11-20'],
    ['Nov 20, 2026', null, '2026-11-20'],
    ['November 20 2026', null, '2026-11-20'],
    ['20 Nov 2026', null, '2026-11-20'],
    ['20-nov-2026', null, '2026-11-20'],
    ['20 de noviembre de 2026', null, '2026-11-20'],
    ['1 ene. 2027', null, '2027-01-01'],
    ['05/11/2026', null, null],
    ['31/02/2026', 'dmy', null],
    ['2026-02-29', null, null],
    ['2028-02-29', null, '2028-02-29'],
    ['20/11/2026', 'mdy', null],
    ['Smarch 3, 2026', null, null],
    ['yesterday', null, null],
    ['', null, null],
    ['1899-12-31', null, null],
  ])('%s read %s → %s', (cell, order, expected) => {
    const result = readDate(cell, order);
    if (expected === null) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });

  it('says why a numeric date needs an order', () => {
    expect(readDate('05/11/2026', null)).toEqual({ ok: false, message: '"05/11/2026" could be day-first or month-first', order: 'either' });
  });
});

describe('decideDateOrder', () => {
  it.each<[string[], DateOrder | null, boolean, boolean]>([
    [['05/11/2026', '25/11/2026'], 'dmy', false, false],
    [['05/11/2026', '11/25/2026'], 'mdy', false, false],
    [['05/11/2026', '01/02/2026'], null, true, false],
    [['2026-11-05', 'Nov 5, 2026'], null, false, false],
    [['05.11.2026'], 'dmy', false, false],
    [['25/11/2026', '11/25/2026', '26/11/2026'], 'dmy', false, true],
    [['garbage', ''], null, false, false],
  ])('%j → %s (ambiguous %s, conflict %s)', (cells, order, ambiguous, conflict) => {
    expect(decideDateOrder(cells)).toEqual({ order, ambiguous, conflict });
  });
});

describe('dates round-trip through both orders', () => {
  const day = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it('writing d/m/y or m/d/y and reading with the same order gives the date back', () => {
    fc.assert(
      fc.property(day, fc.constantFrom<DateOrder>('dmy', 'mdy'), fc.constantFrom('/', '.', '-'), (iso, order, sep) => {
        const [y, m, d] = iso.split('-') as [string, string, string];
        const cell = order === 'dmy' ? `${d}${sep}${m}${sep}${y}` : `${m}${sep}${d}${sep}${y}`;
        expect(readDate(cell, order)).toEqual({ ok: true, value: iso });
        expect(dateShape(cell).kind).toBe('numeric');
      }),
    );
  });

  it('a day above 12 always decides the order correctly', () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), fc.constantFrom<DateOrder>('dmy', 'mdy'), (dates, order) => {
        const cells = dates.map((iso) => {
          const [y, m, d] = iso.split('-');
          return order === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
        });
        const decision = decideDateOrder(cells);
        const telling = dates.some((iso) => Number(iso.slice(8)) > 12);
        expect(decision.conflict).toBe(false);
        expect(decision.order).toBe(telling ? order : null);
      }),
    );
  });
});
