/** Reads what the user sees: highlights in the page, the popover in its shadow root. */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ContentRequest } from '../../../src/messages';
import type { Settings } from '../../../src/settings/settings';
import { openExtensionPage, type ExtensionBrowser } from './browsers';

export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForSelector('[data-glossary-term]', { timeout });
}

/** Highlight counts per entry id, in document order of first appearance. */
export async function highlightCounts(page: Page, scope = 'body'): Promise<Record<string, number>> {
  return page.evaluate((sel) => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelector(sel)!.querySelectorAll<HTMLElement>('[data-glossary-term]')) {
      const id = el.dataset.glossaryTerm!;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  }, scope);
}

export interface PopoverState {
  open: boolean;
  role: string | null;
  name: string | null;
  text: string;
  focusInside: boolean;
}

export async function popoverState(page: Page): Promise<PopoverState> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-glossary-popover]');
    const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!host || !dialog) return { open: false, role: null, name: null, text: '', focusInside: false };
    const labelId = dialog.getAttribute('aria-labelledby');
    const name = labelId ? (host.shadowRoot!.getElementById(labelId)?.textContent ?? null) : dialog.getAttribute('aria-label');
    const style = getComputedStyle(dialog);
    const open = !dialog.hidden && style.display !== 'none' && style.visibility !== 'hidden' && dialog.getBoundingClientRect().width > 0;
    return { open, role: dialog.getAttribute('role'), name, text: dialog.innerText, focusInside: document.activeElement === host };
  });
}

export async function waitForPopover(page: Page, open: boolean, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const dialog = document.querySelector('[data-glossary-popover]')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
      const isOpen = !!dialog && !dialog.hidden && dialog.getBoundingClientRect().width > 0;
      return isOpen === want;
    },
    { timeout },
    open,
  );
}

/** Waits until the open popover shows the entry titled `name` (after navigation or pinning another term). */
export async function waitForPopoverTitle(page: Page, name: string, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('[data-glossary-popover]')?.shadowRoot?.getElementById('dg-title')?.textContent === want,
    { timeout },
    name,
  );
}

/**
 * Waits for the popover to open and jumps its fade-in (if any) to the end, so a screenshot
 * shows what the user sees a moment later (a tab in the background may not run animations).
 */
export async function waitForPopoverSettled(page: Page): Promise<void> {
  await waitForPopover(page, true);
  await page.evaluate(() => {
    const dialog = document.querySelector('[data-glossary-popover]')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
    for (const animation of dialog.getAnimations()) animation.finish();
  });
}

export async function termHandle(page: Page, id: string, nth = 0): Promise<ElementHandle<HTMLElement>> {
  const all = await page.$$(`[data-glossary-term="${id}"]`);
  const el = all[nth];
  if (!el) throw new Error(`no highlight for ${id} #${nth}`);
  return el as ElementHandle<HTMLElement>;
}

export async function centerOf(el: ElementHandle<Element>): Promise<{ x: number; y: number }> {
  const box = await el.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
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

/** Clicks a control inside the popover's shadow root by CSS selector. */
export async function clickInPopover(page: Page, selector: string): Promise<void> {
  const handle = await page.evaluateHandle(
    (sel) => document.querySelector('[data-glossary-popover]')!.shadowRoot!.querySelector(sel),
    selector,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no ${selector} in popover`);
  await el.click();
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

export async function popoverLayout(page: Page): Promise<PopoverLayout> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-glossary-popover]')!;
    const root = host.shadowRoot!;
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    const r = dialog.getBoundingClientRect();
    const style = getComputedStyle(dialog);
    const close = root.querySelector<HTMLElement>('.dg-close')!.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + Math.min(r.height / 2, 40);
    return {
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      fontSizePx: parseFloat(style.fontSize),
      titleFontSizePx: parseFloat(getComputedStyle(root.getElementById('dg-title')!).fontSize),
      color: style.color,
      background: style.backgroundColor,
      closeButton: { width: close.width, height: close.height },
      onTop: document.elementFromPoint(cx, cy) === host,
      animationName: style.animationName,
      theme: dialog.getAttribute('data-theme'),
    };
  });
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

/** Focus as the page sees it: the focused highlight's entry id, or 'popover' when focus is in the dialog. */
export async function focusedThing(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return null;
    if (active.hasAttribute('data-glossary-popover')) return 'popover';
    return active.dataset.glossaryTerm ?? active.tagName.toLowerCase();
  });
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
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void> } };
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
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : api.tabs.sendMessage(tab.id, message).catch(() => undefined))));
  }, request);
  await bringToFront?.bringToFront();
}

/**
 * Stores settings as the options page would (the `sync:settings` item); open pages pick them
 * up through their settings watcher. The item's version marker (`settings$`) is left as the
 * extension wrote it when it started, so no migration runs on a value already current.
 */
export async function storeSettings(ext: ExtensionBrowser, settings: Settings): Promise<void> {
  await (
    await extensionPage(ext)
  ).evaluate(async (value) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    await (g.browser ?? g.chrome)!.storage.sync.set({ settings: value });
  }, settings);
}

/**
 * Waits for a tab showing an extension page whose address contains `fragment`. Reads each
 * tab's own `location.href`: Firefox's BiDi reports moz-extension tabs as about:blank.
 */
export async function waitForExtensionTab(ext: ExtensionBrowser, fragment: string, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await ext.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(ext.extensionOrigin) && href.includes(fragment)) return href;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no extension tab with ${fragment} after ${timeout} ms`);
}
