import { afterAll } from 'vitest';
import { removeScratchFolders } from '../scripts/scratch-folder';

// A setup file: this hook runs after each test file's tests, however the file ended.
afterAll(removeScratchFolders);
