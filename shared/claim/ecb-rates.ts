// The statutory late-payment rate for commercial debts in Spain, per half-year.
//
// Ley 3/2004, art. 7.2 (as worded by Ley 11/2013, art. 33.Tres): the rate is the interest the
// European Central Bank applied to its most recent main refinancing operation before the first
// day of the half-year, plus eight percentage points, and it holds for the whole half-year.
// The Secretaría General del Tesoro y Financiación Internacional (Ministerio de Economía;
// Hacienda before) publishes it in the BOE every June and December, in a "Resolución ... por la
// que se publica el tipo legal de interés de demora aplicable a las operaciones comerciales
// durante el primer/segundo semestre natural del año ...".
//
// Kept as data so the user can correct or extend it from settings: a new half-year's rate is
// published twice a year, and this table only knows what was known when it was written.
// `percent` is a decimal string ("10.15"), never a number: arithmetic reads it as basis points.
// `verified` says whether the value was read in a published source (named in `source`); the
// unverified ones follow from the ECB rate in force but were not read in a source.

/** '2025-H2': the second half (1 July – 31 December) of 2025. */
export type HalfYear = `${number}-H${1 | 2}`;

/** A half-year's statutory rate, as the user's settings may hold it. */
export interface HalfYearRate {
  half: HalfYear;
  /** Percent per year as a decimal string with at most two decimals: '10.15'. */
  percent: string;
}

export interface PublishedRate extends HalfYearRate {
  /** Where the value was read (the BOE resolution, or who reports it). */
  source: string;
  verified: boolean;
}

const MRO_ZERO = 'ECB main refinancing rate 0.00% (10 March 2016 – 26 July 2022) + 8 points';

/**
 * The rates Cobro ships with, oldest first, 2013-H1 to 2026-H2.
 *
 * 2013-H1 is special: Real Decreto-ley 4/2013 raised the margin from 7 to 8 points from
 * 24 February 2013, so 1 January – 23 February 2013 was 7.75% and 24 February – 30 June 2013
 * was 8.75%. The table holds one rate per half-year and keeps 8.75%, the rate of the law as it
 * stands; a claim with days before 24 February 2013 needs the user to check that stretch.
 */
