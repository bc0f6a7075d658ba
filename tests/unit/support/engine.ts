import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundledArchive } from '../../../scripts/bundled-archive';

export const ROOT = join(__dirname, '..', '..', '..');
export const DATA_DIR = join(ROOT, 'data');
export const SEED_FILE = join(DATA_DIR, '000_5f94475fe93d3ff0.txt');

export const fixturePage = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'pages', name), 'utf8');
export const seedText = () => readFileSync(SEED_FILE, 'utf8');

let bundled: ReturnType<typeof buildBundledArchive> | null = null;
/** The bundled archive exactly as the build makes it. */
export function bundledArchive() {
  return (bundled ??= buildBundledArchive(DATA_DIR));
}

export const ARTICLE_URL = 'http://127.0.0.1/world/2025/11/21/kremlin-us-peace-proposal';
