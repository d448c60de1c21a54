// The workspace page's address. The pane puts the place to open in the query rather than the
// fragment: Office adds its own parameters to a dialog's address, and a fragment followed by
// them is no longer a route. The page moves the place into the fragment, where the workspace's
// routes live, when it starts.
import { parseRoute, routeHref, type Route } from '../../shared/ui/workspace/routes';

export const WORKSPACE_PAGE = 'workspace.html';
const HOST_PARAM = 'host';
const ROUTE_PARAM = 'route';

/** The dialog's address for a place in the workspace: the page beside the pane's own. */
export function workspaceDialogUrl(paneHref: string, route: Route): string {
  const url = new URL(WORKSPACE_PAGE, paneHref);
  url.searchParams.set(HOST_PARAM, 'dialog');
  url.searchParams.set(ROUTE_PARAM, routeHref(route).slice(1));
  return url.href;
}

export interface WorkspaceAddress {
  /** Opened by the task pane as an Office dialog (it can talk back to the pane). */
  inDialog: boolean;
  /** The fragment to start at, always one of the workspace's routes. */
  hash: string;
}

/**
 * Where the page starts: the fragment when it names a place (the user moved, then reloaded),
 * else the place in the query, else the overview. Whatever follows a route in the fragment
 * ('?' or '&' and Office's parameters) is dropped.
 */
export function workspaceAddress(href: string): WorkspaceAddress {
  const url = new URL(href);
  const inDialog = url.searchParams.get(HOST_PARAM) === 'dialog';
  const fragment = url.hash.split(/[?&]/)[0] ?? '';
  const wanted = fragment.replace(/^#\/?/, '') !== '' ? fragment : `#${url.searchParams.get(ROUTE_PARAM) ?? ''}`;
  return { inDialog, hash: routeHref(parseRoute(wanted)) };
}
