/**
 * The usual e2e setup for one browser: the browser with the built extension, and the fixture
 * server, started before the describe block's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_SETTINGS, type HighlightMethod, type Settings } from '../../../src/settings/settings';
import { BROWSERS, launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { storeSettings } from './page-helpers';
import { startFixtureServer, type FixtureServer } from './server';

/** How highlights are drawn in the suites that depend on it: both, unless E2E_METHODS names one. */
const METHODS: HighlightMethod[] = (process.env.E2E_METHODS?.split(',') as HighlightMethod[] | undefined) ?? ['paint', 'elements'];
/** Every browser with every drawing method: `describe.each(BROWSER_METHODS)('%s, %s', (browser, method) => …)`. */
export const BROWSER_METHODS: Array<[BrowserName, HighlightMethod]> = BROWSERS.flatMap((b) =>
  METHODS.map((m): [BrowserName, HighlightMethod] => [b, m]),
);

/**
 * For the interaction suites (popover, placement): painted highlights in every browser,
 * elements in Chromium only. How terms are drawn in elements mode is tested in both browsers
 * by the engine suites; the popover's events and geometry do not depend on the browser's
 * drawing of marks, and the Firefox elements runs cost 70 s of a CI run held under 20 minutes.
 */
export const INTERACTION_METHODS: Array<[BrowserName, HighlightMethod]> = BROWSER_METHODS.filter(
  ([b, m]) => m === 'paint' || b === 'chromium',
);

export interface ExtensionSuite {
  readonly ext: ExtensionBrowser;
  readonly server: FixtureServer;
  /** How this suite's pages draw highlights. */
  readonly method: HighlightMethod;
  /** The suite's settings, stored before its first test: a test that changes some starts from these. */
  readonly settings: Readonly<Settings>;
}

/**
 * Suites that test how terms are found and drawn count every occurrence on their fixtures,
 * whatever reading density ships as the default (which has tests of its own).
 */
export const EVERY_OCCURRENCE: Partial<Settings> = { readingDensity: 'every' };

/**
 * `method`: stored as the setting before the first test, for suites that run with each drawing
 * method; `baseline`: other settings the suite's tests assume.
 */
export function useExtensionSuite(
  browserName: BrowserName,
  method: HighlightMethod = 'paint',
  baseline: Partial<Settings> = {},
): ExtensionSuite {
  let ext: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  const settings: Settings = { ...DEFAULT_SETTINGS, highlightMethod: method, ...baseline };
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(browserName);
    if (JSON.stringify(settings) !== JSON.stringify(DEFAULT_SETTINGS)) await storeSettings(ext, settings);
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
    method,
    settings,
  };
}
