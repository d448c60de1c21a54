// Addresses read from Gmail (attributes, chips, sync payloads) in the form the ledger looks them
// up by: trimmed and lower-cased, as shared/ledger/schema.ts normalizeEmail stores them. Kept
// local so the content script does not pull the whole ledger schema in for one line.

/** One '@' between two non-empty parts with no spaces or delimiters; rejects chips like "Bob". */
const PLAUSIBLE_ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/;

/** The address in the ledger's form, or null when the text is not an address at all. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  if (text.toLowerCase().startsWith('mailto:')) text = text.slice('mailto:'.length);
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1);
  text = text.trim().toLowerCase();
  return PLAUSIBLE_ADDRESS.test(text) ? text : null;
}

/** Normalised, de-duplicated, in first-seen order; anything that is not an address is dropped. */
export function uniqueAddresses(raws: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const raw of raws) {
    const address = normaliseAddress(raw);
    if (address !== null) seen.add(address);
  }
  return [...seen];
}
