/**
 * Launches real Chromium or Firefox (Debian packages) with the built extension loaded,
 * driven by puppeteer-core. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT_DIR = resolve(ROOT, process.env.DG_OUT_DIR ?? '.output');
const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: join(OUT_DIR, 'chrome-mv3'),
  firefox: join(OUT_DIR, 'firefox-mv2'),
};
const GECKO_ID = 'dystonia-glossary@dystonia-glossary.org';
// Fixed moz-extension:// host for the add-on, so tests can open its pages.
const FIREFOX_UUID = '6f1d3a2e-8c4b-4f8e-9a51-0d2c7b9e4a10';

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extensionOrigin: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Opens an extension page (popup.html, options.html) in a tab. Firefox loads it but BiDi
 * never reports the navigation as finished, so there we wait for the document instead.
 * Under load Firefox's BiDi sometimes fails a poll while the moz-extension:// page is still
 * loading ("right-hand side of 'in' should be an object, got null"): a fresh tab succeeds,
 * so protocol and wait failures are retried twice.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string, readySelector: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const page = await ext.newPage();
    try {
      const url = `${ext.extensionOrigin}/${path}`;
      if (ext.name === 'firefox') void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      else await page.goto(url);
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      const message = `${String(error)} ${String((error as Error).cause ?? '')}`;
      if (attempt >= 3 || !/Protocol error|Waiting (for selector .*)?failed/.test(message)) throw error;
    }
  }
}

export interface LaunchOptions {
  /** Reuse a profile across launches (persistence tests). */
  userDataDir?: string;
  /** Emulate prefers-color-scheme etc. is per page; this sets the window size. */
  viewport?: { width: number; height: number };
  /** Another build of the extension than the one `npm run build` made (e.g. the axe test's). */
  extensionDir?: string;
  /**
   * The system's colour scheme as Firefox's pages see it (a pref, set at launch: Firefox's BiDi
   * cannot emulate media features). Chromium pages use `page.emulateMediaFeatures` instead.
   */
  colorScheme?: 'light' | 'dark';
  /**
   * Do not wait for the welcome tab the extension opens on install: leave it open (or, for an
   * extension without one, such as the bench's empty one, expect none). Otherwise it is waited for and closed.
   */
  keepWelcome?: boolean;
}

/** The address of a tab: Firefox's BiDi reports moz-extension tabs as about:blank, so each is asked. */
export async function pageAddress(page: Page): Promise<string> {
  const url = page.url();
  if (url !== 'about:blank' && url !== '') return url;
  return page.evaluate(() => location.href).catch(() => url);
}

/** Waits for a tab whose address passes `matches` (read as pageAddress does); `what` names it in the error. */
export async function waitForTab(
  browser: Browser,
  matches: (address: string) => boolean,
  what: string,
  timeout = 10_000,
): Promise<{ page: Page; address: string }> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const address = await pageAddress(page);
      if (matches(address)) return { page, address };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} after ${timeout} ms`);
}

/**
 * The welcome page the extension opens once installed (src/background/welcome.ts). Waited for,
 * so that it cannot open later in the middle of a test (it would become the active tab).
 */
export async function welcomeTab(browser: Browser, timeout = 15_000): Promise<Page> {
  return (
    await waitForTab(
      browser,
      (address) => address.endsWith('/welcome.html'),
      'the welcome page did not open on installing the extension',
      timeout,
    )
  ).page;
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? BUILD_DIRS[name];
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No ${name} build at ${dir}: run \`npm run build\` first.`);
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const browser = await launchBrowser(name, { ...options, viewport, extensionDir: dir });
  let extensionOrigin: string;
  if (name === 'chromium') {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
      timeout: 15_000,
    });
    // URL#origin is "null" for non-special schemes, so take scheme and host by hand.
    extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  } else {
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }
  return {
    name,
    browser,
    extensionOrigin,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * The browser as every e2e test (and `npm run bench`) launches it: the same flags and prefs,
 * a fresh profile unless one is given, and the unpacked extension at `extensionDir` loaded
 * (none when it is omitted; Chromium still runs with extensions enabled, so the flags are the
 * same with and without one).
 */
export async function launchBrowser(name: BrowserName, options: LaunchOptions & { extensionDir?: string } = {}): Promise<Browser> {
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: options.extensionDir ? [options.extensionDir] : true,
      defaultViewport: viewport,
      userDataDir: options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'dg-chromium-'))),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        `--window-size=${viewport.width},${viewport.height}`,
      ],
    });
    await settleWelcome(browser, options);
    return browser;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: viewport,
    userDataDir: options.userDataDir,
    // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup) only with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      // Optional permissions (the PDF reader's site access) are granted without Firefox's prompt, which WebDriver cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      ...(options.colorScheme ? { 'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0 } : {}),
    },
  });
  if (options.extensionDir) await browser.installExtension(options.extensionDir);
  await settleWelcome(browser, options);
  return browser;
}

/**
 * Closes the welcome tab. Both browsers install an extension loaded this way afresh at every
 * launch, a reused profile too (checked with Chromium 156 and Firefox ESR 153), so it always opens.
 */
async function settleWelcome(browser: Browser, options: LaunchOptions): Promise<void> {
  if (!options.extensionDir || options.keepWelcome) return;
  await (await welcomeTab(browser)).close();
}
