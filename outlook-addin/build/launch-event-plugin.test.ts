// The dev server serves launchevent.js as the same classic script the build writes.
import { resolve } from 'node:path';
import { Script } from 'node:vm';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchEventPlugin, LAUNCH_EVENT_FILE } from './launch-event-plugin';

let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: resolve(import.meta.dirname, '..'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    plugins: [launchEventPlugin(resolve(import.meta.dirname, '../launchevent/launchevent.ts'))],
  });
  await server.listen();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the dev server', () => {
  it(`serves /${LAUNCH_EVENT_FILE} as one classic script that registers the send handler`, async () => {
    const response = await fetch(new URL(LAUNCH_EVENT_FILE, server.resolvedUrls!.local[0]));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await response.text();
    expect(() => new Script(code)).not.toThrow();
    expect(code).toContain('onMessageSendHandler');
  }, 60_000);
});
