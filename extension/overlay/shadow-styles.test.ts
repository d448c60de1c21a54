// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shadowStyles } from './shadow-styles';

const CSS = '.cobro-chip { color: red; }';

function newShadow(): ShadowRoot {
  const host = document.createElement('cobro-chip');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

function refuseAdoption(shadow: ShadowRoot): ShadowRoot {
  Object.defineProperty(shadow, 'adoptedStyleSheets', {
    get: () => [],
    set: () => {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
  });
  return shadow;
}

describe('shadowStyles', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('shares one parsed sheet between shadow roots where sheets can be adopted', () => {
    const styles = shadowStyles(CSS, { adoptSheets: true });
    const [a, b] = [newShadow(), newShadow()];
    styles.applyTo(a);
    styles.applyTo(b);
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    expect(a.querySelector('style')).toBeNull();
  });

  it('gives each root a <style> of its own where sheets are not adopted (Firefox)', () => {
    const styles = shadowStyles(CSS, { adoptSheets: false });
    const [a, b] = [newShadow(), newShadow()];
    styles.applyTo(a);
    styles.applyTo(b);
    for (const shadow of [a, b]) {
      expect(shadow.adoptedStyleSheets).toHaveLength(0);
      expect(shadow.firstElementChild?.tagName).toBe('STYLE');
      expect(shadow.firstElementChild?.textContent).toBe(CSS);
    }
  });

  it('falls back to <style> for good once the browser refuses the shared sheet', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const styles = shadowStyles(CSS, { adoptSheets: true });
    const refused = refuseAdoption(newShadow());
    styles.applyTo(refused);
    expect(refused.querySelector('style')?.textContent).toBe(CSS);
    const next = newShadow();
    styles.applyTo(next);
    expect(next.adoptedStyleSheets).toHaveLength(0);
    expect(next.querySelector('style')?.textContent).toBe(CSS);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
