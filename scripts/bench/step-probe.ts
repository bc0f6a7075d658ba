/**
 * The harness of the step probes (first-look-steps.ts, glance-steps.ts): a probe extension whose content script
 * times each of its steps with `performance.now()`, loaded into Chromium with each page on a site of its own
 * (a new renderer, where everything starts cold, as page-cost.ts does), and each step's median, p95 and mean
 * over every load.
 *
 * A probe's body calls `step(name)` after each step, and `report()` once all are timed. `performance.now()` is
 * coarsened to 0.1 ms in pages that are not cross-origin isolated, so the medians over many loads are the
 * figures to read, not any single time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../chromium';
import { scratchFolder } from '../scratch-folder';
import { OFFLINE, pageUrl, readPages, servePages, warmUp } from './page-cost';
import { mean, percentile, round } from './stats';

export interface StepProbe {
  /** Names the probe's scratch folder and extension. */
  name: string;
  /** The content script's steps: plain JavaScript, with `step` and `report` in scope. */
  body: string;
  /** The probe's service worker. */
  background: string;
  /** Readability's page folders to load, each `passes` times (1 unless said). */
  folders: string[];
  passes?: number;
}

const REPORT = 'STEP-PROBE ';

export async function runStepProbe({ name, body, background, folders, passes = 1 }: StepProbe): Promise<void> {
  const server = await servePages();
  const port = (server.address() as { port: number }).port;
  const extension = await launchWithExtension({ extensionDir: probeExtension(name, body, background), args: [OFFLINE] });
  const loads: Array<Array<[string, number]>> = [];
  try {
    const page = await extension.context.newPage();
    page.on('console', (message) => {
      if (message.text().startsWith(REPORT)) loads.push(JSON.parse(message.text().slice(REPORT.length)) as Array<[string, number]>);
    });
    await warmUp(page, pageUrl(port, readPages()[0]!.folder));
    loads.length = 0;
    for (let pass = 0; pass < passes; pass++) {
      for (const folder of folders) {
        await page.goto(pageUrl(port, folder), { waitUntil: 'domcontentloaded' }).catch(() => undefined);
        await page.waitForTimeout(400);
      }
    }
  } finally {
    await extension.close();
    server.close();
  }
  console.log(`${loads.length} cold loads; each step's median, p95 and mean, ms (0.1 ms resolution):`);
  for (const [i, [step]] of (loads[0] ?? []).entries()) {
    const times = loads.map((load) => load[i]![1]);
    console.log(`  ${step.padEnd(26)} ${round(percentile(times, 50)).toFixed(2)}  ${round(percentile(times, 95)).toFixed(2)}  ${round(mean(times)).toFixed(2)}`);
  }
}

function probeExtension(name: string, body: string, background: string): string {
  const dir = scratchFolder(name);
  const manifest = {
    manifest_version: 3, name: `Step probe: ${name}`, version: '1', background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*'], run_at: 'document_end', js: ['content.js'] }],
  };
  const content = `(() => {
  const now = performance.now.bind(performance);
  const times = [];
  let last = now();
  const step = (name) => { const t = now(); times.push([name, t - last]); last = now(); };
  const report = () => console.log(${JSON.stringify(REPORT)} + JSON.stringify(times));
${body}
})();
`;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), background);
  writeFileSync(join(dir, 'content.js'), content);
  return dir;
}
