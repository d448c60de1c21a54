// The setup's sentences that other components need too: what is still missing (the template
// picker says it in place of Insert) and what is wrong with an IBAN (Settings checks it as well).
// Kept apart from SetupForm so the Gmail picker does not carry the whole form.
import { compactIban, ibanLengthFor, ibanProblem } from '../ledger/iban';
import type { SetupItem } from '../ledger/setup';
import type { Translate } from '../i18n/translate';

/** The IBAN's problem in the user's language, or null when it is a valid IBAN. */
export function ibanErrorText(t: Translate, value: string): string | null {
  const problem = ibanProblem(value);
  if (problem === null) return null;
  if (problem === 'length') return t('setup.iban.length', { length: ibanLengthFor(value) ?? 0, count: compactIban(value).length });
  return t(`setup.iban.${problem}`);
}

/** "a name to sign with and a way to pay", in the UI's language. */
export function missingText(t: Translate, locale: string, missing: readonly SetupItem[]): string {
  const parts = missing.map((item) => t(`setup.missing.${item}`));
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
  } catch {
    return parts.join(', ');
  }
}
