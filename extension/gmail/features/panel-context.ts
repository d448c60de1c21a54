// What a panel was opened for, and whether the page still shows it. Gmail is a single-page app:
// the user can go to another thread or back to the inbox with a card or a Track form still open,
// and a payment recorded there would be recorded against a customer who is no longer on screen.
// A panel remembers the thread and the addresses it belongs to; it stays while that thread is
// shown, follows the user to another thread of the same customer, and goes away otherwise. Every
// write checks again at the moment it is made (guardActions), whatever the page watch saw.
import type { Result } from '../../../shared/ledger/api';
import type { DebtorActions } from '../../../shared/ui/card/actions';
import { allThreadAddresses, readThread } from '../thread';
import { viewFromLocation } from '../url';

/** The conversation the page shows now. */
export interface OnScreen {
  threadId: string;
  /** Everyone in it, lower-cased. */
  addresses: ReadonlySet<string>;
}

/** What a panel belongs to: the thread it was opened from and the customer's addresses in it. */
export interface PanelSubject {
  threadId: string;
  addresses: readonly string[];
}

/**
 * 'same': its thread is still shown; 'moved': another thread with the same customer is (the panel
 * may stay, now for that thread); 'gone': no thread, or one without them.
 */
export type Standing = 'same' | 'moved' | 'gone';

/** The thread on screen, or null on a list, a settings page, or a layout Cobro cannot read. */
export function threadOnScreen(doc: Document): OnScreen | null {
  // Gmail may keep a thread's DOM around while the list is shown: the URL says which one is in view.
  if (viewFromLocation(doc.location.href).view === 'list') return null;
  const result = readThread(doc);
  if (!result.ok) return null;
  return { threadId: result.thread.threadId, addresses: new Set(allThreadAddresses(result.thread)) };
}

export function standing(subject: PanelSubject, screen: OnScreen | null): Standing {
  if (screen === null) return 'gone';
  if (screen.threadId === subject.threadId) return 'same';
  return subject.addresses.some((address) => screen.addresses.has(address)) ? 'moved' : 'gone';
}

/** What a write answers when the panel it came from no longer matches the page: nothing was written. */
export const STALE_PANEL: Result<never> = {
  ok: false,
  error: { code: 'conflict', message: 'The conversation this panel was opened for is no longer on screen; nothing was written.' },
};

/**
 * The card's actions, each checking `current()` right before it writes. When the page no longer
 * shows the panel's customer, nothing is sent to the ledger and `onStale` is told instead.
 */
export function guardActions(actions: DebtorActions, current: () => boolean, onStale: () => void): DebtorActions {
  const guarded: Partial<Record<keyof DebtorActions, unknown>> = {};
  for (const name of Object.keys(actions) as Array<keyof DebtorActions>) {
    const action = actions[name] as (...args: unknown[]) => Promise<Result<unknown>>;
    guarded[name] = (...args: unknown[]): Promise<Result<unknown>> => {
      if (current()) return action(...args);
      onStale();
      return Promise.resolve(STALE_PANEL);
    };
  }
  return guarded as DebtorActions;
}
