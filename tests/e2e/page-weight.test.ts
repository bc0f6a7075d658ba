import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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
});
