// Cobro's stylesheet for every shadow root it puts in Gmail. A thread can hold a dozen chips, each
// in its own shadow root: where the browser lets a content script adopt a constructed sheet
// (Chromium), the CSS is parsed once and every root shares it; a <style> per root made each chip
// parse the whole stylesheet again as it was placed (about 2 ms a chip, measured by
// `npm run bench`). Firefox does not let a content script's sheets be adopted into the page's
// shadow roots (its Xray wrappers refuse them), so there each root gets a <style> of its own.

export interface ShadowStyles {
  /** Styles a shadow root; call it before the root's content is drawn. */
  applyTo(shadow: ShadowRoot): void;
}

export function shadowStyles(css: string, options: { adoptSheets: boolean }): ShadowStyles {
  // undefined: not tried yet; null: adopting failed once, <style> from then on.
  let shared: CSSStyleSheet | null | undefined = options.adoptSheets ? undefined : null;

  const styleElement = (shadow: ShadowRoot) => {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  };

  return {
    applyTo(shadow) {
      if (shared !== null) {
        try {
          if (shared === undefined) {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            shared = sheet;
          }
          shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, shared];
          return;
        } catch (error) {
          console.warn('Cobro: shadow roots get a <style> each, the shared stylesheet was refused', error);
          shared = null;
        }
      }
      styleElement(shadow);
    },
  };
}
