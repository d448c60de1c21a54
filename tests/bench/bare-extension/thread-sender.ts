// Which address the bare baseline looks up: the first sender in the open thread who is not the
// account itself (Gmail's title ends "- account@example - Gmail").
export interface ThreadSender {
  threadId: string;
  email: string;
  element: Element;
}

const ACCOUNT_IN_TITLE = /\s-\s([^\s]+@[^\s]+)\s-\s[^-]*$/;

export function senderToLookUp(doc: Document): ThreadSender | null {
  const threadId = doc.querySelector('h2.hP[data-thread-perm-id]')?.getAttribute('data-thread-perm-id');
  if (!threadId) return null;
  const account = ACCOUNT_IN_TITLE.exec(doc.title)?.[1]?.toLowerCase();
  for (const element of doc.querySelectorAll('span.gD[email]')) {
    const email = (element.getAttribute('email') ?? '').trim().toLowerCase();
    if (email !== '' && email !== account) return { threadId, email, element };
  }
  return null;
}
