import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sidebarFrame } from '../../scripts/chromium';
import { bundledArchive } from '../unit/support/engine';
import { useReaderSession } from './reader-session';

const session = useReaderSession();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA rules on a page or frame; evaluated through the debugger, as our CSP forbids added scripts. */
async function violations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(`${AXE};0`);
  const found = await target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ passes: unknown[]; violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { passes: result.passes.length, violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) };
  });
  // axe really looked: a page with content passes a good number of rules.
  expect(found.passes).toBeGreaterThan(5);
  return found.violations;
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violation in the sidebar, popup, options and reader pages', async () => {
    const { browser, server } = session;
    const article = await browser.context.newPage();
    await article.goto(server.url('/world/2025/11/21/kremlin-us-peace-proposal'));
    const frame = await sidebarFrame(article);
    await frame.getByRole('heading', { name: /Related reporting/ }).waitFor();
    const found: Record<string, string[]> = { sidebar: await violations(frame) };

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('/popup.html'));
    await popup.getByRole('searchbox').fill('Peskow');
    await popup.getByRole('option').first().waitFor();
    found.popup = await violations(popup);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('/options.html'));
    await options.locator('table tbody tr').first().waitFor();
    found.options = await violations(options);

    const reader = await browser.context.newPage();
    await reader.goto(browser.extensionUrl(`/reader.html?id=${bundledArchive().articles[0]!.id}`));
    await reader.getByRole('heading', { level: 1 }).waitFor();
    found.reader = await violations(reader);

    console.log(`axe violations: ${Object.entries(found).map(([page, v]) => `${page} ${v.length}`).join(', ')}`);
    expect(found).toEqual({ sidebar: [], popup: [], options: [], reader: [] });
    for (const p of [article, popup, options, reader]) await p.close();
  });
});
