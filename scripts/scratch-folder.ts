import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Folders in the system's temporary directory for what the tests and the bench write: archives to import,
 * downloads, a copied or stand-in extension. Each is removed when the process ends, and the tests remove
 * theirs after each test file (tests/remove-scratch.ts): before, every `npm test` left about 250 MB behind.
 */
const made: string[] = [];

export function scratchFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `crosscheck-${name}-`));
  if (made.length === 0) process.once('exit', removeScratchFolders);
  made.push(dir);
  return dir;
}

export function removeScratchFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
