import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DENSE_BLOCK_ELEMENTS, DenseBlocks } from '../../../src/highlight/dense-blocks';
import { LIVE_ALL, PaintWindow, type Windowed } from '../../../src/highlight/paint-window';

/** A Highlight stand-in: which ranges the browser would be painting. */
function fakeHighlight() {
  const ranges = new Set<AbstractRange>();
  return {
    ranges,
    add: (r: AbstractRange) => void ranges.add(r),
    delete: (r: AbstractRange) => void ranges.delete(r),
    clear: () => ranges.clear(),
  };
}

/** The page lays text out at 10 characters a line, 20 px a line, 800 px of viewport. */
const LINE_PX = 20;
const CHARS_PER_LINE = 10;
const VIEWPORT_PX = 800;

let scrollY = 0;
let observed: { callback: IntersectionObserverCallback; targets: Set<Element> } | null;

beforeEach(() => {
  vi.useFakeTimers();
  observed = null;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      readonly targets = new Set<Element>();
      constructor(callback: IntersectionObserverCallback) {
        observed = { callback, targets: this.targets };
      }
      observe(el: Element) {
        this.targets.add(el);
      }
      unobserve(el: Element) {
        this.targets.delete(el);
      }
      disconnect() {
        this.targets.clear();
      }
    },
  );
  Object.defineProperty(window, 'IntersectionObserver', { value: globalThis.IntersectionObserver, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: VIEWPORT_PX, configurable: true });
  // Boxes follow the text offset; the page is scrolled by `scrollY`.
  vi.spyOn(document, 'createRange').mockImplementation(() => {
    let offset = 0;
    return {
      setStart: (_n: Node, o: number) => void (offset = o),
      setEnd: () => undefined,
      getBoundingClientRect: () => {
        const top = Math.floor(offset / CHARS_PER_LINE) * LINE_PX - scrollY;
        return { top, bottom: top + LINE_PX } as DOMRect;
      },
    } as unknown as Range;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  scrollY = 0;
  document.body.replaceChildren();
});

/** `count` occurrences, one a line, in one text node of one paragraph. */
function denseBlock(count: number): { block: HTMLElement; occurrences: Windowed[] } {
  const block = document.createElement('p');
  const text = document.createTextNode('dystonia. '.repeat(count));
  block.append(text);
  document.body.append(block);
  const occurrences = Array.from({ length: count }, (_, i) => ({
    startNode: text,
    range: {
      startContainer: text,
      startOffset: i * CHARS_PER_LINE,
      endContainer: text,
      endOffset: i * CHARS_PER_LINE + 8,
      collapsed: false,
    },
  }));
  return { block, occurrences };
}

describe('PaintWindow', () => {
  it('registers every occurrence of an ordinary page, without observing anything', () => {
    const highlight = fakeHighlight();
    const window = new PaintWindow(document, highlight);
    for (let b = 0; b < 10; b++) for (const o of denseBlock(20).occurrences) window.add(o);
    expect(window.windowed).toBe(false);
    expect(highlight.ranges.size).toBe(200);
    expect(observed).toBeNull();
  });

  it('past LIVE_ALL occurrences on the page, keeps only those of blocks near the viewport registered', () => {
    const highlight = fakeHighlight();
    const window = new PaintWindow(document, highlight);
    const blocks = Array.from({ length: 40 }, () => denseBlock(LIVE_ALL / 20));
    for (const { occurrences } of blocks) for (const o of occurrences) window.add(o);
    expect(window.windowed).toBe(true);
    const near = blocks.slice(0, 2).map((b) => b.block);
    observed!.callback(
      near.map((target) => ({ target, isIntersecting: true })) as unknown as IntersectionObserverEntry[],
      {} as IntersectionObserver,
    );
    vi.runAllTimers();
    expect(highlight.ranges.size).toBe(2 * (LIVE_ALL / 20));
    expect([...highlight.ranges].every((r) => near.some((b) => b.contains(r.startContainer)))).toBe(true);
  });

  it('in one dense block (one huge text node), registers only the occurrences whose boxes are near the viewport, and follows scrolling', () => {
    const highlight = fakeHighlight();
    const window = new PaintWindow(document, highlight);
    const { block, occurrences } = denseBlock(5_000);
    for (const o of occurrences) window.add(o);
    expect(window.windowed).toBe(true);
    observed!.callback([{ target: block, isIntersecting: true }] as unknown as IntersectionObserverEntry[], {} as IntersectionObserver);
    vi.runAllTimers();
    // A quarter of a screen above to a quarter below: lines 0..50 of 20 px at the top of the page.
    const lines = () => [...highlight.ranges].map((r) => r.startOffset / CHARS_PER_LINE).sort((a, b) => a - b);
    expect(lines()[0]).toBe(0);
    expect(lines().at(-1)).toBe((1.25 * VIEWPORT_PX) / LINE_PX);
    scrollY = 50_000;
    document.dispatchEvent(new Event('scroll'));
    vi.runAllTimers();
    // The band is inclusive: the line whose bottom touches its top edge is in.
    expect(lines()[0]).toBe((scrollY - VIEWPORT_PX / 4) / LINE_PX - 1);
    expect(lines().at(-1)).toBe((scrollY + 1.25 * VIEWPORT_PX) / LINE_PX);
    expect(highlight.ranges.size).toBeLessThan(200);
  });

  it('forgets every occurrence of a node: unregistered, and the block no longer observed', () => {
    const highlight = fakeHighlight();
    const window = new PaintWindow(document, highlight);
    const { block, occurrences } = denseBlock(20_000);
    for (const o of occurrences) window.add(o);
    observed!.callback([{ target: block, isIntersecting: true }] as unknown as IntersectionObserverEntry[], {} as IntersectionObserver);
    vi.runAllTimers();
    for (const o of occurrences) window.delete(o);
    expect(highlight.ranges.size).toBe(0);
    expect(observed!.targets.has(block)).toBe(false);
  });
});

describe('PaintWindow with lineless dense blocks (Firefox)', () => {
  it('draws the occurrences of a block with more than DENSE_BLOCK_ELEMENTS elements without a line, the others with one', () => {
    const lined = fakeHighlight();
    const lineless = fakeHighlight();
    const window = new PaintWindow(document, lined, lineless, new DenseBlocks(true));
    const { occurrences: ordinary } = denseBlock(3);
    const dense = document.createElement('div');
    for (let i = 0; i <= DENSE_BLOCK_ELEMENTS; i++) dense.append(document.createElement('span'));
    const text = document.createTextNode('dystonia');
    dense.append(text);
    document.body.append(dense);
    const inDense = {
      startNode: text,
      range: { startContainer: text, startOffset: 0, endContainer: text, endOffset: 8, collapsed: false } as StaticRange,
    };
    for (const o of [...ordinary, inDense]) window.add(o);
    expect([...lined.ranges]).toEqual(ordinary.map((o) => o.range));
    expect([...lineless.ranges]).toEqual([inDense.range]);
    window.delete(inDense);
    expect(lineless.ranges.size).toBe(0);
  });

  it('keeps every line where lines cost no layout (Chromium)', () => {
    const dense = document.createElement('div');
    for (let i = 0; i <= DENSE_BLOCK_ELEMENTS; i++) dense.append(document.createElement('span'));
    expect(new DenseBlocks(false).isDense(dense)).toBe(false);
    expect(new DenseBlocks(true).isDense(dense)).toBe(true);
    expect(new DenseBlocks(true).isDense(document.createElement('p'))).toBe(false);
  });
});
