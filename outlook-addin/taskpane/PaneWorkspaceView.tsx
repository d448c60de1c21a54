// The workspace drawn inside the pane, for an Outlook without the Dialog API: the shared
// WorkspaceApp over the pane's own ledger, run in-process, laid out for a window about 320
// pixels wide. Loaded only when first shown, so the pane stays small for everyone else.
import { useEffect, useState } from 'react';
import { inProcessWorkspace, WORKSPACE_CSS, WorkspaceApp, type WorkspaceConnection } from '../../shared/ui/workspace';
import type { WorkerLedger } from '../../shared/ui/workspace/worker/host';

export interface PaneWorkspaceViewProps {
  ledger: WorkerLedger;
  hostLocale: string;
  download(fileName: string, blob: Blob): void;
  onLedgerChanged(): void;
}

/** Narrow layout on top of the workspace's own: one column, and the debtor table down to its first columns. */
export const PANE_WORKSPACE_CSS = `
.cobro.cobro-pane .cobro-workspace { min-height: 0; }
.cobro.cobro-pane .cobro-ws-header { padding: 8px 10px; gap: 6px 12px; }
.cobro.cobro-pane .cobro-ws-header h1 { font-size: 16px; }
.cobro.cobro-pane .cobro-ws-nav a { padding: 4px 8px; }
.cobro.cobro-pane .cobro-ws-main { padding: 10px 10px 24px; }
.cobro.cobro-pane .cobro-columns, .cobro.cobro-pane .cobro-templates, .cobro.cobro-pane .cobro-debtor-columns { grid-template-columns: minmax(0, 1fr); }
.cobro.cobro-pane .cobro-filters { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.cobro.cobro-pane .cobro-filter-query, .cobro.cobro-pane .cobro-filter-reset { grid-column: 1 / -1; }
.cobro.cobro-pane .cobro-stats, .cobro.cobro-pane .cobro-counts { grid-template-columns: repeat(auto-fill, minmax(min(150px, 100%), 1fr)); }
/* Name, amount owed and days late; the debtor's page has the rest. */
.cobro.cobro-pane [data-cobro="debtor-table"] .cobro-vrow { grid-template-columns: minmax(0, 1.6fr) minmax(0, 1fr) minmax(0, 0.8fr); }
.cobro.cobro-pane [data-cobro="debtor-table"] .cobro-vrow > :nth-child(n + 4) { display: none; }
.cobro.cobro-pane .cobro-aging svg { max-width: 100%; height: auto; }
.cobro.cobro-pane .cobro-modal-backdrop { padding: 8px; }
.cobro.cobro-pane .cobro-job { max-width: none; }
`;

export default function PaneWorkspaceView({ ledger, hostLocale, download, onLedgerChanged }: PaneWorkspaceViewProps) {
  const [connection, setConnection] = useState<WorkspaceConnection | null>(null);
  useEffect(() => {
    const opened = inProcessWorkspace(ledger);
    setConnection(opened);
    return () => opened.dispose();
  }, [ledger]);
  if (!connection) return null;
  return (
    <>
      <style>{WORKSPACE_CSS + PANE_WORKSPACE_CSS}</style>
      <WorkspaceApp
        connection={connection}
        hostLocale={hostLocale}
        download={download}
        tableHeight={Math.max(240, Math.round(window.innerHeight * 0.55))}
        onLedgerChanged={onLedgerChanged}
        host="outlook"
      />
    </>
  );
}
