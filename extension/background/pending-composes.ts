// Composes the popup opened with a template, waiting for their send. They are kept in the
// browser's session storage (it outlives the service worker, which may be stopped between the
// click and the send, and is cleared with the browser), or in local storage where there is no
// session area. One key per compose, so two writes never overwrite each other's list.
import { z } from 'zod';
import { PendingComposeFields } from '../messaging/compose-opened';

/** Long enough to write the message; short enough that a later mail to them is not taken for it. */
export const PENDING_COMPOSE_TTL_MS = 2 * 60 * 60_000;
export const MAX_PENDING_COMPOSES = 20;
export const PENDING_COMPOSE_KEY_PREFIX = 'cobro:pending-compose:';

const StoredCompose = z.strictObject({
  ...PendingComposeFields.shape,
  createdAt: z.number().int().nonnegative(),
  expiresAt: z.number().int().nonnegative(),
});
export type StoredCompose = z.infer<typeof StoredCompose>;

/** The part of `browser.storage.session` / `.local` used here. */
export interface StorageAreaLike {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A send as the ledger's 'mail-sent' request describes it. */
export interface SentMail {
  to: readonly string[];
  subject?: string | undefined;
}

export interface PendingComposeDeps {
  /** Asked on each use: nothing about the area is kept between service worker starts. */
  area: () => StorageAreaLike;
  now: () => number;
  newId: () => string;
}

export interface FoundCompose {
  key: string;
  compose: StoredCompose;
}

export interface PendingComposes {
  remember(compose: PendingComposeFields): Promise<void>;
  /** The newest unexpired compose this send came from, or null. It stays until `forget`. */
  find(sent: SentMail): Promise<FoundCompose | null>;
  forget(key: string): Promise<void>;
}

const normalSubject = (subject: string | undefined) => (subject ?? '').trim().replace(/\s+/g, ' ');
const normalAddress = (address: string) => address.trim().toLowerCase();

export function isSendOf(compose: Pick<StoredCompose, 'to' | 'subject'>, sent: SentMail): boolean {
  const recipients = new Set(sent.to.map(normalAddress));
  return compose.to.every((address) => recipients.has(normalAddress(address))) && normalSubject(compose.subject) === normalSubject(sent.subject);
}

export function pendingComposes(deps: PendingComposeDeps): PendingComposes {
  /** Every stored compose still valid and in time; keys of the others, to be removed. */
  const readAll = async (): Promise<{ live: FoundCompose[]; stale: string[] }> => {
    const now = deps.now();
    const items = await deps.area().get(null);
    const live: FoundCompose[] = [];
    const stale: string[] = [];
    for (const [key, value] of Object.entries(items ?? {})) {
      if (!key.startsWith(PENDING_COMPOSE_KEY_PREFIX)) continue;
      // Local storage is writable by our content scripts' process too: what comes back is checked.
      const parsed = StoredCompose.safeParse(value);
      if (parsed.success && parsed.data.expiresAt > now) live.push({ key, compose: parsed.data });
      else stale.push(key);
    }
    live.sort((a, b) => b.compose.createdAt - a.compose.createdAt);
    return { live, stale };
  };

  const removeKeys = async (keys: string[]) => {
    if (keys.length > 0) await deps.area().remove(keys);
  };

  return {
    async remember(compose) {
      const fields = PendingComposeFields.parse(compose);
      const now = deps.now();
      const { live, stale } = await readAll();
      const overflow = live.slice(MAX_PENDING_COMPOSES - 1).map((found) => found.key);
      await removeKeys([...stale, ...overflow]);
      const stored: StoredCompose = { ...fields, createdAt: now, expiresAt: now + PENDING_COMPOSE_TTL_MS };
      await deps.area().set({ [`${PENDING_COMPOSE_KEY_PREFIX}${deps.newId()}`]: stored });
    },

    async find(sent) {
      const { live, stale } = await readAll();
      await removeKeys(stale);
      return live.find((found) => isSendOf(found.compose, sent)) ?? null;
    },

    async forget(key) {
      await deps.area().remove(key);
    },
  };
}
