import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILL_BOTTOM, FILL_MIN, fillHeight, rowWindow } from './VirtualRows';

describe('rowWindow', () => {
  it.each([
    // scrollTop, viewport, rowHeight, count, overscan → first, last
    [0, 400, 40, 10_000, 5, 0, 15],
    [4000, 400, 40, 10_000, 5, 95, 115],
    [399_600, 400, 40, 10_000, 5, 9985, 9999],
    [0, 400, 40, 3, 5, 0, 2],
    [0, 400, 40, 0, 5, 0, -1],
    [10, 0, 40, 50, 0, 0, 1],
  ])('scrolled %i in %i px of %i px rows, %i rows, overscan %i → rows %i–%i', (top, viewport, rowHeight, count, overscan, first, last) => {
    expect(rowWindow(top, viewport, rowHeight, count, overscan)).toEqual({ first, last });
  });

  it('always covers every row in view and stays within the list (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 0, max: 10 }),
        (count, viewport, rowHeight, overscan) => {
          const maxScroll = Math.max(0, count * rowHeight - viewport);
          for (const scrollTop of [0, Math.floor(maxScroll / 2), maxScroll]) {
            const { first, last } = rowWindow(scrollTop, viewport, rowHeight, count, overscan);
            if (count === 0) {
              expect(last).toBeLessThan(first);
              continue;
            }
            expect(first).toBeGreaterThanOrEqual(0);
            expect(last).toBeLessThanOrEqual(count - 1);
            const firstVisible = Math.floor(scrollTop / rowHeight);
            const lastVisible = Math.min(count - 1, Math.floor((scrollTop + viewport - 1) / rowHeight));
            expect(first).toBeLessThanOrEqual(firstVisible);
            expect(last).toBeGreaterThanOrEqual(lastVisible);
            // Drawn rows stay a screenful plus the overscan, whatever the list's length.
            expect(last - first).toBeLessThanOrEqual(Math.ceil(viewport / rowHeight) + 2 * overscan + 1);
          }
        },
      ),
    );
  });
});

describe('fillHeight', () => {
  it.each([
    // top of the body, window height, fallback → height
    [200, 900, 560, 900 - 200 - FILL_BOTTOM],
    [300, 768, 560, 768 - 300 - FILL_BOTTOM],
    // A short window: a few rows still show (the page scrolls instead).
    [500, 600, FILL_MIN, FILL_MIN],
    [500, 600, 560, FILL_MIN],
    // No window to measure (a test DOM without layout): the host's height.
    [0, 0, 560, 560],
  ])('body at %i px in a %i px window (fallback %i) → %i px', (top, windowHeight, fallback, expected) => {
    expect(fillHeight(top, windowHeight, fallback)).toBe(expected);
  });
});
