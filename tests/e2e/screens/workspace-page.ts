// The workspace (the extension's options page) opened at a route, at the width every picture uses.
import type { Page } from '@playwright/test';
import type { CobroChromium } from '../support/chromium';

export async function openWorkspace(cobro: CobroChromium, hash: string, height = 1100): Promise<Page> {
  const page = await cobro.context.newPage();
  await page.setViewportSize({ width: 1366, height });
  await page.goto(`chrome-extension://${cobro.extensionId}/options.html${hash}`);
  return page;
}
