// The pane's own sentences travel by context, next to shared/ui's <UiProvider>.
import { createContext, useContext, type ReactNode } from 'react';
import type { PaneTranslate } from './messages';

const PaneTextContext = createContext<PaneTranslate | null>(null);

export function PaneTextProvider({ value, children }: { value: PaneTranslate; children?: ReactNode }) {
  return <PaneTextContext.Provider value={value}>{children}</PaneTextContext.Provider>;
}

export class PaneTextMissingError extends Error {
  readonly code = 'pane-text-missing';
  constructor() {
    super('Task pane components must be rendered inside <PaneTextProvider>');
    this.name = 'PaneTextMissingError';
  }
}

export function usePaneText(): PaneTranslate {
  const value = useContext(PaneTextContext);
  if (value === null) throw new PaneTextMissingError();
  return value;
}
