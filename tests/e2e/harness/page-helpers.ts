/**
 * Reads what the user sees, through the extension: highlights (painted ones are out of a
 * page script's reach) and the popover (its shadow root is closed). Each reading is an
 * `inspect` request to the page's content script, sent from an extension page.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { ContentRequest, PageInspection, PopoverInspection } from '../../../src/contracts/messages';
import { SETTINGS_ITEM } from '../../../src/contracts/storage';
import type { Settings } from '../../../src/settings/settings';
import { openExtensionPage, pageAddress, waitForTab, type ExtensionBrowser } from './browsers';
import { SPEED_WINDOW_MS } from '../../../src/popover/steady-press';
import { POPOVER_HOST_ATTRIBUTE } from '../../../src/contracts/dom';

/** What the page shows, asked of its content script (the `inspect` request, src/contracts/messages.ts). */
export async function inspectPage(
  ext: ExtensionBrowser,
  target: Page | Frame,
  selectors: string[] = [],
  brief = false,
): Promise<PageInspection> {
  // Firefox's BiDi reports an extension page's address as about:blank: the page says its own.
  const url = 'bringToFront' in target ? await pageAddress(target) : target.url();
  const opening = !extensionPages.has(ext);
  const helper = await extensionPage(ext);
  // Opening the extension's page made it the active tab: a background tab gets no frames, and
  // the browser holds pointer input to it until one comes (about 5 s).
  if (opening) await ('bringToFront' in target ? target : target.page()).bringToFront();
  // A frame is asked through every frame of its tab; only the one at its address answers.
  const frameId = 'bringToFront' in target ? 0 : undefined;
  const reply = await helper.evaluate(
    async (address, request, frame) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      const api = (g.browser ?? g.chrome)!;
      // Every tab is asked; only the page at this address answers (the newest one, when several are).
      const tabs = (await api.tabs.query({})).filter((t) => t.id !== undefined).sort((a, b) => b.id! - a.id!);
      for (const tab of tabs) {
        // A listener that took the request must answer it: a silent one is a bug to report, not to wait out.
        const answer = await Promise.race([
          api.tabs.sendMessage(tab.id!, request, frame === null ? {} : { frameId: frame }).catch(() => undefined),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error(`tab ${tab.id} (${tab.url}) took inspect and did not answer in 10 s`)), 10_000),
          ),
        ]);
        if (answer) return answer;
      }
      return null;
    },
    url,
    { type: 'inspect', selectors, url, brief } satisfies ContentRequest,
    frameId ?? null,
  );
  // No frame answered (no content script there, or it is still starting): `unanswered` says so in failures.
  return (
    (reply as PageInspection | null) ??
    ({ method: null, busy: false, drawn: 0, passes: 0, terms: [], popover: null, termless: undefined, unanswered: true } as PageInspection)
  );
}

export type PageTerm = PageInspection['terms'][number];

export async function pageTerms(ext: ExtensionBrowser, target: Page | Frame): Promise<PageTerm[]> {
  return (await inspectPage(ext, target)).terms;
}

/** The terms whose first box lies inside the element `selector` matches (viewport boxes, so the element must be laid out). */
export async function termsIn(ext: ExtensionBrowser, target: Page | Frame, selector: string): Promise<PageTerm[]> {
  const [terms, area] = await Promise.all([
    pageTerms(ext, target),
    target.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  ]);
  return terms.filter((t) => {
    const b = t.boxes[0];
    return (
      b !== undefined &&
      b.x + 0.5 >= area.x &&
      b.y + 0.5 >= area.y &&
      b.x + b.width <= area.x + area.width + 0.5 &&
      b.y + b.height <= area.y + area.height + 0.5
    );
  });
}

