// Waits for Office.js and reads what the task pane needs to start: the UI language, the
// user's own address, and which requirement sets the client implements.
import type { OfficeApi } from './office-global';

export interface OfficeStart {
  /** False when office.js loaded outside Outlook (a browser tab, another Office app). */
  inOutlook: boolean;
  /** Outlook's display language, e.g. 'es-ES'. */
  displayLanguage: string;
  /** The signed-in mailbox's address, lower-cased; '' when unknown. */
  userEmail: string;
  supportsMailbox(version: string): boolean;
}

export async function whenOfficeReady(office: OfficeApi): Promise<OfficeStart> {
  await office.onReady();
  const context = office.context;
  return {
    inOutlook: context?.mailbox !== undefined && context.mailbox !== null,
    displayLanguage: context?.displayLanguage ?? '',
    userEmail: (context?.mailbox?.userProfile?.emailAddress ?? '').trim().toLowerCase(),
    supportsMailbox: (version) => context?.requirements?.isSetSupported('Mailbox', version) === true,
  };
}
