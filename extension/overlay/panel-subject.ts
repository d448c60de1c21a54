// What a panel was opened for, and whether the page still shows it. Gmail and the invoicing tools
// are single-page apps: the user can go to another thread or invoice, or back to a list, with a
// card or a form still open, and a payment recorded there would be recorded against a customer who
// is no longer on screen. A panel remembers the page (a thread, an invoice) and the addresses it
// belongs to; it stays while that page is shown, follows the user to another page of the same
// customer, and goes away otherwise. Every write checks again at the moment it is made
// (guardActions), whatever the page watch saw.
import type { Result } from '../../shared/ledger/api';
import type { DebtorActions } from '../../shared/ui/card/actions';

/** What the page shows now: a Gmail thread, or an invoicing tool's page. */
export interface OnScreen {
  /** The thread's id in Gmail; the page's address in an invoicing tool. */
  threadId: string;
  /** Every customer address on it, lower-cased. */
  addresses: ReadonlySet<string>;
}

/** What a panel belongs to: the page it was opened from and the customer's addresses on it. */
export interface PanelSubject {
  threadId: string;
  addresses: readonly string[];
}

/**
 * 'same': its page is still shown; 'moved': another page with the same customer is (the panel
 * may stay, now for that page); 'gone': no page, or one without them.
 */
export type Standing = 'same' | 'moved' | 'gone';

export function standing(subject: PanelSubject, screen: OnScreen | null): Standing {
  if (screen === null) return 'gone';
  if (screen.threadId === subject.threadId) return 'same';
  return subject.addresses.some((address) => screen.addresses.has(address)) ? 'moved' : 'gone';
}

/** What a write answers when the panel it came from no longer matches the page: nothing was written. */
export const STALE_PANEL: Result<never> = {
  ok: false,
  error: { code: 'conflict', message: 'The page this panel was opened for is no longer on screen; nothing was written.' },
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
