import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeScratchFolders, scratchFolder } from '../../../scripts/scratch-folder';

describe('scratchFolder', () => {
  it('makes a new folder in the temporary directory each time, and removes them with all they hold', () => {
    const first = scratchFolder('scratch-test');
    const second = scratchFolder('scratch-test');
    expect(first.startsWith(join(tmpdir(), 'crosscheck-scratch-test-'))).toBe(true);
    expect(second).not.toBe(first);
    mkdirSync(join(first, 'inner'));
    writeFileSync(join(first, 'inner', 'archive.json'), '{}');
    removeScratchFolders();
    expect(existsSync(first)).toBe(false);
    expect(existsSync(second)).toBe(false);
  });
});
