// OfficeRuntime.storage: the one store the JavaScript-only runtime of classic Outlook on
// Windows shares with the task pane. @types/office-runtime is not installed, so the few
// methods used are declared here.
import type { KeyValueStore } from '../mail/types';

interface OfficeRuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  getKeys(): Promise<string[]>;
}

export interface OfficeRuntimeApi {
  storage: OfficeRuntimeStorage;
}

/** The global OfficeRuntime, or null where this Outlook does not provide it. */
export function officeRuntimeApi(): OfficeRuntimeApi | null {
  const runtime = (globalThis as { OfficeRuntime?: Partial<OfficeRuntimeApi> }).OfficeRuntime;
  return runtime?.storage ? (runtime as OfficeRuntimeApi) : null;
}

export function runtimeStore(runtime: OfficeRuntimeApi): KeyValueStore {
  const { storage } = runtime;
  return {
    keys: () => storage.getKeys(),
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}
