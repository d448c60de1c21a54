// How the pane shows the workspace. Where Outlook has the Dialog API it opens in a dialog the
// size of most of the screen; elsewhere it is drawn inside the pane itself.
import type { Route } from '../../shared/ui/workspace/routes';
import type { WorkerLedger } from '../../shared/ui/workspace/worker/host';
import type { DialogFailure } from '../office/dialog';

export type WorkspaceOpening = { ok: true; close(): void } | { ok: false; failure: DialogFailure };

export interface WorkspaceDialogEvents {
  /** The workspace wrote to the ledger: what the pane shows may be out of date. */
  onLedgerChanged(): void;
  /** The dialog is gone (closed by the user or by its Close button); `unloadable` when its page never loaded. */
  onEnded(unloadable: boolean): void;
}

export type PaneWorkspace =
  | { kind: 'dialog'; open(route: Route, events: WorkspaceDialogEvents): Promise<WorkspaceOpening> }
  | {
      kind: 'pane';
      /** The pane's own ledger: the workspace drawn in the pane runs its jobs in-process. */
      ledger: WorkerLedger;
      download(fileName: string, blob: Blob): void;
    };
