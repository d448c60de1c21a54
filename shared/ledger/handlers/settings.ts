// Settings: one row; a missing row or a missing field reads as the default. Changing the
// ladder's days moves every debtor's follow-up day, so those changes refresh them all.
import { z } from 'zod';
import type { HandlerArgs } from '../api';
import { SETTINGS_ID, type CobroDb } from '../db';
import { LedgerError, parseOrThrow, type HandlerIssue } from '../errors';
import { followUpSettingsChanged } from '../follow-up';
import { FOLLOW_UP_TABLES, refreshAllFollowUps } from '../follow-up-refresh';
import { formatIban, IBAN_PROBLEM_MESSAGES, ibanProblem } from '../iban';
import { Settings } from '../schema';
import { deepMerge, isPlainObject, readStoredSettings } from '../stored-settings';
import type { HandlerContext } from './context';

export { deepMerge };

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type SettingsPatchValue = DeepPartial<Settings>;

const settingsKeys = new Set(Object.keys(Settings.shape));

/** Only the shape is checked here; the merged whole is validated against Settings. */
export const SettingsPatch = z.custom<SettingsPatchValue>(
  (value) => isPlainObject(value) && Object.keys(value).every((key) => settingsKeys.has(key)),
  { message: 'expected an object with settings fields' },
);

/**
 * Every IBAN among the payment methods must pass its checksum (spaces and case aside); it is kept
 * in groups of four, as people read it. Anything wrong is refused by field, and nothing is written.
 */
export function checkedPaymentMethods(settings: Settings): Settings {
  const issues: HandlerIssue[] = [];
  const paymentMethods = settings.paymentMethods.map((method, index) => {
    if (method.kind !== 'iban') return method;
    const problem = ibanProblem(method.value);
    if (problem === null) return { ...method, value: formatIban(method.value) };
    issues.push({ path: `patch.paymentMethods.${index}.value`, message: IBAN_PROBLEM_MESSAGES[problem] });
    return method;
  });
  if (issues.length > 0) throw new LedgerError('invalid-input', `Invalid request (${issues[0]!.path}: ${issues[0]!.message})`, issues);
  return { ...settings, paymentMethods };
}

export function readSettings(db: CobroDb): Promise<Settings> {
  return readStoredSettings(db);
}

export function settingsHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'settings-get': async (_input: HandlerArgs<'settings-get'>): Promise<Settings> => readSettings(db),

    'settings-set': async (input: HandlerArgs<'settings-set'>): Promise<Settings> =>
      db.transaction('rw', FOLLOW_UP_TABLES, async () => {
        const current = await readSettings(db);
        const value = checkedPaymentMethods(parseOrThrow(Settings, deepMerge(current, input.patch), ['patch']));
        await db.settings.put({ id: SETTINGS_ID, value });
        if (followUpSettingsChanged(current, value)) await refreshAllFollowUps(db, value, ctx.now());
        return value;
      }),
  };
}
