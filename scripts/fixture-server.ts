import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('../tests/fixtures/pages', import.meta.url));

/** Where each test page is served: realistic paths matter, since detection reads the URL too. */
export const ROUTES: Record<string, string> = {
  '/': 'front-page.html',
  '/world/2025/11/21/kremlin-us-peace-proposal': 'peace-plan-article.html',
  '/world/2025/10/14/gaza-ceasefire-holds-witkoff-second-phase': 'gaza-ceasefire-article.html',
  // A topic page: its opening names the peace plan's story, but it is no news article.
  '/topics/ukraine-peace-plan': 'topic-page.html',
  // A Chinese news article: matching in a script without spaces (tests/e2e/update.test.ts).
  '/society/2025/07/14/yangtze-flood-response': 'chinese-flood-article.html',
  // The demo article on a page that attacks the extension (tests/e2e/isolation.test.ts).
  '/world/2025/11/21/kremlin-us-peace-proposal-copy': 'hostile-page.html',
};

export interface FixtureServer {
  origin: string;
  url: (path: string) => string;
  /** Every path asked of the server, in order: what reached "the network". */
  requested: string[];
  close: () => Promise<void>;
}

/** Serves tests/fixtures/pages on localhost; any other path is looked up as a file name in that folder. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requested.push(path);
    const file = ROUTES[path] ?? path.slice(1);
    try {
      if (!/^[\w.-]+\.html$/.test(file)) throw new Error('not a page');
      const body = readFileSync(join(PAGES, file));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + p,
    requested,
    // Browsers keep connections alive; close them too, or close() waits for them.
    close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }),
  };
}
