// Settings: one row; a missing row or a missing field reads as the default.
import { z } from 'zod';
import type { HandlerArgs } from '../api';
import { SETTINGS_ID, type CobroDb } from '../db';
import { parseOrThrow } from '../errors';
import { DEFAULT_SETTINGS, Settings } from '../schema';
import type { HandlerContext } from './context';

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type SettingsPatchValue = DeepPartial<Settings>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const settingsKeys = new Set(Object.keys(Settings.shape));

/** Only the shape is checked here; the merged whole is validated against Settings. */
export const SettingsPatch = z.custom<SettingsPatchValue>(
  (value) => isPlainObject(value) && Object.keys(value).every((key) => settingsKeys.has(key)),
  { message: 'expected an object with settings fields' },
);

/** Objects merge key by key; anything else (arrays included) is replaced whole. */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = deepMerge(merged[key], value);
  }
  return merged as T;
}

export async function readSettings(db: CobroDb): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID);
  if (!row) return DEFAULT_SETTINGS;
  // Fields added to Settings after the row was written take their defaults.
  const merged = Settings.safeParse(deepMerge(DEFAULT_SETTINGS, row.value));
  return merged.success ? merged.data : DEFAULT_SETTINGS;
}

export function settingsHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'settings-get': async (_input: HandlerArgs<'settings-get'>): Promise<Settings> => readSettings(db),

    'settings-set': async (input: HandlerArgs<'settings-set'>): Promise<Settings> =>
      db.transaction('rw', db.settings, async () => {
        const current = await readSettings(db);
        const value = parseOrThrow(Settings, deepMerge(current, input.patch), ['patch']);
        await db.settings.put({ id: SETTINGS_ID, value });
        return value;
      }),
  };
}
