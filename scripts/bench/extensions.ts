/**
 * The three configurations the per-frame rows compare: no extension, the floor (an extension
 * whose one content script does nothing, built here into a temp folder) and ours (the
 * production build, built when missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserName } from '../../tests/e2e/harness/browsers';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Configuration {
  label: 'no extension' | 'empty content script' | 'ours';
  /** The unpacked extension to load; none for "no extension". */
  extensionDir?: string;
  /** Whether installing it opens a welcome tab (launchBrowser waits for ours and closes it). */
  opensWelcome: boolean;
}

export async function configurations(browser: BrowserName): Promise<Configuration[]> {
  return [
    { label: 'no extension', opensWelcome: false },
    { label: 'empty content script', extensionDir: await buildEmptyExtension(browser), opensWelcome: false },
    { label: 'ours', extensionDir: ourBuild(browser), opensWelcome: true },
  ];
}

/**
 * The floor: what any extension with a content script on every page and frame costs, with
 * the same manifest keys as ours (<all_urls>, all frames, about:blank, document_start).
 */
async function buildEmptyExtension(browser: BrowserName): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dg-bench-empty-${browser}-`));
  const contentScript = {
    matches: ['<all_urls>'],
    js: ['content.js'],
    all_frames: true,
    match_about_blank: true,
    run_at: 'document_start',
  };
  const manifest =
    browser === 'chromium'
      ? { manifest_version: 3, name: 'Empty content script', version: '1.0', content_scripts: [contentScript] }
      : {
          manifest_version: 2,
          name: 'Empty content script',
          version: '1.0',
          content_scripts: [contentScript],
          browser_specific_settings: {
            gecko: { id: 'empty-content-script@dg-bench.invalid', data_collection_permissions: { required: ['none'] } },
          },
        };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, 'content.js'), '// Does nothing: the floor of the per-frame cost.\n');
  return dir;
}

/**
 * Our production build: BENCH_EXTENSION_CHROMIUM / BENCH_EXTENSION_FIREFOX when set, else
 * `.output/chrome-mv3` / `.output/firefox-mv2` (DG_OUT_DIR as the e2e harness), built when missing.
 */
export function ourBuild(browser: BrowserName): string {
  const fromEnv = process.env[browser === 'chromium' ? 'BENCH_EXTENSION_CHROMIUM' : 'BENCH_EXTENSION_FIREFOX'];
  if (fromEnv) return resolve(fromEnv);
  const dir = join(resolve(ROOT, process.env.DG_OUT_DIR ?? '.output'), browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.log(`(no build at ${dir}: building it)`);
    execFileSync('npx', ['wxt', 'build', '-b', browser === 'chromium' ? 'chrome' : 'firefox'], { cwd: ROOT, stdio: 'ignore' });
  }
  return dir;
}

/** A benchmark build (WXT_DG_TIMINGS=1: User Timing measures, the PDF reader's bench switches) in a temporary folder: its unpacked directory. */
export async function timingsBuild(browser: BrowserName): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'dg-bench-build-'));
  execFileSync('npx', ['wxt', 'build', '-b', browser === 'chromium' ? 'chrome' : 'firefox'], {
    cwd: ROOT,
    env: { ...process.env, DG_OUT_DIR: out, WXT_DG_TIMINGS: '1' },
    stdio: 'ignore',
  });
  return join(out, browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}
