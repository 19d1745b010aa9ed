/**
 * Firefox's page meter (page-meter.ts). Firefox has no CDP and its BiDi has no trace or heap
 * command, so the bench keeps one privileged tab (about:memory, which WebDriver may script
 * under --remote-allow-system-access) and asks Gecko itself:
 * - CPU: `ChromeUtils.requestProcInfo()`, the CPU time of the content process that shows the
 *   page (all its threads: main thread, HTML parser, GC and style helpers), before and after.
 *   Per-thread times exist too, but only in 10 ms clock ticks.
 * - Heap: the memory reporters (what about:memory shows), after asking every process to GC,
 *   CC and minimize memory: the bytes of JS (`js-zone` and `js-realm` reports) under the tab's
 *   `window-objects/top(<page>)`, which holds its frames and the content scripts' sandboxes.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { PageMeter } from './meter-types';

interface ProcessCpu {
  pid: number;
  cpuNs: number;
  urls: string[];
}

/** The bits of Gecko's privileged globals the privileged tab uses. */
interface Gecko {
  ChromeUtils: {
    requestProcInfo(): Promise<{ children: Array<{ pid: number; cpuTime: number; windows?: Array<{ documentURI?: { spec: string } }> }> }>;
  };
  Services: { obs: { notifyObservers(subject: null, topic: string): void } };
  Cc: Record<string, { getService(iface: unknown): MemoryReporterManager }>;
  Ci: { nsIMemoryReporterManager: unknown };
}
interface MemoryReporterManager {
  getReports(
    report: (process: string, path: string, kind: number, units: number, amount: number) => void,
    data: null,
    finish: () => void,
    finishData: null,
    anonymize: boolean,
  ): void;
}

const GC_WAIT_MS = Number(process.env.BENCH_FIREFOX_GC_WAIT_MS ?? 500);

export async function firefoxMeter(browser: Browser): Promise<PageMeter> {
  const tab = await openPrivilegedTab(browser);
  const processes = (): Promise<ProcessCpu[]> =>
    tab.evaluate(async () => {
      const { ChromeUtils } = globalThis as unknown as Gecko;
      const info = await ChromeUtils.requestProcInfo();
      return info.children.map((p) => ({ pid: p.pid, cpuNs: p.cpuTime, urls: (p.windows ?? []).map((w) => w.documentURI?.spec ?? '') }));
    });
  const before = new WeakMap<Page, ProcessCpu[]>();
  const cpuSince = async (page: Page) => {
    const start = before.get(page);
    if (!start) throw new Error('end without begin');
    const address = documentAddress(page.url());
    const now = await processes();
    const proc = now.find((p) => p.urls.some((u) => documentAddress(u) === address));
    if (!proc) throw new Error(`no content process shows ${address}`);
    // A process that did not exist before started for this page: all its time is the page's.
    const was = start.find((p) => p.pid === proc.pid)?.cpuNs ?? 0;
    return { pid: proc.pid, ms: (proc.cpuNs - was) / 1e6 };
  };
  const snapshot = async (page: Page) => void before.set(page, await processes());
  return {
    browser: 'firefox',
    labels: {
      task: 'CPU time of the content process showing the page, all threads (ChromeUtils.requestProcInfo), from navigation to load + settle; no per-task split, so no long-task count',
      heap: "JS bytes (js-zone/js-realm memory reports) under the tab's window-objects/top(page), frames and content-script sandboxes included, after GC+CC+minimize in every process",
      window: 'content-process CPU time delta over the window (no script-only figure in Firefox)',
    },
    beginLoad: snapshot,
    async endLoad(page) {
      const { pid, ms } = await cpuSince(page);
      return { taskMs: ms, pid };
    },
    beginWindow: snapshot,
    async endWindow(page) {
      return { taskMs: (await cpuSince(page)).ms };
    },
    async heap(page) {
      const address = documentAddress(page.url());
      return tab.evaluate(
        async (prefix, GC_WAIT_MS) => {
          const { Services, Cc, Ci } = globalThis as unknown as Gecko;
          const manager = Cc['@mozilla.org/memory-reporter-manager;1']!.getService(Ci.nsIMemoryReporterManager);
          // about:memory's "GC", "CC" and "Minimize memory usage" buttons, sent to the child
          // processes (the parent's own heap is not measured). They answer asynchronously: the
          // wait was tuned until repeated readings of one page agreed to within a few kB.
          for (const topic of ['child-gc-request', 'child-cc-request', 'child-mmu-request']) Services.obs.notifyObservers(null, topic);
          await new Promise((done) => setTimeout(done, GC_WAIT_MS));
          let bytes = 0;
          // Report paths write the address's slashes as backslashes: top(http:\\127.0.0.1:1234\page.html, id=29).
          const top = `explicit/window-objects/top(${prefix.replace(/\//g, '\\')}`;
          await new Promise<void>((done) =>
            manager.getReports(
              (_process, path, _kind, units, amount) => {
                if (units === 0 && path.startsWith(top) && /\/js-(zone|realm)\(/.test(path)) bytes += amount;
              },
              null,
              done,
              null,
              false,
            ),
          );
          return bytes;
        },
        address,
        GC_WAIT_MS,
      );
    },
    close: () => tab.close(),
  };
}

/** A page's address without its query and fragment (an SPA's pushState changes the query). */
const documentAddress = (url: string) => url.replace(/[?#].*$/, '');

/**
 * about:memory in a tab of its own. BiDi reports that navigation as a detached frame and the
 * page as about:blank, but scripts run in it with its privileges: wait until they do.
 */
async function openPrivilegedTab(browser: Browser): Promise<Page> {
  const tab = await browser.newPage();
  void tab.goto('about:memory').catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await tab.evaluate(() => location.href === 'about:memory' && 'ChromeUtils' in globalThis).catch(() => false);
    if (ready) return tab;
    if (Date.now() > deadline) throw new Error('about:memory did not open with its privileges (is --remote-allow-system-access passed?)');
    await new Promise((done) => setTimeout(done, 200));
  }
}
