// One React tree (preact/compat once built: extension/build/gmail-preact.ts) in its own shadow
// root (WXT's createShadowRootUi), placed where the caller says. Gmail's styles cannot reach in
// and ours cannot leak out; the tree is unmounted and the host removed when the caller asks or
// when the content script's context is invalidated.
import type { ReactNode } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ShadowStyles } from './shadow-styles';
import { createSlotRoot, type SlotRoot } from './slot-root';

export interface ShadowHostOptions {
  /** Kebab-case element name of the host, e.g. 'cobro-chip'. */
  name: string;
  styles: ShadowStyles;
  /** Puts the host element into the page. */
  place: (host: HTMLElement) => void;
  /** Keeps key presses inside (forms), so Gmail's keyboard shortcuts do not fire while typing. */
  isolateKeys?: boolean;
  /**
   * Flows with the text around it (a chip in a header line). The host is inline, but the
   * container WXT puts inside it is a div: left a block, it put the chip on a line of its own.
   */
  inline?: boolean;
}

export interface ShadowHost {
  readonly element: HTMLElement;
  /** The first element inside that matches (the host's own reference to its shadow root, which Firefox's Xrays may hide from `element.shadowRoot`). */
  find(selector: string): HTMLElement | null;
  render(node: ReactNode): void;
  remove(): void;
}

export async function mountShadowHost(ctx: ContentScriptContext, options: ShadowHostOptions): Promise<ShadowHost> {
  const ui = await createShadowRootUi<SlotRoot>(ctx, {
    name: options.name,
    position: 'inline',
    append: (_anchor, host) => options.place(host as HTMLElement),
    isolateEvents: options.isolateKeys ?? false,
    onMount: (container, shadow) => {
      if (options.inline) container.className = 'cobro-inline-host';
      options.styles.applyTo(shadow);
      return createSlotRoot(container);
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  let removed = false;
  return {
    element: ui.shadowHost,
    find: (selector) => ui.shadow.querySelector<HTMLElement>(selector),
    render(node) {
      if (!removed) ui.mounted?.render(node);
    },
    remove() {
      if (removed) return;
      removed = true;
      ui.remove();
    },
  };
}
