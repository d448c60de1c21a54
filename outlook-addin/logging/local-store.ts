// The page's localStorage as a queue for sends, for the browser runtimes (Outlook on the web,
// on Mac) where OfficeRuntime.storage is not offered: the send page and the task pane share
// the add-in's origin, so the pane can fold what a failed direct write left there.
import type { KeyValueStore } from '../mail/types';

export function localStore(): KeyValueStore | null {
  let storage: Storage | undefined;
  try {
    storage = (globalThis as { localStorage?: Storage }).localStorage;
    // Reading can throw where storage is blocked for the frame.
    storage?.getItem('cobro.probe');
  } catch {
    return null;
  }
  if (!storage) return null;
  const area = storage;
  return {
    keys: async () => Array.from({ length: area.length }, (_, index) => area.key(index)).filter((key): key is string => key !== null),
    get: async (key) => area.getItem(key),
    set: async (key, value) => area.setItem(key, value),
    remove: async (key) => area.removeItem(key),
  };
}
