// Test helper: shadow hosts without WXT. Each host is a plain <span> placed where the feature
// says, with a React root rendered synchronously so tests can read the DOM right after a call.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ShadowHost } from './shadow-host';

export function plainHosts(name: string) {
  const created: ShadowHost[] = [];
  const createHost = (place: (host: HTMLElement) => void): Promise<ShadowHost> => {
    const element = document.createElement('span');
    element.dataset.testHost = name;
    place(element);
    const root = createRoot(element);
    const host: ShadowHost = {
      element,
      find: (selector) => element.querySelector<HTMLElement>(selector),
      render: (node: ReactNode) => flushSync(() => root.render(node)),
      remove: () => {
        root.unmount();
        element.remove();
      },
    };
    created.push(host);
    return Promise.resolve(host);
  };
  return { createHost, created };
}
