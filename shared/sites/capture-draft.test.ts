import { describe, expect, it } from 'vitest';
import { draftFromPage, type CaptureDraft, type CaptureStart } from './capture-draft';

const PAGE: CaptureDraft = {
  number: ' INV-0042 ',
  customer: 'Talleres  Ruiz',
  email: 'Pagos@TalleresRuiz.example',
  amountText: null,
  balanceText: null,
  currency: null,
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
  status: 'open',
};

const start = (page: Partial<CaptureDraft>, uiLocale = 'es-ES', defaultCurrency = 'EUR') => draftFromPage({ ...PAGE, ...page }, { uiLocale, defaultCurrency });

describe('draftFromPage', () => {
  it('keeps the page’s number, customer and address, tidied', () => {
    expect(start({ amountText: '1.234,56 €' })).toMatchObject({ number: 'INV-0042', customer: 'Talleres Ruiz', email: 'pagos@talleresruiz.example', issueDate: '2026-02-01', dueDate: '2026-03-01' });
  });

  it.each<[string, Partial<CaptureDraft>, string, Partial<CaptureStart>]>([
    ['euros written the Spanish way', { amountText: '1.234,56 €' }, 'es-ES', { currency: 'EUR', currencyNote: null, amountText: '1234,56', paidText: '' }],
    ['the same, for an English UI', { amountText: '1.234,56 €' }, 'en', { currency: 'EUR', amountText: '1234.56' }],
    ['a bare "$": the user chooses', { amountText: '$1,200.00' }, 'es-ES', { currency: null, currencyNote: { kind: 'symbol', symbol: '$' }, amountText: '1200,00' }],
    ['"$" with the code the page names', { amountText: '$1,200.00', currency: 'MXN' }, 'es-MX', { currency: 'MXN', currencyNote: null, amountText: '1200.00' }],
    ['a code written in the amount', { amountText: 'USD 1,200.00' }, 'en', { currency: 'USD', currencyNote: null, amountText: '1200.00' }],
    ['a page code that the symbol contradicts', { amountText: '1.200,00 €', currency: 'USD' }, 'en', { currency: null, currencyNote: { kind: 'unclear', written: 'EUR' } }],
    ['no currency anywhere: the usual one, said', { amountText: '1.500,00' }, 'es-ES', { currency: 'EUR', currencyNote: { kind: 'unnamed', offered: 'EUR' }, amountText: '1500,00' }],
    ['a figure that cannot tell, read as the UI writes', { amountText: '1.500' }, 'es-ES', { amountText: '1500,00' }],
    ['a partial payment from the balance', { amountText: '1.234,56 €', balanceText: '234,56 €' }, 'es-ES', { paidText: '1000,00' }],
    ['a balance that tells the decimal mark for the amount', { amountText: '$1,500', balanceText: '$500.50', currency: 'USD' }, 'en', { amountText: '1500.00', paidText: '999.50' }],
    ['nothing owed: paid in full', { amountText: '€100.00', balanceText: '€0.00' }, 'en', { paidText: '100.00' }],
    ['paid, with no balance shown', { amountText: '€100.00', status: 'paid' }, 'en', { paidText: '100.00' }],
    ['yen, no decimals', { amountText: '¥12,000', currency: 'JPY' }, 'en', { currency: 'JPY', amountText: '12000' }],
    ['words instead of an amount: left for the user', { amountText: 'pending' }, 'en', { amountText: 'pending', paidText: '' }],
  ])('%s', (_label, page, uiLocale, expected) => {
    expect(start(page, uiLocale)).toMatchObject(expected);
  });

  it.each<[string, Partial<CaptureDraft>, Partial<CaptureStart>]>([
    ['no dates', { issueDate: null, dueDate: null }, { issueDate: '', dueDate: '' }],
    ['a date that is not a day', { dueDate: '2026-02-30' }, { dueDate: '' }],
    ['no address', { email: null }, { email: '' }],
    ['something that is not an address', { email: 'Ruiz <pagos>' }, { email: '' }],
    ['a number longer than the ledger takes', { number: 'N'.repeat(80) }, { number: 'N'.repeat(60) }],
  ])('leaves what cannot be used empty: %s', (_label, page, expected) => {
    expect(start(page)).toMatchObject(expected);
  });
});
