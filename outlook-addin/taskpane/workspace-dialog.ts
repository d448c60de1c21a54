// The workspace in an Office dialog, seen from the pane: the page's address, the messages the
// pane accepts from it (Cobro's own shapes, from the add-in's own origin), and Office's refusals
// as reasons the pane can explain.
import type { Route } from '../../shared/ui/workspace/routes';
import { dialogFailure, type DialogListeners, type OpenDialog } from '../office/dialog';
import { decodeDialogMessage } from '../workspace/dialog-message';
import { workspaceDialogUrl } from '../workspace/workspace-address';
import type { PaneWorkspace, WorkspaceDialogEvents, WorkspaceOpening } from './pane-workspace';

export type DialogOpener = (url: string, listeners: DialogListeners) => Promise<OpenDialog>;

export function workspaceInDialog(openDialog: DialogOpener, paneHref: string): Extract<PaneWorkspace, { kind: 'dialog' }> {
  const ownOrigin = new URL(paneHref).origin;
  return {
    kind: 'dialog',
    async open(route: Route, events: WorkspaceDialogEvents): Promise<WorkspaceOpening> {
      let dialog: OpenDialog | null = null;
      let ended = false;
      const end = (unloadable: boolean) => {
        if (ended) return;
        ended = true;
        events.onEnded(unloadable);
      };
      try {
        dialog = await openDialog(workspaceDialogUrl(paneHref, route), {
          onMessage(raw, origin) {
            if (origin !== undefined && origin !== ownOrigin) return;
            const message = decodeDialogMessage(raw);
            if (message?.type === 'ledger-changed') events.onLedgerChanged();
            else if (message?.type === 'close') {
              dialog?.close();
              end(false);
            }
          },
          onEnded: (how) => end(how === 'unloadable'),
        });
      } catch (error) {
        return { ok: false, failure: dialogFailure(error) };
      }
      const opened = dialog;
      return {
        ok: true,
        close() {
          opened.close();
          end(false);
        },
      };
    },
  };
}
