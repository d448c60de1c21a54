// A root whose top level is rendered once; every later render replaces its content through
// state. In Gmail the roots run on preact/compat, whose useId numbers each top-level render()
// afresh after the second one: components mounted later (a quick-action form opened in a card
// that was refreshed twice) would get ids already in use in the same shadow root, and their
// labels would point at the wrong elements. One top-level render keeps every id unique.
// Renders are synchronous (flushSync), as the features' tests render them (test-hosts.tsx).
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export interface SlotRoot {
  render(node: ReactNode): void;
  unmount(): void;
}

interface Holder {
  replace: ((node: ReactNode) => void) | null;
}

function Slot({ first, holder }: { first: ReactNode; holder: Holder }) {
  const [node, setNode] = useState<ReactNode>(first);
  useLayoutEffect(() => {
    holder.replace = (next) => setNode(() => next);
    return () => {
      holder.replace = null;
    };
  }, [holder]);
  return <>{node}</>;
}

export function createSlotRoot(container: Element | DocumentFragment): SlotRoot {
  const root = createRoot(container);
  const holder: Holder = { replace: null };
  return {
    render(node) {
      const replace = holder.replace;
      // Until the slot is committed, its first content can still be set from the top.
      if (replace) flushSync(() => replace(node));
      else flushSync(() => root.render(<Slot first={node} holder={holder} />));
    },
    unmount() {
      holder.replace = null;
      root.unmount();
    },
  };
}
