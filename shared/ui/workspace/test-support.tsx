// Test-only: a workspace view rendered over a real test ledger through the in-process worker,
// with the host's callbacks recorded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import { useEffect, useState, type ReactElement } from 'react';
import { vi } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { createTestLedger, type TestLedger } from '../../ledger/test-ledger';
import { UiProvider } from '../context';
import { WorkspaceServicesProvider, type LedgerChangeNotice, type SitesService } from './services';
import { inProcessWorkspace, type WorkspaceConnection } from './worker/client';

export interface WorkspaceHarness extends RenderResult {
  ledger: TestLedger;
  connection: WorkspaceConnection;
  download: ReturnType<typeof vi.fn<(fileName: string, blob: Blob) => void>>;
  changed: ReturnType<typeof vi.fn<(notice: LedgerChangeNotice) => void>>;
}

function Services({ connection, children, download, changed, sites }: { connection: WorkspaceConnection; children: ReactElement; download: WorkspaceHarness['download']; changed: WorkspaceHarness['changed']; sites?: SitesService | undefined }) {
  const [revision, setRevision] = useState(0);
  useEffect(() => connection.onChanged(() => setRevision((n) => n + 1)), [connection]);
  return (
    <WorkspaceServicesProvider
      value={{
        client: connection.client,
        jobs: connection.jobs,
        download,
        revision,
        changed: (notice) => {
          changed(notice);
          setRevision((n) => n + 1);
        },
        ...(sites ? { sites } : {}),
      }}
    >
      {children}
    </WorkspaceServicesProvider>
  );
}

export function renderWorkspaceView(view: ReactElement, options: { ledger?: TestLedger; locale?: string; sites?: SitesService } = {}): WorkspaceHarness {
  const ledger = options.ledger ?? createTestLedger('2026-03-02T10:00:00.000Z');
  const locale = options.locale ?? 'en';
  const connection = inProcessWorkspace(ledger);
  const download = vi.fn<(fileName: string, blob: Blob) => void>();
  const changed = vi.fn<(notice: LedgerChangeNotice) => void>();
  const result = render(
    <UiProvider value={{ t: createTranslator(locale), locale }}>
      <Services connection={connection} download={download} changed={changed} sites={options.sites}>
        <div className="cobro">{view}</div>
      </Services>
    </UiProvider>,
  );
  return { ...result, ledger, connection, download, changed };
}

/** A sample export from shared/import/__fixtures__ (read by path: happy-dom changes import.meta.url). */
export function sampleFile(name: 'cobro' | 'invoiceninja-ar-detailed' | 'xero-sales-invoices' | 'qbo-ar-aging-detail' | 'freshbooks-invoice-details'): string {
  return readFileSync(join(process.cwd(), 'shared/import/__fixtures__', `${name}.csv`), 'utf8');
}
