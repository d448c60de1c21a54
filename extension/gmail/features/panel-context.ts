// The Gmail thread a panel belongs to (extension/overlay/panel-subject.ts says how a panel follows
// the page): the thread on screen, read from Gmail's page.
import type { OnScreen } from '../../overlay/panel-subject';
import { allThreadAddresses, readThread } from '../thread';
import { viewFromLocation } from '../url';

/** The thread on screen, or null on a list, a settings page, or a layout Cobro cannot read. */
export function threadOnScreen(doc: Document): OnScreen | null {
  // Gmail may keep a thread's DOM around while the list is shown: the URL says which one is in view.
  if (viewFromLocation(doc.location.href).view === 'list') return null;
  const result = readThread(doc);
  if (!result.ok) return null;
  return { threadId: result.thread.threadId, addresses: new Set(allThreadAddresses(result.thread)) };
}
