import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutPacer } from '../../../src/highlight/layout-pacer';

/** A document whose layout flush takes `fixed + perMark × marks` ms on a fake clock. */
function fakeLayout(fixed: number, perMark: number) {
  let now = 0;
  let pendingMarks = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const doc = {
    documentElement: {
      getBoundingClientRect() {
        now += fixed + perMark * pendingMarks;
        pendingMarks = 0;
      },
    },
  } as unknown as Document;
  return { doc, dirty: (n: number) => (pendingMarks += n) };
}

/** Runs slices that use their whole budget; returns the layout time of the last one. */
function runSlices(pacer: LayoutPacer, layout: ReturnType<typeof fakeLayout>, slices: number): number {
  let last = 0;
  for (let i = 0; i < slices; i++) {
    const marks = pacer.remaining;
    pacer.added(marks);
    layout.dirty(marks);
    const before = performance.now();
    pacer.settle(layout.doc);
    last = performance.now() - before;
  }
  return last;
}

afterEach(() => vi.restoreAllMocks());

describe('LayoutPacer', () => {
  it('shrinks the marks per slice until the slice layout costs about the target', () => {
    const layout = fakeLayout(1, 0.5);
    const pacer = new LayoutPacer();
    const ms = runSlices(pacer, layout, 20);
    expect(ms).toBeGreaterThan(5);
    expect(ms).toBeLessThan(25);
  });

  it('on a huge page, aims above the fixed cost instead of starving', () => {
    const layout = fakeLayout(30, 0.05);
    const pacer = new LayoutPacer();
    runSlices(pacer, layout, 20);
    expect(pacer.remaining).toBeGreaterThan(100);
  });

  it('does nothing when the slice added no marks', () => {
    const layout = fakeLayout(5, 1);
    const flush = vi.spyOn(layout.doc.documentElement, 'getBoundingClientRect');
    new LayoutPacer().settle(layout.doc);
    expect(flush).not.toHaveBeenCalled();
  });
});
