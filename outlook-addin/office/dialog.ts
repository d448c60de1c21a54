// The Office dialog the task pane opens larger pages in (the workspace): whether this Outlook
// has one, opening it, and what it reports back. The pane is about 320 pixels wide; a dialog
// takes a share of the screen.
import { officeCall } from './async-result';
import { OfficeHostError } from './errors';
import type { OfficeApi } from './office-global';

/** Why a dialog did not open, from the codes Office documents for displayDialogAsync. */
export type DialogFailure =
  /** 12007: this pane already has a dialog open (one at a time). */
  | 'already-open'
  /** 12009: Outlook on the web asked the user whether to open it, and they declined. */
  | 'ignored'
  /** 12011: the browser's pop-up settings blocked it (Outlook on the web). */
  | 'blocked'
  /** 12004, 12005: Outlook does not trust the address (another domain, plain http, localhost without an AppDomain). */
  | 'untrusted'
  /** Anything else: an older client, a failure without a documented code. */
  | 'failed';

const FAILURES: ReadonlyMap<number, DialogFailure> = new Map([
  [12004, 'untrusted'],
  [12005, 'untrusted'],
  [12007, 'already-open'],
  [12009, 'ignored'],
  [12011, 'blocked'],
]);

export function dialogFailure(error: unknown): DialogFailure {
  if (!(error instanceof OfficeHostError) || error.officeCode === undefined) return 'failed';
  return FAILURES.get(error.officeCode) ?? 'failed';
}

/** How a dialog that opened came to an end, from DialogEventReceived. */
export type DialogEnd =
  /** 12006: the user closed it (its own close button). */
  | 'closed'
  /** 12002, 12003 or another code: its page could not be loaded or navigated away to where it may not go. */
  | 'unloadable';

export interface DialogListeners {
  /** What the dialog's page sent with messageParent, and where from when the client says (DialogOrigin 1.1). */
  onMessage(message: string, origin: string | undefined): void;
  onEnded(end: DialogEnd, officeCode: number): void;
}

export interface DialogOptions {
  /** Percent of the screen, as Office takes them. */
  height: number;
  width: number;
  /**
   * Outlook on the web: an overlay in the page instead of a pop-up window. No pop-up prompt, and
   * the page shares the task pane's storage (a pop-up is a top-level window, which browsers that
   * partition storage give a different IndexedDB). Other clients ignore it.
   */
  displayInIframe: boolean;
}

export interface OpenDialog {
  /** Closes it from the pane; a second call does nothing. */
  close(): void;
}

/**
 * Whether this Outlook can open a dialog: the Dialog API (DialogApi 1.1; Outlook documents it as
 * part of Mailbox 1.4), and the method really there.
 */
export function canOpenDialog(office: OfficeApi): boolean {
  const context = office.context as Partial<Office.Context> | undefined;
  if (typeof context?.ui?.displayDialogAsync !== 'function') return false;
  const requirements = context.requirements;
  if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
  return requirements.isSetSupported('DialogApi', '1.1') || requirements.isSetSupported('Mailbox', '1.4');
}

/** Opens `url` (an absolute https address on the add-in's own origin) in a dialog. */
export async function openDialog(office: OfficeApi, url: string, options: DialogOptions, listeners: DialogListeners): Promise<OpenDialog> {
  const dialog = await officeCall<Office.Dialog>(office, 'open a dialog', (done) => office.context.ui.displayDialogAsync(url, { ...options }, done));
  let open = true;
  dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
    if (open && 'message' in arg && typeof arg.message === 'string') listeners.onMessage(arg.message, typeof arg.origin === 'string' ? arg.origin : undefined);
  });
  dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
    if (!open) return;
    open = false;
    const code = 'error' in arg && typeof arg.error === 'number' ? arg.error : 0;
    listeners.onEnded(code === 12006 ? 'closed' : 'unloadable', code);
  });
  return {
    close() {
      if (!open) return;
      open = false;
      dialog.close();
    },
  };
}
