// What the business profile still lacks before Cobro can put a true message in front of a
// customer: a name to sign it with, and at least one way to pay. Empty after install; every host
// asks setupMissing() before it lets a template go in.
import { isValidIban } from './iban';
import type { PaymentMethod, Settings } from './schema';

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
