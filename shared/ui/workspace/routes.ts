// The workspace's places, as URL fragments ("#/debtors/abc"), so the browser's back button,
// bookmarks and plain links work and every place is reachable with the keyboard.
import { useEffect, useState } from 'react';

/** 'sites' is shown only where the host can run Cobro on other sites (the extension). */
export const SECTIONS = ['overview', 'debtors', 'templates', 'settings', 'sites', 'import', 'backup'] as const;
export type Section = (typeof SECTIONS)[number];

/** The PDFs a debtor's page makes; a route naming one opens the page with its dialog open (from the card). */
export const DEBTOR_DOCUMENTS = ['claim-file', 'letter'] as const;
export type DebtorDocument = (typeof DEBTOR_DOCUMENTS)[number];

/** 'setup' (the first-run setup) is a place without a tab: the workspace opens on it while the profile is empty, and Settings links to it. */
export type Route =
  | { section: Exclude<Section, 'debtors'> | 'setup' }
  | { section: 'debtors'; debtorId: string | null; document?: DebtorDocument };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '');
  const [section, id, place] = parts;
  if (section === 'debtors') {
    const document = DEBTOR_DOCUMENTS.find((name) => name === place);
    return { section: 'debtors', debtorId: id ? decodeURIComponent(id) : null, ...(id && document ? { document } : {}) };
  }
  if (section === 'setup') return { section: 'setup' };
  const known = SECTIONS.find((name) => name === section);
  return known && known !== 'debtors' ? { section: known } : { section: 'overview' };
}

export function routeHref(route: Route): string {
  if (route.section === 'debtors' && route.debtorId) return `#/debtors/${encodeURIComponent(route.debtorId)}${route.document ? `/${route.document}` : ''}`;
  return `#/${route.section}`;
}

export function debtorHref(debtorId: string): string {
  return routeHref({ section: 'debtors', debtorId });
}

/** The route in the address bar, following it as it changes. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
