import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter';
import { WxtVitest } from 'wxt/testing';
import { glossaryMatcherPlugin } from './scripts/vite/glossary-matcher-plugin';

// Three projects, each paying only for what its files use, named by the file's suffix:
//   *.test.ts            pure modules, in Node;
//   *.dom.test.ts        modules that build or read a DOM, in happy-dom;
//   *.extension.test.ts  modules that call an extension API, in happy-dom with WXT's fake browser.
// A file in the wrong project fails loudly (no `document`, no `browser`).
// Files share their worker's module cache (`isolate: false`): setting up happy-dom and the fake
// browser once per worker instead of once per file took the suite from 91 s to under 30 s on the
// 2-core CI machine. So a test must leave globals, mocks and timers as it found them, and must not
// rely on being a module's first user; `vi.mock` is not used (it cannot apply to a module that
// another file has already loaded).
const DOM = 'tests/unit/**/*.dom.test.ts';
const EXTENSION = 'tests/unit/**/*.extension.test.ts';

export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    pool: 'threads',
    // Vitest leaves one core free by default: on the 2-core CI machine that is one worker.
    maxWorkers: '100%',
    isolate: false,
    projects: [
      {
        extends: true,
        plugins: [glossaryMatcherPlugin()],
        test: { name: 'pure', environment: 'node', include: ['tests/unit/**/*.test.ts'], exclude: [DOM, EXTENSION] },
      },
      {
        extends: true,
        plugins: [glossaryMatcherPlugin()],
        // No extension API in happy-dom: `browser.i18n` answers from messages.json (tests/unit/happy-dom-browser.ts).
        resolve: { alias: { 'wxt/browser': fileURLToPath(new URL('./tests/unit/happy-dom-browser.ts', import.meta.url)) } },
        test: { name: 'dom', environment: 'happy-dom', include: [DOM] },
      },
      {
        extends: true,
        plugins: [WxtVitest(), glossaryMatcherPlugin()],
        test: { name: 'extension', environment: 'happy-dom', include: [EXTENSION] },
      },
    ],
  },
});
