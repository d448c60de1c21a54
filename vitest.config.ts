import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // Extension code runs against WXT's in-memory fake browser APIs.
  plugins: [WxtVitest()],
  test: {
    include: [
      'shared/**/*.test.{ts,tsx}',
      'extension/**/*.test.{ts,tsx}',
      'outlook-addin/**/*.test.{ts,tsx}',
      'tests/arch/**/*.test.ts',
      'tests/fixtures/**/*.test.ts',
      'tests/demo/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup/indexeddb.ts'],
    // Property tests over a real (in-memory) database are slow on a busy 2-core machine; a hang still fails.
    testTimeout: 30_000,
  },
});
