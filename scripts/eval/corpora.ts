/** Where the evaluation corpora are: ../shared/corpora beside the repo, or CROSSCHECK_CORPORA. Read in place, never copied. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function corporaDir(): string {
  const dir = process.env.CROSSCHECK_CORPORA ?? fileURLToPath(new URL('../../../shared/corpora', import.meta.url));
  if (!existsSync(dir)) throw new Error(`corpora not found at ${dir}; set CROSSCHECK_CORPORA`);
  return dir;
}

export const corpus = (...parts: string[]) => join(corporaDir(), ...parts);
