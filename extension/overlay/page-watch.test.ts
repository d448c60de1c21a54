// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from './page-watch';

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="main"></div>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function settle() {
    await Promise.resolve();
    await vi.runAllTimersAsync();
  }

  /** A watch that has made its first call; `calls()` counts them all. */
  async function started(isOwnNode?: (node: Node) => boolean) {
    const controller = new AbortController();
    let calls = 0;
    watchPage(() => (calls += 1), { win: window, signal: controller.signal, ...(isOwnNode ? { isOwnNode } : {}) });
    await settle();
    expect(calls).toBe(1);
    return { controller, calls: () => calls };
  }

  it("reads a task's DOM changes once, before any timer runs; a navigation after a zero timer", async () => {
    const { controller, calls } = await started();
    for (let i = 0; i < 5; i += 1) document.getElementById('main')!.append(document.createElement('p'));
    // Mutation observers are called back from microtasks: no timer has to run for the change to be read.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await Promise.resolve();
    expect(calls()).toBe(2);
    expect(vi.getTimerCount()).toBe(0);

    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(vi.getTimerCount()).toBe(1);
    await settle();
    expect(calls()).toBe(3);
    controller.abort();
  });

  it('does nothing while the page is still, and nothing after its signal aborts', async () => {
    const { controller, calls } = await started();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);

    controller.abort();
    document.getElementById('main')!.append(document.createElement('p'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(calls()).toBe(1);
  });

  it('does not read the page again for a batch that only adds its own nodes; their removal it does read', async () => {
    const { controller, calls } = await started((node) => node.nodeName === 'COBRO-CHIP');
    const main = document.getElementById('main')!;

    const chip = document.createElement('cobro-chip');
    main.append(chip);
    await settle();
    expect(calls()).toBe(1);

    main.append(document.createElement('cobro-chip'), document.createElement('p'));
    await settle();
    expect(calls()).toBe(2);

    chip.remove();
    await settle();
    expect(calls()).toBe(3);
    controller.abort();
  });
});
