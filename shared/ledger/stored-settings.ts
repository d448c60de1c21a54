// The settings row as stored: one row, and a missing row or a missing field reads as the
// default. Kept apart from the handlers so a version upgrade can read it too.
import type { LedgerTables } from './debtor-records';
import { DEFAULT_SETTINGS, Settings } from './schema';

export const SETTINGS_ID = 'settings';
export interface SettingsRow {
  id: typeof SETTINGS_ID;
  value: Settings;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else (arrays included) is replaced whole. */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = deepMerge(merged[key], value);
  }
  return merged as T;
}

/** What a stored value means: fields added to Settings after it was written take their defaults. */
export function settingsFromStored(value: unknown): Settings {
  if (value === undefined) return DEFAULT_SETTINGS;
  const merged = Settings.safeParse(deepMerge(DEFAULT_SETTINGS, value));
  return merged.success ? merged.data : DEFAULT_SETTINGS;
}

export async function readStoredSettings(tables: LedgerTables): Promise<Settings> {
  const row = await tables.table<SettingsRow, string>('settings').get(SETTINGS_ID);
  return settingsFromStored(row?.value);
}
