import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter';
import { WxtVitest } from 'wxt/testing';
import { glossaryMatcherPlugin } from './scripts/vite/glossary-matcher-plugin';

export default defineConfig({
  plugins: [WxtVitest(), glossaryMatcherPlugin()],
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
    pool: 'threads',
    // Vitest leaves one core free by default: on the 2-core CI machine that is one worker, and the
    // suite took 147 s instead of 92 (each file sets up happy-dom and WXT's fake browser).
    maxWorkers: '100%',
  },
});
