// The choices behind the searchable currency, language and time-zone fields: each value as a
// person names it ("pesos mexicanos (MXN)", "español (México)", "Ciudad de México · GMT-06:00"),
// sorted by that name in the UI's language. Values stay the codes and ids the ledger stores.
import { currencyName, languageName, placeOfTimeZone } from './places';

export interface NamedOption {
  value: string;
  label: string;
}

/** The languages customers write in that Cobro has templates for, with the countries it is used in. */
export const CUSTOMER_LOCALES = [
  'es-ES', 'es-MX', 'es-AR', 'es-CO', 'es-CL', 'es-PE', 'es-VE', 'es-EC', 'es-GT', 'es-CU', 'es-BO', 'es-DO', 'es-HN',
  'es-PY', 'es-SV', 'es-NI', 'es-CR', 'es-PA', 'es-UY', 'es-PR', 'es-US',
  'en-US', 'en-GB', 'en-IE', 'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'en-ZA',
] as const;

function sorted(options: NamedOption[], uiLocale: string): NamedOption[] {
  const collator = new Intl.Collator(uiLocale, { sensitivity: 'base' });
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

/** `current` is kept as a choice even when it is not in the list, so a stored value never disappears. */
function withCurrent(values: readonly string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [current, ...values] : [...values];
}

function supported(kind: 'currency' | 'timeZone'): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf(kind) : [];
}

export function currencyOptions(uiLocale: string, current?: string): NamedOption[] {
  return sorted(withCurrent(supported('currency'), current).map((code) => ({ value: code, label: currencyName(code, uiLocale) })), uiLocale);
}

export function languageOptions(uiLocale: string, current?: string): NamedOption[] {
  return sorted(withCurrent(CUSTOMER_LOCALES, current).map((tag) => ({ value: tag, label: languageName(tag, uiLocale) })), uiLocale);
}

const offsets = new Map<string, string>();

/** "GMT-06:00" today: the offset tells apart zones that share a city name and places a city one does not know. */
function offsetOf(timeZone: string): string {
  let offset = offsets.get(timeZone);
  if (offset === undefined) {
    try {
      const parts = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date());
      offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    } catch {
      offset = '';
    }
    offsets.set(timeZone, offset);
  }
  return offset;
}

/** Every zone once under its place's name; when two zones share a name, only the first keeps it (the
 * IANA list puts the main zone of a city first). */
export function timeZoneOptions(uiLocale: string, current?: string): NamedOption[] {
  const zones = withCurrent(supported('timeZone'), current);
  const seen = new Set<string>();
  const options: NamedOption[] = [];
  for (const zone of zones) {
    const offset = offsetOf(zone);
    const label = offset ? `${placeOfTimeZone(zone, uiLocale)} · ${offset}` : placeOfTimeZone(zone, uiLocale);
    if (seen.has(label) && zone !== current) continue;
    seen.add(label);
    options.push({ value: zone, label });
  }
  return sorted(options, uiLocale);
}

/** Lower case without accents, so "mexico" finds "México" and "bogota" finds "Bogotá". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The options whose name contains every word typed, in their order. */
export function matchingOptions(options: readonly NamedOption[], query: string): NamedOption[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const label = searchable(`${option.label} ${option.value}`);
    return words.every((word) => label.includes(word));
  });
}
