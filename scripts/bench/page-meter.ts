/**
 * What a page costs, measured the same way for every configuration of one browser. Each
 * browser offers different honest measures, named in `labels` (printed under the tables):
 * Chromium (chromium-meter.ts) reads a CDP trace and Performance.getMetrics; Firefox
 * (firefox-meter.ts) reads its own process and memory reports from a privileged tab.
 */
import type { Browser } from 'puppeteer-core';
import type { BrowserName } from '../../tests/e2e/harness/browsers';
import { chromiumMeter } from './chromium-meter';
import { firefoxMeter } from './firefox-meter';
import type { PageMeter } from './meter-types';

export type { LoadCost, PageMeter } from './meter-types';

export function pageMeter(name: BrowserName, browser: Browser): Promise<PageMeter> {
  return name === 'chromium' ? Promise.resolve(chromiumMeter()) : firefoxMeter(browser);
}
