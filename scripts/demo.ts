/**
 * npm run demo: the product in one command. Serves a demo article on the seed's story from localhost and opens
 * Chromium with the built extension; the sidebar opens by itself. Without a display, it saves a screenshot of
 * the page with the sidebar instead and prints where it is.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, sidebarFrame } from './chromium';
import { CliError, runCli } from './cli-error';
import { startFixtureServer } from './fixture-server';

const ARTICLE = '/world/2025/11/21/kremlin-us-peace-proposal';

runCli(async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' }, headless: { type: 'boolean' } } });
  const headless = values.headless ?? !process.env.DISPLAY;
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ headless }).catch((error: Error) => {
    throw new CliError(`could not start Chromium (${error.message.split('\n')[0]}); install it with: apt-get install -y chromium`);
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url(ARTICLE));
  const frame = await sidebarFrame(page);
  await frame.getByRole('heading', { name: /Related reporting/ }).waitFor({ timeout: 15_000 });

  if (headless) {
    const out = resolve(values.out ?? '.output/demo/sidebar.png');
    mkdirSync(dirname(out), { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: out });
    console.log(`Crosscheck demo: the sidebar opened on ${server.url(ARTICLE)}`);
    console.log(`No display here, so here is a screenshot: ${out}`);
    await browser.close();
    await server.close();
    return;
  }
  console.log(`Crosscheck demo running on ${server.url(ARTICLE)}. Close the browser window to end it.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
});
