// Where Cobro's chips sit on a tool's page: in one layer of Cobro's own, fixed over the page, each
// chip drawn beside its anchor (the invoice number's link or field). Nothing is inserted into the
// page's own elements: a table cell or a form a framework renders belongs to that framework, and a
// foreign node inside it can be dropped or break its next render. The cost is that the layer must
// follow the page: chips are moved to their anchors after every scroll (of the page or of any box
// inside it), resize and page change, in one animation frame, by writing their position directly
// (no render). A chip is hidden while its anchor is off screen, scrolled out of its box, or covered
// by something the page put over it (a dialog, a side panel).

export interface LayerChip {
  anchor: Element;
  element: HTMLElement;
}

/** Gap between an anchor's end and its chip, in CSS pixels. */
const GAP = 6;

function clipsContent(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

/**
 * The boxes that may cut the anchor off: its ancestors whose overflow is not visible. The
 * IntersectionObserver below also drops an anchor scrolled out of its box, but it says so a few
 * frames after the scroll (measured in Chromium: three), and the chip would be drawn outside the
 * box meanwhile; and without an observer every chip is measured. So the layer checks them itself.
 */
function clippingAncestors(anchor: Element): Element[] {
  const found: Element[] = [];
  const view = anchor.ownerDocument.defaultView;
  if (!view) return found;
  for (let node = anchor.parentElement; node && node !== anchor.ownerDocument.body && node !== anchor.ownerDocument.documentElement; node = node.parentElement) {
    if (clipsContent(view.getComputedStyle(node))) found.push(node);
  }
  return found;
}

export class ChipLayer {
  private readonly chips = new Map<string, LayerChip>();
  private readonly clips = new WeakMap<Element, Element[]>();
  private frame: number | null = null;
  /**
   * Anchors on or near the screen, as an IntersectionObserver reports them: only their chips are
   * measured when the layer moves (a 1,000-row list has a screenful in view; reading every anchor's
   * box on each scroll was most of a frame). Null: every chip is measured.
   */
  private readonly near: Set<Element> | null;
  private readonly watcher: IntersectionObserver | null;

  constructor(
    private readonly win: Window,
    signal: AbortSignal,
    options: { measureAll?: boolean } = {},
  ) {
    const Observer = (win as Window & typeof globalThis).IntersectionObserver as typeof IntersectionObserver | undefined;
    if (options.measureAll || Observer === undefined) {
      this.near = null;
      this.watcher = null;
    } else {
      const near = (this.near = new Set());
      this.watcher = new Observer(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) near.add(entry.target);
            else near.delete(entry.target);
          }
          this.schedule();
        },
        { rootMargin: '200px' },
      );
      signal.addEventListener('abort', () => this.watcher?.disconnect());
    }
    const schedule = () => this.schedule();
    // Capture: a scroll of a box inside the page does not bubble.
    win.document.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
    win.addEventListener('resize', schedule, { passive: true, signal });
    signal.addEventListener('abort', () => {
      if (this.frame !== null) win.cancelAnimationFrame(this.frame);
    });
  }

  set(key: string, chip: LayerChip): void {
    const before = this.chips.get(key);
    if (before && before.anchor !== chip.anchor) this.unwatch(before.anchor);
    this.chips.set(key, chip);
    this.watcher?.observe(chip.anchor);
    this.schedule();
  }

  delete(key: string): void {
    const chip = this.chips.get(key);
    this.chips.delete(key);
    if (chip) this.unwatch(chip.anchor);
  }

  /** Stops watching an anchor no chip uses any more (one anchor may carry several chips' values). */
  private unwatch(anchor: Element): void {
    for (const chip of this.chips.values()) if (chip.anchor === anchor) return;
    this.watcher?.unobserve(anchor);
    this.near?.delete(anchor);
  }

  /** Moves every chip to its anchor in the next frame (one read pass, then one write pass). */
  schedule(): void {
    if (this.frame !== null) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = null;
      this.place();
    });
  }

  /** Moves every chip now. */
  place(): void {
    const doc = this.win.document;
    const width = this.win.innerWidth;
    const height = this.win.innerHeight;
    const moves: Array<[HTMLElement, { x: number; y: number } | null]> = [];
    for (const { anchor, element } of this.chips.values()) {
      if (!anchor.isConnected || (this.near !== null && !this.near.has(anchor))) {
        moves.push([element, null]);
        continue;
      }
      const rect = anchor.getBoundingClientRect();
      let visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < height && rect.right > 0 && rect.left < width;
      if (visible) {
        let clips = this.clips.get(anchor);
        if (!clips) this.clips.set(anchor, (clips = clippingAncestors(anchor)));
        for (const box of clips) {
          const bounds = box.getBoundingClientRect();
          if (rect.right <= bounds.left || rect.left >= bounds.right || rect.bottom <= bounds.top || rect.top >= bounds.bottom) visible = false;
        }
      }
      let x = rect.right + GAP;
      let y = rect.top + rect.height / 2;
      // No room after the anchor (a field at the page's right edge): under it, inside the window.
      const chipWidth = element.offsetWidth;
      if (x + chipWidth > width - GAP) {
        x = Math.max(GAP, Math.min(rect.left, width - chipWidth - GAP));
        y = rect.bottom + GAP + element.offsetHeight / 2;
      }
      if (visible) {
        // Covered by the page's own dialog or panel: what is on top at the anchor is not the anchor.
        const probeX = Math.min(Math.max(rect.left + Math.min(rect.width / 2, 8), 0), width - 1);
        const top = doc.elementFromPoint(probeX, Math.min(Math.max(rect.top + rect.height / 2, 0), height - 1));
        if (top && top !== anchor && !anchor.contains(top) && !top.contains(anchor)) visible = false;
      }
      moves.push([element, visible ? { x, y } : null]);
    }
    for (const [element, at] of moves) {
      if (at === null) {
        element.style.visibility = 'hidden';
        continue;
      }
      element.style.visibility = 'visible';
      element.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px) translateY(-50%)`;
    }
  }
}
