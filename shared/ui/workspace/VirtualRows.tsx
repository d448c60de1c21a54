// A table body that renders only the rows in view (plus a few either side), so a list of
// 10,000 debtors costs as much to draw as one screenful. Rows have one fixed height; the body
// keeps the full height so the scrollbar tells the truth. Screen readers get the real row
// count and each row's index (aria-rowcount / aria-rowindex), and the arrow keys move from row
// to row through the whole list, scrolling as they go. With `fill` the body takes the window's
// height below it (and follows the window as it is resized) instead of a fixed number of pixels.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualRowsProps {
  count: number;
  rowHeight: number;
  /** Height of the scrolling area in pixels; with `fill`, the height used where the window cannot be measured. */
  height: number;
  /** Take the window's height from the body's top down, keeping `FILL_BOTTOM` pixels below for the page's margin. */
  fill?: boolean;
  /** Rows drawn beyond each edge of the view. */
  overscan?: number;
  /** Draws row `index`; the element gets role="row" and its position from here. */
  renderRow(index: number): ReactNode;
  /** Which rows are drawn, so data for them can be fetched. */
  onRangeChange?(first: number, last: number): void;
  /** Header rows above the body count in aria-rowindex. */
  headerRows?: number;
  label?: string;
  /** Rows with nothing focusable in them: the body itself takes focus, so the keyboard can scroll it. */
  focusableBody?: boolean;
}

export interface RowWindow {
  first: number;
  last: number;
}

/** The rows to draw for a scroll position: those in view plus `overscan` either side, within the list. */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): RowWindow {
  if (count <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const visible = Math.max(1, Math.ceil(viewport / rowHeight));
  const first = Math.max(0, Math.min(count - 1, top - overscan));
  const last = Math.min(count - 1, top + visible + overscan);
  return { first, last };
}

/** Pixels left under a filling body: the page's bottom padding and the table's border. */
export const FILL_BOTTOM = 44;
/** A filling body never gets shorter than this, so a short window still shows a handful of rows. */
export const FILL_MIN = 240;

/** The height of a filling body whose top is `top` pixels down the document, in a window `windowHeight` tall. */
export function fillHeight(top: number, windowHeight: number, fallback: number): number {
  if (windowHeight <= 0) return fallback;
  return Math.max(FILL_MIN, Math.floor(windowHeight - top - FILL_BOTTOM));
}

const PAGE_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);

export function VirtualRows({ count, rowHeight, height: fixedHeight, fill = false, overscan = 6, renderRow, onRangeChange, headerRows = 1, label, focusableBody = false }: VirtualRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [filled, setFilled] = useState<number | null>(null);
  const height = fill && filled !== null ? filled : fixedHeight;
  const { first, last } = rowWindow(scrollTop, height, rowHeight, count, overscan);

  // Measured against the document (not the scrolled window), so scrolling never resizes it; what
  // sits above can change height too (filters wrapping, a message), hence the observer on the body.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!fill || !element) return;
    const measure = () => setFilled(fillHeight(element.getBoundingClientRect().top + window.scrollY, window.innerHeight, fixedHeight));
    measure();
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element.ownerDocument.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [fill, fixedHeight]);

  useEffect(() => {
    onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  // A shorter list (a new filter) must not leave the view scrolled past its end.
  useEffect(() => {
    const element = scroller.current;
    if (element && element.scrollTop > count * rowHeight) {
      element.scrollTop = 0;
      setScrollTop(0);
    }
  }, [count, rowHeight]);

  // After a key moved to a row that was not drawn yet, focus it once it is.
  useLayoutEffect(() => {
    if (focusIndex === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${focusIndex}"]`);
    const target = row?.querySelector<HTMLElement>('a, button') ?? row;
    if (target) {
      target.focus({ preventScroll: true });
      setFocusIndex(null);
    }
  }, [focusIndex, first, last]);

  const moveTo = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (!element || count === 0) return;
      const target = Math.max(0, Math.min(count - 1, index));
      const top = target * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + height) element.scrollTop = top + rowHeight - height;
      setScrollTop(element.scrollTop);
      setFocusIndex(target);
    },
    [count, rowHeight, height],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!PAGE_KEYS.has(event.key)) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
    if (!row) return;
    const index = Number(row.dataset.rowIndex);
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const next = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  const rows: ReactNode[] = [];
  for (let index = first; index <= last; index++) {
    rows.push(
      <div
        key={index}
        role="row"
        aria-rowindex={index + headerRows + 1}
        data-row-index={index}
        className="cobro-vrow"
        style={{ position: 'absolute', top: index * rowHeight, height: rowHeight, left: 0, right: 0 }}
      >
        {renderRow(index)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      role="rowgroup"
      aria-label={label}
      className="cobro-vbody"
      tabIndex={focusableBody ? 0 : undefined}
      style={{ position: 'relative', height, overflowY: 'auto' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      {rows}
      <div aria-hidden="true" style={{ height: count * rowHeight, width: 1 }} />
    </div>
  );
}
