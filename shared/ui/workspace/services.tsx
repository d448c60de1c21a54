// What every workspace view reaches through one context: the ledger client, the long jobs, a
// way to hand the user a file, and a revision number that moves whenever the ledger changes
// (so views read again). The host provides them; the views never know whether a worker,
// runtime messaging or a test answers.
import { createContext, useContext, type ReactNode } from 'react';
import type { LedgerClient } from '../../ledger/client';
import type { LanguageHost } from '../SetupForm';
import type { WorkspaceJobs } from './worker/client';

export interface LedgerChangeNotice {
  /** Every debtor may have changed (an import, a restore, settings). */
  all: boolean;
  debtorIds: string[];
}

/** The sites besides Gmail that Cobro runs on (the browser's granted permissions); only the extension has them. */
export interface SitesService {
  /** Origins ('https://app.invoicing.co'), sorted. */
  list(): Promise<string[]>;
  turnOff(origin: string): Promise<void>;
  /** Calls back whenever the list may have changed (here or elsewhere); returns how to stop. */
  onChange?(cb: () => void): () => void;
}

export interface WorkspaceServices {
  client: LedgerClient;
  jobs: WorkspaceJobs;
  /** Offers the file to the user (a download in the browser). */
  download(fileName: string, blob: Blob): void;
  /** Moves whenever the ledger changed; views that read it depend on it. */
  revision: number;
  /** A write made here succeeded: the host tells what else shows the ledger (Gmail tabs, the badge). */
  changed(notice: LedgerChangeNotice): void;
  /** Whose language 'auto' follows (named in the language choice); the browser unless told. */
  host?: LanguageHost;
  /** Present where Cobro can run on other sites (the extension); the Sites view exists only then. */
  sites?: SitesService;
}

export class WorkspaceServicesMissingError extends Error {
  readonly code = 'workspace-services-missing';
  constructor(component: string) {
    super(`${component} must be rendered inside <WorkspaceServicesProvider>`);
    this.name = 'WorkspaceServicesMissingError';
  }
}

const WorkspaceContext = createContext<WorkspaceServices | null>(null);

export function WorkspaceServicesProvider({ value, children }: { value: WorkspaceServices; children?: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(component: string): WorkspaceServices {
  const value = useContext(WorkspaceContext);
  if (value === null) throw new WorkspaceServicesMissingError(component);
  return value;
}
