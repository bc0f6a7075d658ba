import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@/': root, '@': root } },
  test: {
    // End-to-end files each start a Chromium; on a 2-core machine one at a time is faster and steadier.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        // fake-indexeddb: a complete IndexedDB in Node, so the archive store runs for real in unit tests.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['fake-indexeddb/auto'] },
      },
      {
        extends: true,
        // Real Chromium with the built extension: one browser at a time on a 2-core machine.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
