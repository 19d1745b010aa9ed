/**
 * The page's own 10 ms timer (tests/e2e/fixtures/integrity/page-timer.js, shared with the
 * page-shapes fixture): its longest wait is what a frozen tab feels like, and it can be read
 * in every browser (long tasks from traces are Chromium's only).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';

const PAGE_TIMER_PATH = resolve(import.meta.dirname, '../../tests/e2e/fixtures/integrity/page-timer.js');
export const PAGE_TIMER_SOURCE = readFileSync(PAGE_TIMER_PATH, 'utf8');

/** The page with the timer as the first script of its <head>. */
export function withPageTimer(html: string): string {
  return html.replace('<head>', `<head><script>${PAGE_TIMER_SOURCE}</script>`);
}

/** The page's clock (performance.now()), to start a window of timer gaps from. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * The timer's longest wait since `from`, in ms (0: none over 20 ms). Waits two ticks first:
 * a wait is recorded when the timer fires again after it.
 */
export async function longestGapSince(page: Page, from: number): Promise<number> {
  return page.evaluate(async (start) => {
    await new Promise((done) => setTimeout(done, 30));
    return (window as unknown as { longestGapSince(from: number): number }).longestGapSince(start);
  }, from);
}
