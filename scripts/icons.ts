/**
 * Renders the icon (assets/icon/icon.svg) to every size the manifests and stores need, in two
 * states: on (public/icon/<size>.png, which WXT lists in the manifest) and greyed for a site
 * where highlighting is off or paused (public/icon-off/<size>.png, set per tab by the
 * background). The browser the e2e tests use draws them, so the PNGs come from the SVG and
 * nothing else; they are committed, and this script made them: `npm run icons`. It also draws
 * docs/icon-preview.png, for the README: both states at toolbar sizes on a light and a dark toolbar.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ICON_SIZES } from '../src/background/toolbar-icon';

const ROOT = resolve(import.meta.dirname, '..');
/** On: the badge's indigo (contrast 8.9:1 with the white glyph), the highlight's amber. Off: greys that still read as the same mark. */
const STATES = {
  icon: { '--ground': '#3a3ab0', '--glyph': '#ffffff', '--mark': '#ffc940' },
  'icon-off': { '--ground': '#8a8a8a', '--glyph': '#f2f2f2', '--mark': '#c8c8c8' },
} as const;

const source = await readFile(resolve(ROOT, 'assets/icon/icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  browser: 'chrome',
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  for (const [folder, colours] of Object.entries(STATES)) {
    let svg = source;
    for (const [name, value] of Object.entries(colours)) svg = svg.replaceAll(`var(${name})`, value);
    await mkdir(resolve(ROOT, 'public', folder), { recursive: true });
    for (const size of ICON_SIZES) {
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(resolve(ROOT, 'public', folder, `${size}.png`), png);
    }
  }
  // The PNGs just written, each state as a toolbar shows it: 16 px, 32 px drawn in 16 (a 2x screen), 32 px and 48 px; on a 2x page.
  const cell = async (folder: string, size: number, shown: number) =>
    `<img src="data:image/png;base64,${(await readFile(resolve(ROOT, 'public', folder, `${size}.png`))).toString('base64')}" width="${shown}" height="${shown}">`;
  const cells = async () =>
    (
      await Promise.all(
        Object.keys(STATES).flatMap((folder) => [cell(folder, 16, 16), cell(folder, 32, 16), cell(folder, 32, 32), cell(folder, 48, 48)]),
      )
    ).join('');
  const row = async (background: string) =>
    `<div style="background:${background};display:flex;gap:14px;align-items:center;padding:10px 14px">${await cells()}</div>`;
  await page.setViewport({ width: 340, height: 140, deviceScaleFactor: 2 });
  await page.setContent(`<body style="margin:0">${await row('#f1f3f4')}${await row('#202124')}</body>`);
  await mkdir(resolve(ROOT, 'docs'), { recursive: true });
  await writeFile(resolve(ROOT, 'docs/icon-preview.png'), await page.screenshot({ clip: { x: 0, y: 0, width: 340, height: 136 } }));
  console.log(`icons: ${ICON_SIZES.join(', ')} px, on and off, in public/icon/ and public/icon-off/`);
} finally {
  await browser.close();
}
