/**
 * The README's main command: opens the freshly built extension in Chromium on the bundled
 * demo article. With no display, it says where the build is and how to load it, and checks
 * the build headlessly on the same article (highlight count and a screenshot).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { welcomeTab } from '../tests/e2e/harness/browsers';

const root = resolve(import.meta.dirname, '..');
const buildDir = resolve(root, '.output/chrome-mv3');
const article = await readFile(resolve(root, 'demo/dystonia-article.html'));
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const browser = await puppeteer.launch({
  browser: 'chrome',
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !hasDisplay,
  pipe: true,
  enableExtensions: [buildDir],
  defaultViewport: hasDisplay ? null : { width: 1280, height: 900 },
  args,
});
// The extension opens its welcome page on install; the article opens in a tab of its own in front of it.
await welcomeTab(browser);
const page = await browser.newPage();
await page.goto(url);

if (hasDisplay) {
  console.log(`Dystonia Glossary is running in Chromium on the demo article: ${url}`);
  console.log(
    'Hover, click or tap an underlined term. The welcome page (how to use it, calibration) is in the other tab. Close the browser window to finish.',
  );
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
} else {
  // Painted highlights (the default) are ranges in CSS.highlights; elements mode inserts marks.
  const highlighted = () => {
    const painted = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('dystonia-glossary')?.size ?? 0;
    return painted + document.querySelectorAll('[data-glossary-term]').length;
  };
  await page.waitForFunction(highlighted, { timeout: 15_000 });
  // Let the pass finish: the count stops changing.
  let count = 0;
  for (let same = 0; same < 3;) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await page.evaluate(highlighted);
    same = now === count ? same + 1 : 0;
    count = now;
  }
  const shot = resolve(root, '.output/demo-screenshot.png');
  await page.screenshot({ path: shot });
  await browser.close();
  console.log(`No display found, so the demo ran headless: ${count} terms highlighted on the demo article.`);
  console.log(`Screenshot: ${shot}`);
  console.log(
    `\nThe built extension is in:\n  Chrome/Chromium: ${buildDir}\n  Firefox:         ${resolve(root, '.output/firefox-mv2')} (after \`npm run build\`)`,
  );
  console.log('Load it in Chrome: chrome://extensions → Developer mode → Load unpacked → choose the folder above.');
  console.log('Load it in Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose manifest.json in the folder.');
  console.log('Then open demo/dystonia-article.html, or any page about dystonia.');
}
server.close();
