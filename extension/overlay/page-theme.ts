// Whether the Gmail page around a chip or a panel is dark. Gmail's themes (Dark, the dark photo
// themes) are the user's choice inside Gmail and say nothing to `prefers-color-scheme`: a light
// chip on a dark Gmail, or a dark card over a light one when only the system is dark, read poorly.
// So the page's own colours decide: the first background behind the element that is (almost)
// opaque, or, when every background is see-through (a photo theme), the colour of its text.
// Unknown colours decide nothing, and the stylesheet's `prefers-color-scheme` rule applies.
// Forced colours (high contrast) are left to the stylesheet's `forced-colors` rules.

export type PageTheme = 'light' | 'dark';

type Rgba = readonly [number, number, number, number];

const NAMED: Record<string, Rgba> = {
  transparent: [0, 0, 0, 0],
  white: [255, 255, 255, 1],
  black: [0, 0, 0, 1],
};

/** The colours getComputedStyle gives (rgb()/rgba(), comma or space syntax), hex, and a few names. */
export function parseColor(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  const named = NAMED[text];
  if (named) return named;
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex !== undefined) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
    return [channel(0), channel(1), channel(2), full.length === 8 ? channel(3) / 255 : 1];
  }
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (!match) return null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * From the backgrounds behind an element (nearest first) and the colour of its text. A dark page
 * has a background darker than mid-grey (luminance 0.18 sits halfway by contrast between black
 * and white), or, with no opaque background, light text.
 */
export function themeFromColours(backgrounds: readonly string[], text: string | null): PageTheme | null {
  for (const background of backgrounds) {
    const colour = parseColor(background);
    if (colour && colour[3] >= 0.9) return luminance(colour) < 0.18 ? 'dark' : 'light';
  }
  const colour = text === null ? null : parseColor(text);
  if (colour && colour[3] >= 0.5) return luminance(colour) > 0.5 ? 'dark' : 'light';
  return null;
}

/** The theme of the page around `element`, read from its computed colours. */
export function pageTheme(element: Element): PageTheme | null {
  const view = element.ownerDocument.defaultView;
  if (!view) return null;
  const backgrounds: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    backgrounds.push(view.getComputedStyle(node).backgroundColor);
  }
  return themeFromColours(backgrounds, view.getComputedStyle(element).color);
}

/** Marks a shadow host with the page's theme, for the stylesheet's `:host([data-cobro-theme])` rules. */
export function markTheme(host: HTMLElement, theme: PageTheme | null): void {
  if (theme === null) host.removeAttribute('data-cobro-theme');
  else host.setAttribute('data-cobro-theme', theme);
}
