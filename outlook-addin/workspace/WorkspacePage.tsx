// The workspace page: the shared WorkspaceApp as the extension's options page has it, and, in
// an Office dialog, what joins it to the task pane that opened it: each write is announced to
// the pane, and a Close button asks the pane to close the dialog.
import { useCallback, useState } from 'react';
import type { UiLanguage } from '../../shared/i18n/language';
import { WorkspaceApp, type WorkspaceConnection } from '../../shared/ui/workspace';
import { createPaneTranslator } from '../taskpane/messages';
import { encodeDialogMessage, type DialogMessage } from './dialog-message';

export interface WorkspacePageProps {
  connection: WorkspaceConnection;
  hostLocale: string;
  download(fileName: string, blob: Blob): void;
  tableHeight: number;
  /** Sends to the task pane; null when the page is not in an Office dialog. */
  toPane: ((message: string) => boolean) | null;
  /** The language the workspace chose, for the document. */
  onLanguage?(language: UiLanguage): void;
}

export function WorkspacePage({ connection, hostLocale, download, tableHeight, toPane, onLanguage }: WorkspacePageProps) {
  const [language, setLanguage] = useState<UiLanguage | null>(null);
  const tell = useCallback((message: DialogMessage) => toPane?.(encodeDialogMessage(message)), [toPane]);
  const chosen = useCallback(
    (next: UiLanguage) => {
      setLanguage(next);
      onLanguage?.(next);
    },
    [onLanguage],
  );
  const changed = useCallback(() => void tell({ type: 'ledger-changed' }), [tell]);
  const pt = language ? createPaneTranslator(language) : null;

  return (
    <>
      {toPane && pt ? (
        <aside className="cobro cobro-dialog-bar" aria-label={pt('dialog.bar')} lang={language ?? undefined}>
          <button type="button" data-cobro="close-workspace" onClick={() => tell({ type: 'close' })}>
            {pt('dialog.close')}
          </button>
        </aside>
      ) : null}
      <WorkspaceApp
        connection={connection}
        hostLocale={hostLocale}
        download={download}
        tableHeight={tableHeight}
        onLedgerChanged={changed}
        onLanguage={chosen}
        host="outlook"
      />
    </>
  );
}

/** The bar above the workspace in the dialog. */
export const DIALOG_PAGE_CSS = `
.cobro.cobro-dialog-bar { display: flex; justify-content: flex-end; padding: 6px 20px; border-bottom: 1px solid var(--cobro-border); background: var(--cobro-surface-2); }
`;