/** Polls fresh inspections until `test` holds. */
export async function waitForInspection(
  ext: ExtensionBrowser,
  page: Page | Frame,
  test: (i: PageInspection) => boolean,
  timeout = 10_000,
  selectors: string[] = [],
): Promise<PageInspection> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const inspection = await inspectPage(ext, page, selectors);
    if (test(inspection)) return inspection;
    if (Date.now() > deadline) {
      throw new Error(
        `inspection not as expected after ${timeout} ms: ${JSON.stringify({ method: inspection.method, busy: inspection.busy, passes: inspection.passes, termless: inspection.termless ?? null, unanswered: 'unanswered' in inspection, terms: inspection.terms.length, popover: inspection.popover?.open ?? null, name: inspection.popover?.name ?? null })}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the page's highlighter has no work pending (counts only: fine on a page with thousands of terms). */
export async function waitForHighlightingIdle(ext: ExtensionBrowser, target: Page | Frame, timeout = 30_000): Promise<PageInspection> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const inspection = await inspectPage(ext, target, [], true);
    // A frame whose text holds nothing like a term never loads the engine (issue #13): that is idle too.
    if ((inspection.method !== null || inspection.termless === true) && !inspection.busy) return inspection;
    if (Date.now() > deadline)
      throw new Error(
        `highlighting still busy after ${timeout} ms: ${JSON.stringify({ method: inspection.method, busy: inspection.busy, passes: inspection.passes, drawn: inspection.drawn, termless: inspection.termless ?? null, unanswered: 'unanswered' in inspection })}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function waitForHighlights(ext: ExtensionBrowser, page: Page, timeout = 10_000): Promise<void> {
  // The whole pass: the engine loads after the first stage has read the text (issue #13), so a
  // first inspection can land between the screen's highlights and the rest.
  await waitForInspection(ext, page, (i) => i.terms.length > 0 && !i.busy, timeout);
}

/**
 * Highlight counts per entry id, in document order of first appearance. `scope`, a selector
 * of the page: only the terms whose first box lies inside that element's box.
 */
export async function highlightCounts(ext: ExtensionBrowser, target: Page | Frame, scope?: string): Promise<Record<string, number>> {
  const terms = scope ? await termsIn(ext, target, scope) : await pageTerms(ext, target);
  const counts: Record<string, number> = {};
  for (const t of terms) counts[t.entryId] = (counts[t.entryId] ?? 0) + 1;
  return counts;
}

/** The centre of the `nth` highlighted term of an entry (its first box). */
export async function termCenter(ext: ExtensionBrowser, page: Page, entryId: string, nth = 0): Promise<{ x: number; y: number }> {
  const term = (await pageTerms(ext, page)).filter((t) => t.entryId === entryId)[nth];
  const box = term?.boxes[0];
  if (!box) throw new Error(`no highlight for ${entryId} #${nth}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A click as a hand makes one: the pointer arrives, comes to a stop, then the button goes
 * down and up. (A press made while the pointer is still flying in, as `mouse.click` does it,
 * is a jerk passing over a term, and pins nothing: src/popover/steady-press.ts.)
 */
export async function aimedClick(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await new Promise((r) => setTimeout(r, 2 * SPEED_WINDOW_MS));
  await page.mouse.click(at.x, at.y);
}

/** A real mouse click on the `nth` highlighted term of an entry. */
export async function clickTerm(ext: ExtensionBrowser, page: Page, entryId: string, nth = 0): Promise<void> {
  await aimedClick(page, await termCenter(ext, page, entryId, nth));
}

/**
 * Scrolls the page so that the `nth` highlighted term of an entry (its first box) is in the
 * viewport, centring it on each axis where it was not, as puppeteer's ElementHandle.click()
 * did for marks before clicking. Terms on a line wider than a narrow window can be off to the
 * side, where a mouse cannot reach them (Firefox refuses input outside the viewport).
 */
export async function scrollTermIntoView(ext: ExtensionBrowser, page: Page, entryId: string, nth = 0): Promise<void> {
  const term = (await pageTerms(ext, page)).filter((t) => t.entryId === entryId)[nth];
  const box = term?.boxes[0];
  if (!box) throw new Error(`no highlight for ${entryId} #${nth}`);
  await page.evaluate((b) => {
    const w = document.documentElement.clientWidth;
    const h = document.documentElement.clientHeight;
    const left = b.x < 0 || b.x + b.width > w ? b.x + b.width / 2 - w / 2 : 0;
    const top = b.y < 0 || b.y + b.height > h ? b.y + b.height / 2 - h / 2 : 0;
    if (left !== 0 || top !== 0) window.scrollBy({ left, top, behavior: 'instant' });
  }, box);
}

export interface PopoverState {
  open: boolean;
  role: string | null;
  name: string | null;
  text: string;
  focusInside: boolean;
  pinned: boolean;
  /** What opened it (a rest, a tap, a key, a command, the popup); null while closed. */
  source: PopoverInspection['source'];
}

export async function popoverState(ext: ExtensionBrowser, page: Page): Promise<PopoverState> {
  const p = (await inspectPage(ext, page)).popover;
  if (!p?.open) return { open: false, role: null, name: null, text: '', focusInside: false, pinned: false, source: null };
  return { open: true, role: p.role, name: p.name, text: p.text, focusInside: p.focusInside, pinned: p.pinned, source: p.source };
}

export async function waitForPopover(ext: ExtensionBrowser, page: Page, open: boolean, timeout = 5_000): Promise<void> {
  await waitForInspection(ext, page, (i) => (i.popover?.open ?? false) === open, timeout);
}

/** Waits until the open popover shows the entry titled `name` (after navigation or pinning another term). */
export async function waitForPopoverTitle(ext: ExtensionBrowser, page: Page, name: string, timeout = 5_000): Promise<void> {
  await waitForInspection(ext, page, (i) => i.popover?.open === true && i.popover.name === name, timeout);
}

/** Waits until the popover's box stops moving (floating-ui places it after a frame). */
export async function waitForPopoverSettled(ext: ExtensionBrowser, page: Page): Promise<void> {
  let last = '';
  await waitForInspection(ext, page, (i) => {
    const now = JSON.stringify(i.popover?.box ?? null);
    const same = i.popover?.open === true && now === last;
    last = now;
    return same;
  });
}

/** A hand with a tremor resting on a point: ±amplitude px jitter at 60 Hz for `ms`. */
export async function jitterAt(page: Page, at: { x: number; y: number }, ms: number, amplitude = 5): Promise<void> {
  const frames = Math.ceil(ms / 16);
  for (let i = 0; i < frames; i++) {
    const dx = Math.round(Math.sin(i * 1.7) * amplitude);
    const dy = Math.round(Math.cos(i * 2.3) * amplitude);
    await page.mouse.move(at.x + dx, at.y + dy);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** A real mouse click on a control inside the popover, found by CSS selector. */
export async function clickInPopover(ext: ExtensionBrowser, page: Page, selector: string): Promise<void> {
  const box = (await inspectPage(ext, page, [selector])).popover?.found[selector];
  if (!box) throw new Error(`no ${selector} in popover`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Moves the pointer in a straight line from `from` to `to` at `speed` px/ms of real time
 * (positions follow the clock, so a slow driver sends fewer samples, not a slower sweep),
 * about one sample per 60 Hz frame.
 */
export async function sweepPointer(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, speed: number): Promise<void> {
  const distance = Math.hypot(to.x - from.x, to.y - from.y);
  const start = performance.now();
  for (;;) {
    const f = Math.min(1, (speed * (performance.now() - start)) / Math.max(distance, 1));
    await page.mouse.move(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
    if (f === 1) return;
    await new Promise((r) => setTimeout(r, 16));
  }
}

export interface PopoverLayout {
  /** The dialog's box in CSS px, and the viewport's size. */
  box: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  viewport: { width: number; height: number };
  fontSizePx: number;
  titleFontSizePx: number;
  color: string;
  background: string;
  closeButton: { width: number; height: number };
  /** Whether the dialog is the topmost thing at its own centre (no page overlay above it). */
  onTop: boolean;
  animationName: string;
  theme: string | null;
}

export async function popoverLayout(ext: ExtensionBrowser, page: Page): Promise<PopoverLayout> {
  const p = (await inspectPage(ext, page, ['.dg-close'])).popover;
  if (!p?.open) throw new Error('no popover open');
  const b = p.box;
  const close = p.found['.dg-close'] ?? { width: 0, height: 0 };
  const seen = await page.evaluate(
    (x, y, host) => ({
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      onTop: document.elementFromPoint(x, y)?.hasAttribute(host) ?? false,
    }),
    b.x + b.width / 2,
    b.y + Math.min(b.height / 2, 40),
    POPOVER_HOST_ATTRIBUTE,
  );
  return {
    box: { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, width: b.width, height: b.height },
    viewport: seen.viewport,
    fontSizePx: p.fontSizePx,
    titleFontSizePx: p.titleFontSizePx,
    color: p.color,
    background: p.background,
    closeButton: { width: close.width, height: close.height },
    onTop: seen.onTop,
    animationName: p.animationName,
    theme: p.theme,
  };
}

/** Relative luminance (WCAG) of a computed `rgb(...)` colour. */
export function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Where focus is: 'popover' in the dialog, else the focused highlight's entry id or the focused element's tag. */
export async function focusedThing(ext: ExtensionBrowser, page: Page): Promise<string | null> {
  if ((await inspectPage(ext, page)).popover?.focusInside) return 'popover';
  return page.evaluate((host) => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return null;
    if (active.hasAttribute(host)) return 'popover';
    return active.dataset.glossaryTerm ?? active.tagName.toLowerCase();
  }, POPOVER_HOST_ATTRIBUTE);
}

/** One extension page (popup.html in a tab) per browser, kept open to act from the extension's side. */
const extensionPages = new WeakMap<ExtensionBrowser, Promise<Page>>();

function extensionPage(ext: ExtensionBrowser): Promise<Page> {
  let page = extensionPages.get(ext);
  if (!page) {
    page = openExtensionPage(ext, 'popup.html', 'body');
    extensionPages.set(ext, page);
  }
  return page;
}

/** The WebExtension APIs these helpers use: Firefox's promise-based `browser`, or Chromium MV3's `chrome` (promises too). */
interface ExtensionApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, message: unknown, options?: object): Promise<unknown>;
  };
  storage: Record<typeof SETTINGS_ITEM.area, { set(items: object): Promise<void> }>;
}

/**
 * Sends a ContentRequest to the content scripts from the extension's side, the way the
 * background forwards keyboard commands (manifest `commands` cannot be pressed through
 * WebDriver): the extension page calls `tabs.sendMessage` for every tab. Only tabs with our
 * content script answer; the others reject and are ignored.
 */
export async function sendContentRequest(ext: ExtensionBrowser, request: ContentRequest, bringToFront?: Page): Promise<void> {
  await (
    await extensionPage(ext)
  ).evaluate(async (message) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome)!;
    const tabs = await api.tabs.query({});
    await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [api.tabs.sendMessage(tab.id, message).catch(() => undefined)])));
  }, request);
  await bringToFront?.bringToFront();
}

