// The other end of the dialog: a page Outlook opened with displayDialogAsync. It reads Outlook's
// display language and talks to the task pane that opened it. The page also works without
// Office (opened straight in a browser), so nothing here is required.
import type { OfficeApi } from './office-global';

export interface DialogPageHost {
  /** Outlook's display language, e.g. 'es-ES'; '' when Office did not say. */
  displayLanguage: string;
  /**
   * Sends a string to the task pane that opened this page; false when it could not. Null when the
   * page is not in an Office dialog.
   */
  messageParent: ((message: string) => boolean) | null;
}

const NO_HOST: DialogPageHost = { displayLanguage: '', messageParent: null };

/**
 * Waits for Office (at most `patienceMs`, so a page whose office.js never becomes ready still
 * starts) and reads what the page needs. `inDialog` is what the page's address says: Office
 * offers messageParent on other pages too, where calling it fails.
 */
export async function dialogPageHost(office: OfficeApi, inDialog: boolean, patienceMs = 5000): Promise<DialogPageHost> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = await Promise.race([
    office.onReady().then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), patienceMs);
    }),
  ]);
  clearTimeout(timer);
  if (!ready) return NO_HOST;
  const context = office.context as Partial<Office.Context> | undefined;
  const ui = context?.ui;
  const send = inDialog && typeof ui?.messageParent === 'function' ? ui.messageParent.bind(ui) : null;
  return {
    displayLanguage: typeof context?.displayLanguage === 'string' ? context.displayLanguage : '',
    messageParent: send
      ? (message) => {
          try {
            send(message);
            return true;
          } catch {
            return false;
          }
        }
      : null,
  };
}
