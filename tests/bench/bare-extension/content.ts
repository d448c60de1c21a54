// The bare baseline's content script: when a thread opens, one message with its sender's address,
// and one plain element beside the sender with the answer. No settle delay, no React, no shadow
// root: the least a content script can do to show something per thread.
import { senderToLookUp } from './thread-sender';
import type { BareAnswer, BareLookup } from './lookup';

let shownFor = '';

function onPageChange(): void {
  const found = senderToLookUp(document);
  const threadId = found?.threadId ?? '';
  if (threadId === shownFor) return;
  shownFor = threadId;
  if (!found) return;
  const request: BareLookup = { type: 'bare-lookup', email: found.email };
  void chrome.runtime.sendMessage(request).then((answer: BareAnswer | null) => {
    if (!answer || shownFor !== threadId || !found.element.isConnected) return;
    const mark = document.createElement('span');
    mark.dataset.bareChip = '';
    mark.dataset.debtorId = answer.id;
    mark.textContent = answer.name;
    found.element.after(mark);
  });
}

new MutationObserver(onPageChange).observe(document.documentElement, { childList: true, subtree: true });
onPageChange();
