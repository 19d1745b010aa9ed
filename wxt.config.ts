import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { glossaryMatcherPlugin } from './scripts/vite/glossary-matcher-plugin';
import { ENGINE_PATH } from './src/content/engine-handoff';
import { ICON_ON } from './src/background/toolbar-icon';
import { PDFJS_FILES } from './src/reader/pdfjs-files';

/** The pdf.js release files (pdfjs-dist/build/) copied to PDFJS_FILES. */
const PDFJS_RELEASE: Record<keyof typeof PDFJS_FILES, string> = { library: 'pdf.min.mjs', worker: 'pdf.worker.min.mjs' };

/** The toolbar's icon as the manifest names it: the background's paths, without their leading slash. */
const TOOLBAR_ICON = Object.fromEntries(Object.entries(ICON_ON).map(([size, path]) => [size, path.slice(1)]));

/** Sites Firefox's PDF reader may be allowed to read from, one at a time, at the moment of use. */
const PDF_SITES = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Separate output folders let several builds (and e2e runs) coexist; the e2e harness reads the same variable.
  outDir: process.env.DG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // The built-in glossary's matcher is compiled at build time, not on every page.
    plugins: [glossaryMatcherPlugin()],
    // WXT's content-script context announces itself (and the extension id) on the page's window:
    // ours stays silent (src/content/quiet-context.ts; security review M1).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./src/content/quiet-context.ts', import.meta.url)),
        },
      ],
    },
    // The welcome page imports the built engine by its path (entrypoints/welcome/main.ts): it is a file of the extension, not a module to bundle.
    // pdf.js (the PDF reader's, issue #18) is not bundled: Mozilla's release files are copied as they are
    // (hooks below), so a reviewer can match them to the release, and the reader imports them by path.
    build: { rollupOptions: { external: [ENGINE_PATH, 'pdfjs-dist'], output: { paths: { 'pdfjs-dist': PDFJS_FILES.library } } } },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [name, path] of Object.entries(PDFJS_FILES))
        files.push({
          absoluteSrc: fileURLToPath(
            new URL(`./node_modules/pdfjs-dist/build/${PDFJS_RELEASE[name as keyof typeof PDFJS_FILES]}`, import.meta.url),
          ),
          relativeDest: path.slice(1),
        });
    },
    // The engine calls only APIs that return promises in Chromium's MV3 (storage, runtime
    // messages, i18n), so it uses the browser's own: the polyfill builds its wrappers when the
    // script loads, 4-8 ms in Chromium 156 in each frame that loads the engine (issue #13).
    // Its first stage does the same (entrypoints/content/index.ts), and stays a few kilobytes
    // with the message channel it shares (src/contracts/message-channel.ts); other pages keep the polyfill.
    // Both look the namespace up at its first use (src/content/lazy-browser.ts), not at document_start.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'content-engine' || entrypoint.name === 'content')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      // The first matching alias wins: this one comes before the polyfill module's.
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: fileURLToPath(new URL('./src/content/lazy-browser.ts', import.meta.url)) }, ...list],
      };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is explained in the README's Permissions table.
    // activeTab: the popup sees the address of the tab it was opened on, to offer a PDF to the reader (issue #18).
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // The icons: public/icon/ (WXT lists them) and, greyed, public/icon-off/, both from assets/icon/icon.svg (npm run icons).
    action: { default_title: '__MSG_actionTitle__', default_icon: TOOLBAR_ICON },
    // The content script's engine, which its first stage imports only on pages that could hold a
    // term (src/content/engine-handoff.ts). Pages cannot use it to tell the extension is there:
    // Chrome serves it at an address that changes every session (use_dynamic_url), Firefox at one
    // random to each installation.
    // (WXT writes the MV2 list for Firefox.)
    web_accessible_resources: [{ resources: [ENGINE_PATH.slice(1)], matches: ['<all_urls>'], use_dynamic_url: true }],
    // Alt+Shift+letter/punctuation: free in Chrome and Firefox on every OS, and one hand can reach them.
    // Next term is Alt+Shift+G (issue 5); previous is its neighbour on the comma key, since
    // "Alt+Shift+Shift+G" cannot exist and Ctrl+Shift+G is the browsers' "find previous".
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_commandNext__' },
      'toggle-highlighting': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggle__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPrevious__' },
      'reopen-last': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandReopen__' },
    },
    // Firefox's PDF reader reads a PDF from its site only with that site's permission, asked for when the user
    // opens it (src/reader/pdf-loading.ts). Chrome's may already: its content script's <all_urls> counts as host access there.
    ...(browser === 'firefox' ? { optional_permissions: PDF_SITES } : {}),
    ...(browser === 'firefox'
      ? {
          // WXT writes the popup into MV2's browser_action and leaves `action` out: the icon goes here too.
          browser_action: { default_title: '__MSG_actionTitle__', default_icon: TOOLBAR_ICON },
          browser_specific_settings: {
            gecko: {
              id: 'dystonia-glossary@dystonia-glossary.org',
              // 140 (ESR) is the first release that knows data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser: no network requests, no analytics.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  }),
});
