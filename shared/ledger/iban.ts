// IBANs as ISO 13616 defines them: a known country, that country's length, and the mod-97 check
// digits. Written here rather than taken from a package: it is forty lines and a table, and the
// Gmail content script's size is budgeted. A Mexican CLABE (18 digits) is not an IBAN: it is
// recognised only to say so; it belongs under the payment kind 'other'.

/** Lengths from the SWIFT IBAN registry (release 2024), by country code. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Why a value is not an IBAN, most useful reason first. */
export type IbanProblem = 'empty' | 'clabe' | 'characters' | 'country' | 'length' | 'checksum';

/** Spaces, dashes and dots dropped, upper-cased: the electronic form the check reads. */
export function compactIban(value: string): string {
  return value.replace(/[\s.-]+/g, '').toUpperCase();
}

/** The print form: groups of four ("ES91 2100 0418 …"). */
export function formatIban(value: string): string {
  return compactIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

function mod97(digits: string): number {
  let rest = 0;
  for (const char of digits) {
    const code = char.charCodeAt(0);
    // 0-9 stay, A-Z become 10-35.
    const value = code <= 57 ? code - 48 : code - 55;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/** How many characters the IBANs of the value's country have, when the country has IBANs. */
export function ibanLengthFor(value: string): number | undefined {
  return IBAN_LENGTHS[compactIban(value).slice(0, 2)];
}

/** null when the value is a valid IBAN (spaces and case do not matter), else why not. */
export function ibanProblem(value: string): IbanProblem | null {
  const iban = compactIban(value);
  if (iban === '') return 'empty';
  if (/^\d{18}$/.test(iban)) return 'clabe';
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return 'characters';
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined) return 'country';
  if (iban.length !== length) return 'length';
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1 ? null : 'checksum';
}

export function isValidIban(value: string): boolean {
  return ibanProblem(value) === null;
}

/** The issue a handler reports, in English; the UIs say it in the user's language from the problem. */
export const IBAN_PROBLEM_MESSAGES: Readonly<Record<IbanProblem, string>> = {
  empty: 'an IBAN is required',
  clabe: 'this looks like a Mexican CLABE, which is not an IBAN: save it as kind "other"',
  characters: 'an IBAN starts with two letters and two digits, then letters and digits only',
  country: 'no IBAN country starts with these two letters',
  length: 'this country’s IBANs have a different length',
  checksum: 'not a valid IBAN: the check digits do not match (a mistyped character?)',
};
