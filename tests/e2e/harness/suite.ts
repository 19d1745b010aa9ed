/**
 * The usual e2e setup for one browser: the browser with the built extension, and the fixture
 * server, started before the describe block's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { startFixtureServer, type FixtureServer } from './server';

export interface ExtensionSuite {
  readonly ext: ExtensionBrowser;
  readonly server: FixtureServer;
}

export function useExtensionSuite(browserName: BrowserName): ExtensionSuite {
  let ext: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (used outside a test?)`);
    return value;
  };
  return {
    get ext() {
      return ready(ext, 'the browser');
    },
    get server() {
      return ready(server, 'the fixture server');
    },
  };
}
