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
  },
});
