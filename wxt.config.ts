import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { articleFiles, buildBundledArchive } from './scripts/bundled-archive';
import { buildPageTools } from './scripts/build-page-tools';
import { PAGE_TOOLS_FILE } from './entrypoints/crosscheck/load-page-tools';

const DATA_DIR = resolve(__dirname, 'data');

/**
 * `virtual:bundled-archive`: the articles in data/ parsed and analysed at build time, so dropping a file into
 * data/ and rebuilding is all it takes to ship it, and the installed extension starts with a ready index.
 */
function bundledArchive(): Plugin {
  const id = 'virtual:bundled-archive';
  return {
    name: 'crosscheck-bundled-archive',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(moduleId) {
      if (moduleId !== '\0' + id) return null;
      for (const file of articleFiles(DATA_DIR)) this.addWatchFile(file);
      return `export default ${JSON.stringify(buildBundledArchive(DATA_DIR))};`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script's page tools, a module of their own (scripts/build-page-tools.ts).
    'build:done': async (wxt, output) => {
      const file = await buildPageTools(wxt.config.outDir, wxt.config.browser);
      (output.publicAssets as unknown as Array<{ type: 'asset'; fileName: string }>).push({ type: 'asset', fileName: PAGE_TOOLS_FILE });
      wxt.logger.info(`Built ${file}`);
    },
  },
  vite: () => ({
    plugins: [preact(), bundledArchive()],
    build: { chunkSizeWarningLimit: 1500 },
  }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Related reporting and conflicting statements beside the news you read, from an archive that never leaves your browser.',
    // Each permission is justified in README.md ("Permissions").
    // `offscreen` (Chrome only): a hidden extension page that parses pages with the browser's own parser.
    // `scripting`: wakes the content script's listener on a page its first look turned down, when the reader
    // asks for the sidebar or related coverage there (background/tabs.ts).
    permissions: ['storage', 'contextMenus', 'unlimitedStorage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The same sites as the content script's (no further warning): `scripting` may run only where the extension
    // has host access, and a content script's matches do not grant it.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The content script (entrypoints/crosscheck/, an unlisted script: see its header for why). At
    // document_end it starts once the page's HTML is parsed and waits for the page to be idle itself:
    // document_idle can hold it until 200 ms after DOMContentLoaded on a page still loading.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_end', js: ['crosscheck.js'] }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open or close the Crosscheck sidebar',
      },
    },
    web_accessible_resources: [
      // page-tools.js: the content script imports it, which Chrome allows only for web-accessible files.
      { resources: ['sidebar.html', PAGE_TOOLS_FILE, 'chunks/*', 'assets/*'], matches: ['<all_urls>'] },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Firefox's data-collection declaration: Crosscheck collects and transmits nothing.
            gecko: { id: 'crosscheck@crosscheck.example', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
