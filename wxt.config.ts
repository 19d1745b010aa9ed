import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Separate output folders let several builds (and e2e runs) coexist; the e2e harness reads the same variable.
  outDir: process.env.DG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
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
