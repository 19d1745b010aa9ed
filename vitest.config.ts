import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
