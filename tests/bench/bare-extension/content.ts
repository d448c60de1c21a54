// The bare baseline's content script: when a thread opens, one message with its sender's address,
// and one plain element beside the sender with the answer. No settle delay, no React, no shadow
// root: the least a content script can do to show something per thread.
import { senderToLookUp } from './thread-sender';
import type { BareAnswer, BareLookup } from './lookup';

let shownFor = '';

// Each lookup's round trip, for the bench to read from the page: those sent as a thread opens, and
// the same lookup sent in a tab doing nothing else (on a 'bare-ping' event the bench dispatches).
const roundTrips: Record<'opening' | 'idle', number[]> = { opening: [], idle: [] };

function lookUp(email: string, kind: keyof typeof roundTrips): Promise<BareAnswer | null> {
  const request: BareLookup = { type: 'bare-lookup', email };
  const start = performance.now();
  return chrome.runtime.sendMessage(request).then((answer: BareAnswer | null) => {
    roundTrips[kind].push(performance.now() - start);
    document.documentElement.dataset.bareRoundTrips = JSON.stringify(roundTrips);
    return answer;
  });
}

function onPageChange(): void {
  const found = senderToLookUp(document);
  const threadId = found?.threadId ?? '';
  if (threadId === shownFor) return;
  shownFor = threadId;
  if (!found) return;
  void lookUp(found.email, 'opening').then((answer) => {
    if (!answer || shownFor !== threadId || !found.element.isConnected) return;
    const mark = document.createElement('span');
    mark.dataset.bareChip = '';
    mark.dataset.debtorId = answer.id;
    mark.textContent = answer.name;
    found.element.after(mark);
  });
}

new MutationObserver(onPageChange).observe(document.documentElement, { childList: true, subtree: true });
document.addEventListener('bare-ping', () => void lookUp('nobody@bench.example', 'idle'));
onPageChange();