export const PUBLISHED_RATES: readonly PublishedRate[] = [
  {
    half: '2013-H1',
    percent: '8.75',
    source: 'Resolución adapting the rate to RDL 4/2013 (8.75% from 24 Feb 2013; 7.75% 1 Jan–23 Feb), as reported by larioja.org "Tipo legal de interés de demora" and a published table (studylib.es doc 5259268)',
    verified: true,
  },
  { half: '2013-H2', percent: '8.50', source: 'ECB main refinancing rate 0.50% (from 8 May 2013) + 8 points', verified: false },
  { half: '2014-H1', percent: '8.25', source: 'published table (studylib.es doc 5259268): "Primer semestre natural del año 2014, 8,25%"', verified: true },
  { half: '2014-H2', percent: '8.15', source: 'BOE-A-2014-6914 (Resolución de 27 de junio de 2014): ECB 0.15% on 24 June + 8 = 8.15', verified: true },
  { half: '2015-H1', percent: '8.05', source: 'published table (studylib.es doc 5259268): "Primer semestre natural del año 2015, 8,05%"', verified: true },
  { half: '2015-H2', percent: '8.05', source: 'ECB main refinancing rate 0.05% (10 Sep 2014 – 9 Mar 2016) + 8 points', verified: false },
  {
    half: '2016-H1',
    percent: '8.05',
    source: 'elnuevoparquet.com (2 Jan 2017), on the BOE resolution for 2017-H1: "primer semestre del año pasado ... 8,05 por ciento"',
    verified: true,
  },
  {
    half: '2016-H2',
    percent: '8.00',
    source: 'elnuevoparquet.com (2 Jan 2017): 8% for 2017-H1, "el mismo nivel que en el segundo semestre de 2016"',
    verified: true,
  },
  {
    half: '2017-H1',
    percent: '8.00',
    source: 'Resolución de 27 de diciembre de 2016, as reported by solarodriguez.com and elnuevoparquet.com: 8 por 100',
    verified: true,
  },
  { half: '2017-H2', percent: '8.00', source: 'contem.es, "Tipus demora comercial 2n semestre 2017: 8%"', verified: true },
  { half: '2018-H1', percent: '8.00', source: MRO_ZERO, verified: false },
  {
    half: '2018-H2',
    percent: '8.00',
    source: 'Resolución de 27 de junio de 2018, quoted by contratodeobras.com (4 Jul 2018): "es el 8,00 por 100"',
    verified: true,
  },
  { half: '2019-H1', percent: '8.00', source: MRO_ZERO, verified: false },
  { half: '2019-H2', percent: '8.00', source: MRO_ZERO, verified: false },
  { half: '2020-H1', percent: '8.00', source: 'BOE-A-2019-18736 (Resolución de 27 de diciembre de 2019): ECB 0.00% on 23 Dec + 8 = 8.00', verified: true },
  { half: '2020-H2', percent: '8.00', source: MRO_ZERO, verified: false },
  { half: '2021-H1', percent: '8.00', source: MRO_ZERO, verified: false },
  { half: '2021-H2', percent: '8.00', source: MRO_ZERO, verified: false },
  { half: '2022-H1', percent: '8.00', source: 'BOE-A-2021-21959 (Resolución de 30 de diciembre de 2021): ECB 0.00% on 28 Dec + 8 = 8.00', verified: true },
  // The ECB's first rise (to 0.50%) applied from 27 July 2022, after 1 July: still 0.00% + 8.
  { half: '2022-H2', percent: '8.00', source: MRO_ZERO, verified: false },
  {
    half: '2023-H1',
    percent: '10.50',
    source: 'Resolución de 28 de diciembre de 2022 (BOE 30 Dec 2022), as reported by buadeslegal.com: "del 8% al 10,5%"',
    verified: true,
  },
  {
    half: '2023-H2',
    percent: '12.00',
    source: 'Resolución de 28 de junio de 2023 (BOE 29 Jun 2023), as reported by tramitesenlinea.es: "segundo semestre natural de 2023 es el 12,00 %"',
    verified: true,
  },
  { half: '2024-H1', percent: '12.50', source: 'ECB main refinancing rate 4.50% (from 20 Sep 2023) + 8 points', verified: false },
  { half: '2024-H2', percent: '12.25', source: 'ECB main refinancing rate 4.25% (from 12 Jun 2024) + 8 points', verified: false },
  {
    half: '2025-H1',
    percent: '11.15',
    source: 'Resolución de 30 de diciembre de 2024, as reported by orientelegal.es: ECB 3.15% + 8 = 11.15%',
    verified: true,
  },
  // BOE-A-2025-13217 (Resolución de 25 de junio de 2025) publishes this one; its figure was not read.
  { half: '2025-H2', percent: '10.15', source: 'BOE-A-2025-13217 (figure not read); ECB main refinancing rate 2.15% (from 11 Jun 2025) + 8 points', verified: false },
  // BOE-A-2025-27201 (Resolución de 23 de diciembre de 2025) publishes this one; its figure was not
  // read. The ECB rate it rests on was: the ECB kept its main refinancing rate at 2.15% at its last
  // meeting of 2025, 18 December (RTVE, 18 Dec 2025; also COPE, 11 Sep 2025), so the last operation
  // before 1 January 2026 was at 2.15%. Still marked not verified: the BOE's own figure is the proof.
  {
    half: '2026-H1',
    percent: '10.15',
    source: 'BOE-A-2025-27201 (figure not read); ECB main refinancing rate 2.15%, unchanged on 18 Dec 2025 (RTVE) + 8 points',
    verified: false,
  },
  { half: '2026-H2', percent: '10.40', source: 'only a third-party calculator\'s description ("10.40% for the 2nd half of 2026"); no BOE text read', verified: false },
];

/** Where a rate used in a claim came from, as the claim file says it. */
export type RateSource = 'published' | 'user' | 'unverified';

export interface UsedRate extends HalfYearRate {
  source: RateSource;
}

/**
 * The rates a claim uses: the shipped table, then the user's own (settings.interestRates), so a
 * half-year the user entered wins (interest.ts takes the later entry).
 */
export function ratesInUse(userRates: readonly { half: string; percent: string }[]): HalfYearRate[] {
  return [...PUBLISHED_RATES, ...(userRates as readonly HalfYearRate[])];
}

/** The rate a half-year is worked out at and where it came from; null when nobody knows it. */
export function rateOf(half: string, userRates: readonly { half: string; percent: string }[]): UsedRate | null {
  const own = userRates.find((rate) => rate.half === half);
  if (own) return { half: own.half as HalfYear, percent: own.percent, source: 'user' };
  const published = PUBLISHED_RATES.find((rate) => rate.half === half);
  if (!published) return null;
  return { half: published.half, percent: published.percent, source: published.verified ? 'published' : 'unverified' };
}