/**
 * Stores settings as the options page would (SETTINGS_ITEM); open pages pick them up through
 * their settings watcher. The item's version marker (SETTINGS_MARKER_ITEM) is left as the
 * extension wrote it when it started, so no migration runs on a value already current.
 */
export async function storeSettings(ext: ExtensionBrowser, settings: Settings): Promise<void> {
  await (
    await extensionPage(ext)
  ).evaluate(
    async (area, key, value) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      await (g.browser ?? g.chrome)!.storage[area].set({ [key]: value });
    },
    SETTINGS_ITEM.area,
    SETTINGS_ITEM.key,
    settings,
  );
}

/**
 * Waits for a tab showing an extension page whose address contains `fragment`. Reads each
 * tab's own `location.href`: Firefox's BiDi reports moz-extension tabs as about:blank.
 */
export async function waitForExtensionTab(ext: ExtensionBrowser, fragment: string, timeout = 10_000): Promise<string> {
  const opened = await waitForTab(
    ext.browser,
    (address) => address.startsWith(ext.extensionOrigin) && address.includes(fragment),
    `no extension tab with ${fragment}`,
    timeout,
  );
  return opened.address;
}

/** Highlighting passes finished in this document (counted by the content script: nothing a page can read). */
export async function highlightPasses(ext: ExtensionBrowser, target: Page | Frame): Promise<number> {
  return (await inspectPage(ext, target, [], true)).passes;
}

/** Waits until more than `after` passes have finished in this document. */
export async function waitForPasses(ext: ExtensionBrowser, target: Page | Frame, after = 0, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await highlightPasses(ext, target)) > after) return;
    if (Date.now() > deadline) throw new Error(`no highlighting pass after #${after} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
