import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/engine';
import { scratchFolder } from '../../../scripts/scratch-folder';

/** Runs the command exactly as documented: npm run --silent analyze -- … */
function analyze(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'analyze', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  // npm on some machines warns about its own config on stderr; that is not ours.
  const stderr = run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')).join('\n');
  return { status: run.status, stdout: run.stdout, stderr };
}

const page = join(ROOT, 'tests/fixtures/pages/peace-plan-article.html');
const tmp = scratchFolder('cli');

// Each test starts npm and tsx: on a loaded 2-core CI machine that once took more than vitest's default 5 s.
describe('npm run analyze', { timeout: 60_000 }, () => {
  it('prints the contract’s JSON for an article page', () => {
    const { status, stdout, stderr } = analyze(page, '--url', 'https://ledger.example/world/2025/11/21/kremlin-us-peace-proposal');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['isArticle', 'article', 'entities', 'statements', 'related', 'conflicts']);
    expect(out.isArticle).toBe(true);
    expect(out.article).toMatchObject({ title: expect.any(String), publisher: 'The Daily Ledger', publishedAt: '2025-11-21T14:05:00Z', url: 'https://ledger.example/world/2025/11/21/kremlin-us-peace-proposal', textLength: expect.any(Number) });
    expect(out.entities.find((e: { name: string }) => e.name === 'Dmitry Peskov')).toMatchObject({ type: 'person', mentions: expect.any(Number) });
    for (const e of out.entities) expect(['person', 'organization', 'place', 'other']).toContain(e.type);
    for (const s of out.statements) expect(['affirm', 'deny']).toContain(s.polarity);
    expect(out.related[0]).toMatchObject({ id: expect.any(String), title: expect.stringContaining('28-point plan'), score: expect.any(Number), why: expect.any(Array) });
    expect(['agree', 'disagree', 'discuss', null]).toContain(out.related[0].stance);
    expect(out.conflicts.map((c: { kind: string }) => c.kind)).toEqual(expect.arrayContaining(['negation', 'number']));
    expect(out.conflicts[0]).toMatchObject({ page: { speaker: expect.any(String), text: expect.any(String) }, archive: { articleId: out.related[0].id, title: expect.any(String) }, explanation: expect.any(String) });
  });

  it('says isArticle false, with nothing related, for a front page', () => {
    const out = JSON.parse(analyze(join(ROOT, 'tests/fixtures/pages/front-page.html'), '--url', 'https://ledger.example/').stdout);
    expect(out).toMatchObject({ isArticle: false, related: [], conflicts: [] });
  });

  it('uses another archive when given one: an empty folder relates nothing', () => {
    const empty = scratchFolder('empty');
    const out = JSON.parse(analyze(page, '--archive', empty).stdout);
    expect(out.isArticle).toBe(true);
    expect(out.related).toEqual([]);
  });

  it.each([
    ['a missing file', [join(tmp, 'missing.html')], /no such file/],
    ['a binary file', [(() => { const f = join(tmp, 'bin.html'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])); return f; })()], /binary/],
    ['an empty page', [(() => { const f = join(tmp, 'empty.html'); writeFileSync(f, '  \n'); return f; })()], /empty/],
    ['a folder', [tmp], /folder/],
    ['no page at all', [], /usage/],
    ['a bad --url', [page, '--url', 'not a url'], /--url/],
    ['a missing archive', [page, '--archive', join(tmp, 'nope')], /archive not found/],
    ['an unknown option', [page, '--colour'], /Unknown option/],
  ])('fails on %s with one line on stderr and a non-zero exit', (_name, args, message) => {
    const { status, stdout, stderr } = analyze(...(args as string[]));
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
