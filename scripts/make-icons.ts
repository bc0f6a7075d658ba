/** Renders assets/icon.svg to the PNG sizes browsers want (public/icon/<size>.png), with the project's Chromium. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium';

const svg = readFileSync(fileURLToPath(new URL('../assets/icon.svg', import.meta.url)), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: fileURLToPath(new URL(`../public/icon/${size}.png`, import.meta.url)), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icon/');
