import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter';

// Real browsers with the built extension: one file at a time (2-core machines), generous timeouts.
export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter('e2e')],
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
