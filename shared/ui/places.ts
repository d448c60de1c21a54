// Time zones and locales as a person names them: "Ciudad de México", "español (México)", never
// "America/Mexico_City" or "es-MX". Intl names languages and regions but not a zone's city, so
// the cities our users' customers live in are named here, in Spanish where it differs; any other
// zone falls back to its city as the IANA id spells it.

/** Spanish names of zone cities that English and the IANA id spell differently. */
const SPANISH_CITIES: Record<string, string> = {
  'America/Mexico_City': 'Ciudad de México',
  'America/New_York': 'Nueva York',
  'America/Los_Angeles': 'Los Ángeles',
  'America/Sao_Paulo': 'São Paulo',
  'America/Bogota': 'Bogotá',
  'America/Panama': 'Panamá',
  'America/Havana': 'La Habana',
  'America/Asuncion': 'Asunción',
  'America/Argentina/Buenos_Aires': 'Buenos Aires',
  'America/Buenos_Aires': 'Buenos Aires',
  'America/Santo_Domingo': 'Santo Domingo',
  'America/Puerto_Rico': 'Puerto Rico',
  'America/Mazatlan': 'Mazatlán',
  'America/Merida': 'Mérida',
  'America/Cancun': 'Cancún',
  'America/Tijuana': 'Tijuana',
  'America/Monterrey': 'Monterrey',
  'Atlantic/Canary': 'Canarias',
  'Europe/London': 'Londres',
  'Europe/Lisbon': 'Lisboa',
  'Europe/Paris': 'París',
  'Europe/Berlin': 'Berlín',
  'Europe/Brussels': 'Bruselas',
  'Europe/Amsterdam': 'Ámsterdam',
  'Europe/Rome': 'Roma',
  'Europe/Zurich': 'Zúrich',
  'Europe/Dublin': 'Dublín',
  'Europe/Athens': 'Atenas',
  'Europe/Moscow': 'Moscú',
  'Europe/Stockholm': 'Estocolmo',
  'Europe/Copenhagen': 'Copenhague',
  'Europe/Warsaw': 'Varsovia',
  'Europe/Vienna': 'Viena',
  'Europe/Prague': 'Praga',
  'Asia/Tokyo': 'Tokio',
  'Asia/Shanghai': 'Shanghái',
  'Asia/Singapore': 'Singapur',
  'Asia/Dubai': 'Dubái',
  'Australia/Sydney': 'Sídney',
  'Pacific/Galapagos': 'Galápagos',
  'Pacific/Easter': 'Isla de Pascua',
};

/** English names where the id's city is not what people write. */
const ENGLISH_CITIES: Record<string, string> = {
  'Atlantic/Canary': 'Canary Islands',
  'America/Argentina/Buenos_Aires': 'Buenos Aires',
  'Asia/Kolkata': 'Kolkata',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

function isSpanish(uiLocale: string): boolean {
  return uiLocale.toLowerCase().startsWith('es');
}

/** "Ciudad de México" for America/Mexico_City in Spanish, "Mexico City" in English. */
export function placeOfTimeZone(timeZone: string, uiLocale: string): string {
  const named = isSpanish(uiLocale) ? SPANISH_CITIES[timeZone] : ENGLISH_CITIES[timeZone];
  if (named) return named;
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replaceAll('_', ' ');
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** "español (México)" for es-MX in a Spanish UI, "Spanish (Mexico)" in English; the tag itself if Intl cannot name it. */
export function languageName(locale: string, uiLocale: string): string {
  let names = displayNames.get(uiLocale);
  if (!names) {
    names = new Intl.DisplayNames([uiLocale], { type: 'language', languageDisplay: 'standard' });
    displayNames.set(uiLocale, names);
  }
  try {
    return names.of(locale) ?? locale;
  } catch {
    return locale;
  }
}

const currencyNames = new Map<string, Intl.DisplayNames>();

/** "euros (EUR)", "pesos mexicanos (MXN)": the name a person uses, with the code they see on invoices. */
export function currencyName(code: string, uiLocale: string): string {
  let names = currencyNames.get(uiLocale);
  if (!names) {
    names = new Intl.DisplayNames([uiLocale], { type: 'currency' });
    currencyNames.set(uiLocale, names);
  }
  try {
    const name = names.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
