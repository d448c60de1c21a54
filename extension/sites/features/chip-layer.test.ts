// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ChipLayer } from './chip-layer';

/** An element that says it is drawn at `rect` (happy-dom lays nothing out). */
function placed<T extends HTMLElement>(element: T, rect: { left: number; top: number; width: number; height: number }): T {
  element.getBoundingClientRect = () => DOMRect.fromRect({ x: rect.left, y: rect.top, width: rect.width, height: rect.height });
  return element;
}

function chipOfWidth(width: number): HTMLElement {
  const chip = document.createElement('div');
  Object.defineProperty(chip, 'offsetWidth', { value: width });
  Object.defineProperty(chip, 'offsetHeight', { value: 20 });
  document.body.append(chip);
  return chip;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ChipLayer', () => {
  const controller = new AbortController();
  const at = (chip: HTMLElement) => [chip.style.visibility, chip.style.transform];
  const layerWith = (anchor: Element, chip: HTMLElement, onTop: Element | null = anchor) => {
    document.elementFromPoint = () => onTop;
    const layer = new ChipLayer(window, controller.signal, { measureAll: true });
    layer.set('k', { anchor, element: chip });
    layer.place();
    return layer;
  };

  it.each<[string, { left: number; top: number; width: number; height: number }, number, string[]]>([
    ['after its anchor, centred on it', { left: 100, top: 200, width: 80, height: 20 }, 40, ['visible', 'translate(186px, 210px) translateY(-50%)']],
    ['under it, inside the window, when there is no room after it', { left: 900, top: 200, width: 100, height: 30 }, 120, ['visible', 'translate(898px, 246px) translateY(-50%)']],
    ['hidden when its anchor is off screen', { left: 100, top: 5000, width: 80, height: 20 }, 40, ['hidden', '']],
    ['hidden when its anchor is not drawn', { left: 0, top: 0, width: 0, height: 0 }, 40, ['hidden', '']],
  ])('%s', (_case, rect, chipWidth, expected) => {
    Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
    const anchor = placed(document.createElement('a'), rect);
    document.body.append(anchor);
    const chip = chipOfWidth(chipWidth);
    layerWith(anchor, chip);
    expect(at(chip)).toEqual(expected);
  });

  it('hides a chip whose anchor is scrolled out of its box, and shows it again when scrolled back', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
    const box = placed(document.createElement('div'), { left: 50, top: 100, width: 300, height: 120 });
    box.style.overflow = 'auto';
    const anchor = placed(document.createElement('a'), { left: 60, top: 60, width: 80, height: 20 });
    box.append(anchor);
    document.body.append(box);
    const chip = chipOfWidth(40);
    const layer = layerWith(anchor, chip);
    expect(at(chip)[0]).toBe('hidden');
    placed(anchor, { left: 60, top: 110, width: 80, height: 20 });
    layer.place();
    expect(at(chip)).toEqual(['visible', 'translate(146px, 120px) translateY(-50%)']);
  });

  it('hides a chip whose anchor the page covered (a dialog over the table) or removed', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
    const anchor = placed(document.createElement('a'), { left: 100, top: 200, width: 80, height: 20 });
    const dialog = document.createElement('div');
    document.body.append(anchor, dialog);
    const chip = chipOfWidth(40);
    const layer = layerWith(anchor, chip, dialog);
    expect(at(chip)[0]).toBe('hidden');
    document.elementFromPoint = () => anchor;
    layer.place();
    expect(at(chip)[0]).toBe('visible');
    anchor.remove();
    layer.place();
    expect(at(chip)[0]).toBe('hidden');
  });
});
