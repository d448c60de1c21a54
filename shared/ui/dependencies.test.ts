// The components ship inside the Gmail content script (≤ 90 KB gzipped): they may pull in
// React and the project's own light modules, never zod, Dexie, date-fns or the ICU compiler.
// Type-only imports do not count: they vanish at build time.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableFrom, ROOT } from '../../tests/arch/source-graph';

function packagesReachedFrom(file: string): string[] {
  const packages = new Set<string>();
  for (const { facts } of reachableFrom(join(ROOT, file)).values()) {
    for (const specifier of facts.imports) if (!specifier.startsWith('.')) packages.add(specifier);
  }
  return [...packages].sort();
}

describe('shared/ui dependencies', () => {
  it.each([
    ['shared/ui/StatusChip.tsx', ['react']],
    ['shared/ui/UnknownSenderChip.tsx', ['react']],
    ['shared/ui/DebtorCard.tsx', ['react']],
    ['shared/ui/TemplatePicker.tsx', ['react']],
    ['shared/ui/SetupForm.tsx', ['react']],
    ['shared/ui/TrackDebtorForm.tsx', ['react']],
    ['shared/ui/CaptureInvoiceForm.tsx', ['react']],
    ['shared/ui/FollowupsList.tsx', ['react']],
    ['shared/ui/DebtorSearch.tsx', ['react']],
    ['shared/ui/ReplyFindings.tsx', ['react']],
    ['shared/ui/styles.ts', []],
  ])('%s reaches only %j', (file, expected) => {
    expect(packagesReachedFrom(file)).toEqual(expected);
  });

  it('the checker sees through to packages imported further down', () => {
    expect(packagesReachedFrom('shared/ledger/schema.ts')).toContain('zod');
  });
});
