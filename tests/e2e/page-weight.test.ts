import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGE_TOOLS_FILE } from '../../entrypoints/crosscheck/load-page-tools';
import { EXTENSION_DIR } from '../../scripts/chromium';

describe('what every page loads', () => {
  it('the content script is at most 15 KB gzipped, and carries neither the polyfill nor WXT’s announcing wrapper', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'crosscheck.js'));
    expect(gzipSync(script).length).toBeLessThanOrEqual(15 * 1024);
    const text = script.toString('utf8');
    // The polyfill's API table; WXT's content-script-started message that tells pages the extension is here.
    expect(text).not.toContain('minArgs');
    expect(text).not.toContain('content-script-started');
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
    expect(manifest.content_scripts.flatMap((c) => c.js)).toEqual(['crosscheck.js']);
  });

  it('leaves the sidebar frame, the serialising and the highlight to the page tools, a module it imports when needed', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'crosscheck.js'), 'utf8');
    const tools = readFileSync(join(EXTENSION_DIR, PAGE_TOOLS_FILE), 'utf8');
    // The sidebar's element, the page's byline selector, the highlight's name: each only in the module.
    for (const mark of ['crosscheck-sidebar', 'writtenby', 'crosscheck-statement']) {
      expect(script).not.toContain(mark);
      expect(tools).toContain(mark);
    }
    expect(script).toContain('import(');
    expect(tools).toMatch(/export\s*\{[^}]*SidebarFrame/);
    // Chrome lets a content script import only what the manifest makes web-accessible.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources: Array<{ resources: string[] }> };
    expect(manifest.web_accessible_resources.flatMap((r) => r.resources)).toContain(PAGE_TOOLS_FILE);
  });
});
