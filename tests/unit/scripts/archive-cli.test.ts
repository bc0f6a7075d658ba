import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArchiveFile } from '@/lib/archive/archive-file';
import { buildBundledArchive } from '../../../scripts/bundled-archive';
import { bundledArchive, ROOT, SEED_FILE } from '../support/engine';
import { scratchFolder } from '../../../scripts/scratch-folder';

function archive(dataDir: string, ...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'archive', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CROSSCHECK_DATA_DIR: dataDir } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')).join('\n') };
}

// Each test starts npm and tsx: on a loaded 2-core CI machine that once took more than vitest's default 5 s.
describe('npm run archive -- add', { timeout: 60_000 }, () => {
  it('adds an HTML page and every article of an export, skips what is there, and the build bundles them', () => {
    const data = scratchFolder('data');
    copyFileSync(SEED_FILE, join(data, '000_seed.txt'));
    // Outside the data folder: only what `add` writes may land there.
    const exportFile = join(scratchFolder('export-source'), 'export.json');
    const seed = bundledArchive().articles[0]!;
    const other = { ...seed, id: 'x1', contentHash: 'x1', title: 'Kremlin says talks will continue', paragraphs: ['Kremlin spokesman Dmitry Peskov said talks with Washington would continue next week.'] };
    writeFileSync(exportFile, JSON.stringify(toArchiveFile([seed, other], new Date('2026-01-01'))));

    const run = archive(data, 'add', join(ROOT, 'tests/fixtures/pages/gaza-ceasefire-article.html'), exportFile, SEED_FILE);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 added, 2 already there, 0 not added');
    const files = readdirSync(data).sort();
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.article.json'))).toHaveLength(1);

    const titles = buildBundledArchive(data).articles.map((a) => a.title).sort();
    expect(titles).toEqual(['Gaza ceasefire holds as Witkoff presses for second phase', 'Kremlin says talks will continue', 'Trump signs off on 28-point plan to end Russia-Ukraine war, official says']);
  });

  it('refuses bad files one line each, adds the good ones, and exits non-zero', () => {
    const data = scratchFolder('data');
    // Outside the data folder, in a folder of its own: the temporary directory stays clean.
    const bad = join(scratchFolder('bad'), 'bad.json');
    writeFileSync(bad, '{"format":"crosscheck-archive","version":1,"articles":[{"id":"a","title":""}]}');
    const run = archive(data, 'add', bad, '/bin/ls', join(ROOT, 'tests/fixtures/pages/gaza-ceasefire-article.html'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/article 1: missing title/);
    expect(run.stderr).toMatch(/binary file/);
    expect(readdirSync(data)).toHaveLength(1);
  });

  it('explains its usage', () => {
    const run = archive(scratchFolder('data'), 'remove', 'x');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/usage: npm run archive -- add/);
  });
});
