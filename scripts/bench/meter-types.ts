/** What a page costs, as every browser's meter reports it (page-meter.ts picks the meter). */
import type { Page } from 'puppeteer-core';
import type { BrowserName } from '../../tests/e2e/harness/browsers';

export interface LoadCost {
  /** Main-thread task time during the load (Chromium) or the content process's CPU time (Firefox), ms. */
  taskMs: number;
  /** Main-thread time the trace attributes to extension scripts, ms (Chromium only). */
  extensionScriptMs?: number;
  /** Thread CPU time of the tasks and of the extension's scripts, ms (Chromium only). */
  taskCpuMs?: number;
  extensionScriptCpuMs?: number;
  longestTaskMs?: number;
  longTasks?: number;
  /** Which process the page ran in (to check each run had a fresh one). */
  pid: number;
}

interface WindowCost {
  /** Script time (Chromium ScriptDuration) in the window, ms; undefined where there is none. */
  scriptMs?: number;
  /** Main-thread task time (Chromium TaskDuration) or content-process CPU (Firefox) in the window, ms. */
  taskMs: number;
}

export interface PageMeter {
  browser: BrowserName;
  labels: { task: string; heap: string; window: string };
  /** Before navigating a fresh tab. */
  beginLoad(page: Page): Promise<void>;
  /** After the load settled. */
  endLoad(page: Page): Promise<LoadCost>;
  /** A window of time on a loaded page. */
  beginWindow(page: Page): Promise<void>;
  endWindow(page: Page): Promise<WindowCost>;
  /** JS heap of the page and its frames after a forced GC, bytes; NaN where it cannot be had. */
  heap(page: Page): Promise<number>;
  close(): Promise<void>;
}
