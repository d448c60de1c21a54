// The UI language travels through one React context instead of a `t`/`locale` pair on every
// component: hosts wrap whatever they mount in <UiProvider value={{ t, locale }}>.
import { createContext, useContext, type ReactNode } from 'react';
import type { Translate } from '../i18n/translate';

export interface UiContextValue {
  /** Translator for the UI language (createTranslator(locale)). */
  t: Translate;
  /** The UI language's locale, e.g. 'es-ES' or 'en'. Debtor data uses the debtor's own locale. */
  locale: string;
}

const UiContext = createContext<UiContextValue | null>(null);

export function UiProvider({ value, children }: { value: UiContextValue; children?: ReactNode }) {
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

/** Raised when a component is rendered outside <UiProvider>: a wiring mistake in a host. */
export class UiContextMissingError extends Error {
  readonly code = 'ui-context-missing';
  constructor(component: string) {
    super(`${component} must be rendered inside <UiProvider value={{ t, locale }}> from shared/ui`);
    this.name = 'UiContextMissingError';
  }
}

export function useUi(component: string): UiContextValue {
  const value = useContext(UiContext);
  if (value === null) throw new UiContextMissingError(component);
  return value;
}
