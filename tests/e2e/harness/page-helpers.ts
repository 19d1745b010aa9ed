/** Reads what the user sees: highlights in the page, the popover in its shadow root. */
import type { ElementHandle, Page } from 'puppeteer-core';

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
