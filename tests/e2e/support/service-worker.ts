// Stops the extension's MV3 service worker the way Chromium does when it goes idle, through
// DevTools' ServiceWorker domain (a CDP session on one of the extension's pages sees the
// extension's registration). The next event that needs the worker starts a fresh one, with
// nothing of the old one's memory.
import type { BrowserContext, Page } from '@playwright/test';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

async function until(test: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once every running version of the extension's service worker has stopped. */
export async function stopServiceWorker(context: BrowserContext, extensionPage: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  const versions = new Map<string, WorkerVersion>();
  const ours = `chrome-extension://${extensionId}/`;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) if (version.scriptURL.startsWith(ours)) versions.set(version.versionId, version);
  });
  try {
    await cdp.send('ServiceWorker.enable');
    // Enabling reports every registration's versions; ours exists as long as the extension is installed.
    await until(() => versions.size > 0, 'the extension’s service worker to be reported');
    for (const version of [...versions.values()]) {
      if (version.runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    }
    await until(() => [...versions.values()].every((version) => version.runningStatus === 'stopped'), 'the service worker to stop');
  } finally {
    await cdp.send('ServiceWorker.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}
