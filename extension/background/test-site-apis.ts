// Test helper: the browser's permissions and scripting namespaces in memory (WXT's fake browser
// has neither). What is granted and registered can be read and changed by the test, and a
// grant or a revocation fires the same events the browser fires.
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (permissions: { origins?: string[] }) => void;

export function installSiteApis(granted: string[] = ['https://mail.google.com/*']) {
  const state = {
    granted: [...granted],
    registered: [] as Array<{ id: string; matches?: string[]; js?: string[] }>,
    executed: [] as Array<{ tabId: number; files: string[] }>,
  };
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const target = fakeBrowser as unknown as Record<string, unknown>;
  target.permissions = {
    getAll: async () => ({ origins: [...state.granted], permissions: [] }),
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => state.granted.includes(origin)),
    onAdded: { addListener: (listener: Listener) => void added.push(listener) },
    onRemoved: { addListener: (listener: Listener) => void removed.push(listener) },
  };
  target.scripting = {
    getRegisteredContentScripts: async () => state.registered.map((script) => ({ ...script })),
    registerContentScripts: async (scripts: Array<{ id: string; matches?: string[]; js?: string[] }>) => void state.registered.push(...scripts),
    updateContentScripts: async (scripts: Array<{ id: string; matches?: string[] }>) => {
      for (const script of scripts) Object.assign(state.registered.find((existing) => existing.id === script.id) ?? {}, script);
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (state.registered = state.registered.filter((script) => !ids.includes(script.id))),
    executeScript: async ({ target: where, files }: { target: { tabId: number }; files: string[] }) => void state.executed.push({ tabId: where.tabId, files }),
  };
  return {
    state,
    grant(origin: string) {
      state.granted.push(origin);
      for (const listener of added) listener({ origins: [origin] });
    },
    revoke(origin: string) {
      state.granted = state.granted.filter((pattern) => pattern !== origin);
      for (const listener of removed) listener({ origins: [origin] });
    },
  };
}
