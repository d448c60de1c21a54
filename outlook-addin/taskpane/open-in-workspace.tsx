// Lets a card deep in the pane open its debtor in the workspace without every view passing the
// way down. Absent (null) where the pane has no workspace to open.
import { createContext, useContext, type ReactNode } from 'react';
import type { Route } from '../../shared/ui/workspace/routes';

export type OpenInWorkspace = (route: Route) => void;

const OpenInWorkspaceContext = createContext<OpenInWorkspace | null>(null);

export function OpenInWorkspaceProvider({ value, children }: { value: OpenInWorkspace | null; children?: ReactNode }) {
  return <OpenInWorkspaceContext.Provider value={value}>{children}</OpenInWorkspaceContext.Provider>;
}

export function useOpenInWorkspace(): OpenInWorkspace | null {
  return useContext(OpenInWorkspaceContext);
}
