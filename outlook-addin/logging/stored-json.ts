// Records kept as JSON strings in places Outlook owns (sessionData, OfficeRuntime.storage) may be
// missing, written by another version or damaged: each reads back as its schema's value or null.
import type * as z from 'zod/mini';

export function decodeStoredJson<T>(schema: z.ZodMiniType<T>, raw: string | null | undefined): T | null {
  if (!raw) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
