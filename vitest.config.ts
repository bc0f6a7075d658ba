import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Every test file's temporary folders are removed after it (scripts/scratch-folder.ts). */
const REMOVE_SCRATCH = 'tests/remove-scratch.ts';

export default defineConfig({
  resolve: { alias: { '@/': root, '@': root } },
  test: {
    // End-to-end files each start a Chromium; on a 2-core machine one at a time is faster and steadier.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        // fake-indexeddb: a complete IndexedDB in Node, so the archive store runs for real in unit tests.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/fuzz/**'], environment: 'node', setupFiles: ['fake-indexeddb/auto', REMOVE_SCRATCH] },
      },
      {
        extends: true,
        // 5,000 hostile pages, timed one by one. With Node's default heap the garbage of thousands of parsed
        // pages piles up to 2 GB and one collection then stalls a page for seconds; a service worker's heap is
        // far smaller and collected often, so `npm run test:fuzz` gives it a small heap too.
        test: { name: 'fuzz', include: ['tests/unit/fuzz/**/*.test.ts'], environment: 'node', testTimeout: 900_000, setupFiles: [REMOVE_SCRATCH] },
      },
      {
        extends: true,
        // Real Chromium with the built extension: one browser at a time on a 2-core machine.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: [REMOVE_SCRATCH],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
