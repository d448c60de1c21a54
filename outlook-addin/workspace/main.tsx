// The workspace page's entry (workspace.html), which the task pane opens in an Office dialog:
// the place asked for moved into the fragment, Outlook's language when Office is there, the
// ledger in a worker of this page (same origin as the pane, so the same database), files
// offered as downloads. Wiring only.
import { createRoot } from 'react-dom/client';
import { COBRO_UI_CSS } from '../../shared/ui/styles';
import { connectWorkspace, inProcessWorkspace, WORKSPACE_CSS, type WorkspaceConnection } from '../../shared/ui/workspace';
import { dialogPageHost, type DialogPageHost } from '../office/dialog-page';
import { officeApi } from '../office/office-global';
import { downloadFile } from '../../shared/ui/workspace/download-file';
import { workspaceAddress } from './workspace-address';
import { DIALOG_PAGE_CSS, WorkspacePage } from './WorkspacePage';

async function connect(): Promise<WorkspaceConnection> {
  try {
    const worker = new Worker(new URL('./workspace.worker.ts', import.meta.url), { type: 'module' });
    return connectWorkspace(worker);
  } catch {
    // A web view that refuses to start the worker: the same host code, on this thread (loaded
    // only then, so the page does not fetch the ledger twice).
    const { openAddinLedger } = await import('../ledger/open-ledger');
    return inProcessWorkspace(openAddinLedger());
  }
}

async function officeHost(inDialog: boolean): Promise<DialogPageHost | null> {
  try {
    return await dialogPageHost(officeApi(), inDialog);
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const address = workspaceAddress(window.location.href);
  // replace(): the starting place is not a step the back button should return to.
  if (window.location.hash !== address.hash) window.location.replace(address.hash);

  const [host, connection] = await Promise.all([officeHost(address.inDialog), connect()]);
  const style = document.createElement('style');
  style.textContent = `${COBRO_UI_CSS}\n${WORKSPACE_CSS}\n${DIALOG_PAGE_CSS}`;
  document.head.append(style);

  createRoot(document.getElementById('cobro-root')!).render(
    <WorkspacePage
      connection={connection}
      hostLocale={host?.displayLanguage || navigator.language || 'en'}
      download={downloadFile}
      tableHeight={Math.max(320, window.innerHeight - 330)}
      toPane={host?.messageParent ?? null}
      onLanguage={(language) => {
        document.documentElement.lang = language;
      }}
    />,
  );
}

void start();
