// The workspace (the extension's options page, the add-in's larger views): host-free views over
// the ledger's handlers, and the worker that runs them off the page's thread.
export { WorkspaceApp, type WorkspaceAppProps } from './WorkspaceApp';
export { WORKSPACE_CSS } from './workspace-css';
export { connectWorkspace, inProcessWorkspace, type JobStep, type WorkerPort, type WorkspaceConnection, type WorkspaceJobs } from './worker/client';
export { createWorkerHost, watchLedger, type WorkerHost, type WorkerLedger } from './worker/host';
export type { FromWorker, ToWorker, WorkspaceJob, JobPhase } from './worker/protocol';
export type { LedgerChangeNotice, SitesService } from './services';
