// @playwright/test with a fresh Chromium + Cobro per test; a request outside the fixture origin
// fails the test.
import { test as base, expect } from '@playwright/test';
import { launchCobroChromium, type CobroChromium } from './chromium-launch';

export type { CobroChromium };

export const test = base.extend<{ cobro: CobroChromium }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  cobro: async ({}, use) => {
    const cobro = await launchCobroChromium();
    try {
      await use(cobro);
      expect(cobro.strayRequests, 'requests outside the fixture origin').toEqual([]);
    } finally {
      await cobro.context.close();
    }
  },
});
export { expect };
