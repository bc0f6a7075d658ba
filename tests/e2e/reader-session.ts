import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/chromium';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

export interface ReaderSession {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}

/** A reader's browser for one test file: Chromium with the built extension, and the test pages on localhost. */
export function useReaderSession(): ReaderSession {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
  };
}
