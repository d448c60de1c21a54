// What the business profile still lacks before Cobro can put a true message in front of a
// customer: a name to sign it with, and at least one way to pay. Empty after install; every host
// asks setupMissing() before it lets a template go in.
import { isValidIban } from './iban';
import type { PaymentMethod, PolicyPreset, Settings } from './schema';

/** In the order the first-run setup asks for them. */
export const SETUP_ITEMS = ['business-name', 'payment-method'] as const;
export type SetupItem = (typeof SETUP_ITEMS)[number];

const filled = (text: string) => text.trim() !== '';

/** A method a customer could use: a value, and for a transfer an IBAN whose check digits hold. */
export function isUsablePaymentMethod(method: PaymentMethod): boolean {
  if (!filled(method.value)) return false;
  return method.kind !== 'iban' || isValidIban(method.value);
}

/**
 * What is missing, in order; [] when a message can be signed and says how to pay. A business
 * name or the sender's own name is enough to sign with (the setup asks for both).
 */
export function setupMissing(settings: Pick<Settings, 'business' | 'senderName' | 'paymentMethods'>): SetupItem[] {
  const missing: SetupItem[] = [];
  if (!filled(settings.business.name) && !filled(settings.senderName)) missing.push('business-name');
  if (!settings.paymentMethods.some(isUsablePaymentMethod)) missing.push('payment-method');
  return missing;
}

/** What the country the user works in decides: the contact rules, and new customers' defaults. */
export interface CountryDefaults {
  preset: PolicyPreset;
  locale: string;
  currency: string;
  timeZone: string;
}

export const SETUP_COUNTRIES = {
  es: { preset: 'spain', locale: 'es-ES', currency: 'EUR', timeZone: 'Europe/Madrid' },
  mx: { preset: 'none', locale: 'es-MX', currency: 'MXN', timeZone: 'America/Mexico_City' },
  co: { preset: 'none', locale: 'es-CO', currency: 'COP', timeZone: 'America/Bogota' },
  ar: { preset: 'none', locale: 'es-AR', currency: 'ARS', timeZone: 'America/Argentina/Buenos_Aires' },
  cl: { preset: 'none', locale: 'es-CL', currency: 'CLP', timeZone: 'America/Santiago' },
  pe: { preset: 'none', locale: 'es-PE', currency: 'PEN', timeZone: 'America/Lima' },
  ec: { preset: 'ecuador', locale: 'es-EC', currency: 'USD', timeZone: 'America/Guayaquil' },
  us: { preset: 'us-regulation-f', locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' },
  gb: { preset: 'none', locale: 'en-GB', currency: 'GBP', timeZone: 'Europe/London' },
} as const satisfies Record<string, CountryDefaults>;
export type SetupCountry = keyof typeof SETUP_COUNTRIES | 'other';

/** The country the stored defaults describe, or 'other' when they match none. */
export function countryOf(settings: Pick<Settings, 'defaultLocale' | 'contactPolicy'>): SetupCountry {
  const locale = settings.defaultLocale.toLowerCase();
  for (const [code, country] of Object.entries(SETUP_COUNTRIES) as [keyof typeof SETUP_COUNTRIES, CountryDefaults][]) {
    if (country.locale.toLowerCase() === locale && country.preset === settings.contactPolicy.preset) return code;
  }
  return 'other';
}
