import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}', 'outlook-addin/**/*.test.{ts,tsx}', 'tests/arch/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/indexeddb.ts'],
  },
});
