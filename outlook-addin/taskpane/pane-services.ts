// What the task pane's components are given: the ledger, the Outlook item they show, and the
// few host facts they need. main.tsx builds it from Office.js; tests build it from fakes.
import type { LedgerClient } from '../../shared/ledger/client';
import type { Settings } from '../../shared/ledger/schema';
import type { FoldReport } from '../logging/send-queue';
import type { PaneItem } from '../mail/types';
import type { PaneWorkspace } from './pane-workspace';

export interface PaneHost {
  currentItem(): PaneItem;
  /** Resolves to an unsubscribe. */
  onItemChanged(listener: () => void): Promise<() => Promise<void>>;
  /** The signed-in mailbox, lower-cased; '' when unknown. */
  userEmail: string;
}

export interface PaneServices {
  client: LedgerClient;
  host: PaneHost;
  settings: Settings;
  /** Folds sends queued by the JavaScript-only runtime into the ledger; null where there is no queue. */
  foldQueue: (() => Promise<FoldReport>) | null;
  newSendId(): string;
  now(): Date;
  /** Where the workspace opens: an Office dialog, or (without the Dialog API) the pane itself. */
  workspace: PaneWorkspace;
}
