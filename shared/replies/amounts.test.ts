import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts';
import { fold } from './normalize';

const read = (text: string, currency?: string) => findAmounts(fold(text).text, currency).map(({ minor, currency: code }) => [minor, code]);

describe('findAmounts', () => {
  it.each([
    ['pagaremos 1.234,56 € el lunes', undefined, [[123456, 'EUR']]],
    ['son 1234,56€', undefined, [[123456, 'EUR']]],
    ['we sent €1,234.56', undefined, [[123456, 'EUR']]],
    ['paid $2,400.00 yesterday', 'USD', [[240000, 'USD']]],
    ['paid $2,400.00 yesterday', undefined, [[240000, null]]],
    ['USD 2,400 on Friday', undefined, [[240000, 'USD']]],
    ['US$ 500', 'MXN', [[50000, 'USD']]],
    ['te paso 5.000 pesos', 'MXN', [[500000, 'MXN']]],
    ['te paso 5,000 pesos', 'MXN', [[500000, 'MXN']]],
    ['5 mil pesos', 'MXN', [[500000, 'MXN']]],
    ['2 mil pesos', 'COP', [[2000, 'COP']]],
    ['600 euros ahora', undefined, [[60000, 'EUR']]],
    ['350 dólares', undefined, [[35000, 'USD']]],
    ['£300 by Friday', undefined, [[30000, 'GBP']]],
    // Bolívares and quetzales by their signs; a quarter's "Q4" is no money.
    ['le paso Bs. 2.300 por pago móvil', 'USD', [[230000, 'VES']]],
    ['son 4.100 Bs', 'USD', [[410000, 'VES']]],
    ['le deposito Q 2,750 el lunes', 'USD', [[275000, 'GTQ']]],
    ['pagamos Q1,480.50 ayer', 'USD', [[148050, 'GTQ']]],
    ['the Q4 2026 invoice', 'USD', []],
    // Amounts in words before their currency.
    ['te paso mil quinientos euros', undefined, [[150000, 'EUR']]],
    ['le debo trescientos cincuenta soles', 'PEN', [[35000, 'PEN']]],
    ['dos millones de pesos', 'COP', [[2000000, 'COP']]],
    ['three hundred and fifty pounds on Friday', 'GBP', [[35000, 'GBP']]],
    ['a thousand dollars', 'USD', [[100000, 'USD']]],
    ['una de las dos facturas', 'EUR', []],
    // A multiplier keeps the fraction before it, even in a currency without cents; "de" may stand before the currency.
    ['2,5 millones de pesos', 'COP', [[2500000, 'COP']]],
    ['1,5 mil pesos', 'CLP', [[1500, 'CLP']]],
    ['$1.5M', 'USD', [[150000000, 'USD']]],
    ['millones de pesos', 'COP', []],
    // An installment's figure with its thousands word.
    ['en cuatro cuotas de 750 mil', 'COP', [[750000, 'COP']]],
    ['tres abonos quincenales de 2 mil', 'MXN', [[200000, 'MXN']]],
    // Colones, Dominican pesos and rand; thousands grouped by a space beside a currency sign.
    ['el SINPE de los ₡85 000 mañana', 'CRC', [[8500000, 'CRC']]],
    ['los RD$12,500 por el Popular', 'DOP', [[1250000, 'DOP']]],
    ['proof of payment for R12 800,00 made on 01/12', 'ZAR', [[1280000, 'ZAR']]],
    ['quoted R6 500 for the install', 'ZAR', [[650000, 'ZAR']]],
    ['an "R" is no rand elsewhere: R2 D2', 'USD', []],
    ['a phone spaced by three stays a phone: 604 444 1290', 'COP', []],
    ['MXN 12,000', undefined, [[1200000, 'MXN']]],
    ['$ 350', 'MXN', [[35000, 'MXN']]],
    ['500 al mes', 'EUR', [[50000, 'EUR']]],
    ['en cuotas de 300', 'EUR', [[30000, 'EUR']]],
    ['factura 2026-0042 del 15/12, tel 600 123 456, un 10%', 'EUR', []],
    ['IBAN ES91 2100 0418 4502 0005 1332', 'EUR', []],
    ['el día 20 o el 3', 'EUR', []],
    // Indian rupees, written with lakh grouping or not.
    ['₹1,20,000 will be released', 'INR', [[12000000, 'INR']]],
    ['payment of INR 45,000', undefined, [[4500000, 'INR']]],
    ['PO value is Rs. 85,000', undefined, [[8500000, 'INR']]],
    ['Rs 22,500 each', undefined, [[2250000, 'INR']]],
    ['12,500 rupees', undefined, [[1250000, 'INR']]],
    // A bare "$" is the writer's own dollar or peso.
    ['$1,180 by Friday', 'AUD', [[118000, 'AUD']]],
    ['A$ 950', undefined, [[95000, 'AUD']]],
    ['los $ 12.400 el lunes', 'UYU', [[1240000, 'UYU']]],
    ['2.5 lakh by Friday', 'INR', [[25000000, 'INR']]],
    ['Rs 1 crore', undefined, [[1000000000, 'INR']]],
    ['₹3 lakhs', undefined, [[30000000, 'INR']]],
    // Slang money: lucas (thousands), palos (millions).
    ['te paso 200 lucas', 'CLP', [[200000, 'CLP']]],
    ['son 50 lucas', 'ARS', [[5000000, 'ARS']]],
    ['3 palos el viernes', 'COP', [[3000000, 'COP']]],
    // Said per period with a slash or a week.
    ['I can do $150/month', 'USD', [[15000, 'USD']]],
    ['20 dólares por semana', 'USD', [[2000, 'USD']]],
    ['$100 a fortnight', 'AUD', [[10000, 'AUD']]],
    ['we were 12 hours late, years 2020', 'USD', []],
  ] as const)('%j', (text, currency, expected) => {
    expect(read(text, currency)).toEqual(expected);
  });
});
