import { describe, expect, it } from 'vitest';
import {
  explanationPosition,
  placeExplanation,
  readingBand,
  type ReadingPlacementInput,
  type Rect,
} from '../../../src/popover/reading-placement';

const EM = 16;

/** A term of one 18 px line in a 664 px column centred in the window; lines 30 px apart. */
function input(over: Partial<ReadingPlacementInput> & { width?: number; height?: number; termTop?: number } = {}): ReadingPlacementInput {
  const width = over.width ?? 1280;
  const height = over.height ?? 900;
  const columnWidth = Math.min(664, width - 40);
  const column = { left: (width - columnWidth) / 2, right: (width + columnWidth) / 2 };
  const top = over.termTop ?? 300;
  const term = { left: column.left + 100, right: column.left + 190, top, bottom: top + 20 };
  return {
    viewport: { width, height },
    term,
    nextLineBottom: term.bottom + 30,
    column,
    preferred: { width: 28 * EM, height: 420 },
    minWidth: 20 * EM,
    minHeight: 8 * EM,
    gap: 10,
    padding: 8,
    mode: 'beside',
    ...over,
  };
}

/** Where the explanation ends up, at the largest size it may take. */
function finalBox(i: ReadingPlacementInput): Rect & { side: string; clearsNextLine: boolean } {
  const p = placeExplanation(i);
  const size = { width: Math.min(i.preferred.width, p.maxWidth), height: Math.min(i.preferred.height, p.maxHeight) };
  const { x, y } = explanationPosition(p, i, size);
  return { left: x, top: y, right: x + size.width, bottom: y + size.height, side: p.side, clearsNextLine: p.clearsNextLine };
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('reading placement', () => {
  it('keeps the term line and the next line clear across the whole column', () => {
    const i = input();
    expect(readingBand(i)).toEqual({ left: i.column.left, right: i.column.right, top: i.term.top, bottom: i.nextLineBottom });
  });

  it('goes beside the text column when the window has room there, covering nothing of the line', () => {
    const i = input({ width: 1600 });
    const box = finalBox(i);
    expect(box.side).toBe('right');
    expect(box.left).toBeGreaterThanOrEqual(i.column.right + i.gap);
    expect(box.right).toBeLessThanOrEqual(1600 - i.padding);
  });

  it('goes below the next line when beside has no room and the whole explanation fits there', () => {
    const i = input({ width: 1280, termTop: 200 });
    const box = finalBox(i);
    expect(box.side).toBe('bottom');
    expect(box.top).toBe(i.nextLineBottom + i.gap);
  });

  it('goes above the term line when only above has room for all of it', () => {
    const i = input({ termTop: 700 });
    const box = finalBox(i);
    expect(box.side).toBe('top');
    expect(box.bottom).toBe(i.term.top - i.gap);
  });

  it('caps its height to the roomier side when neither side holds all of it', () => {
    const i = input({ width: 800, height: 600, termTop: 300 });
    const p = placeExplanation(i);
    expect(p.side).toBe('top');
    expect(p.maxHeight).toBe(Math.floor(i.term.top - i.gap - i.padding));
    expect(overlaps(finalBox(i), readingBand(i))).toBe(false);
  });

  it('on a window too short for both lines (400% zoom), keeps at least the term line clear', () => {
    const i = input({ width: 320, height: 225, termTop: 90 });
    const box = finalBox(i);
    expect(box.clearsNextLine).toBe(false);
    expect(overlaps(box, { ...readingBand(i), bottom: i.term.bottom })).toBe(false);
  });

  it('keeps the side it had while it still fits, so scrolling does not make it jump', () => {
    const i = input({ termTop: 200 });
    expect(placeExplanation(i).side).toBe('bottom');
    // Scrolled down so that above would now hold it all too: it stays below.
    expect(placeExplanation({ ...i, ...input({ termTop: 460 }), previous: 'bottom' }).side).toBe('bottom');
    // Scrolled until below can no longer show even the smallest explanation: it moves.
    expect(placeExplanation({ ...input({ termTop: 800 }), previous: 'bottom' }).side).toBe('top');
  });

  it('never covers the two lines, and stays in the window, at any size and position', () => {
    let checked = 0;
    for (const [width, height] of [
      [1280, 900],
      [800, 600],
      [360, 640],
      [1600, 1000],
      [320, 225],
      [640, 360],
    ] as const) {
      for (let top = 8; top < height - 28; top += 17) {
        for (const mode of ['beside', 'docked'] as const) {
          const i = input({ width, height, termTop: top, mode });
          const box = finalBox(i);
          const kept = box.clearsNextLine ? readingBand(i) : { ...readingBand(i), bottom: i.term.bottom };
          expect(overlaps(box, kept), `${mode} ${width}×${height} term at ${top}: ${JSON.stringify(box)}`).toBe(false);
          expect(box.left).toBeGreaterThanOrEqual(i.padding - 0.001);
          expect(box.top).toBeGreaterThanOrEqual(i.padding - 0.001);
          expect(box.right).toBeLessThanOrEqual(width - i.padding + 0.001);
          expect(box.bottom).toBeLessThanOrEqual(height - i.padding + 0.001);
          if (box.clearsNextLine) checked++;
        }
      }
    }
    // Only the smallest window ever gives up the next line.
    expect(checked).toBeGreaterThan(300);
  });

  describe('docked', () => {
    it('is a panel at the right edge when it clears the column', () => {
      const i = input({ width: 1600, mode: 'docked' });
      const box = finalBox(i);
      expect(box.side).toBe('right');
      expect(box.right).toBe(1600 - i.padding);
      expect(box.top).toBe(i.padding);
    });

    it('is a panel along the bottom when the term is above it, along the top when the term is low, at most 45% of the window', () => {
      const high = input({ width: 800, height: 600, termTop: 100, mode: 'docked' });
      const low = input({ width: 800, height: 600, termTop: 480, mode: 'docked' });
      expect(finalBox(high).side).toBe('bottom');
      expect(finalBox(high).bottom).toBe(600 - high.padding);
      expect(placeExplanation(high).maxHeight).toBeLessThanOrEqual(0.45 * 600);
      expect(finalBox(low).side).toBe('top');
      expect(finalBox(low).top).toBe(low.padding);
    });

    it('stays at its edge while the next term opened leaves it room', () => {
      const first = input({ width: 800, height: 600, termTop: 100, mode: 'docked' });
      expect(placeExplanation(first).side).toBe('bottom');
      // The next term is lower down, still clear of a shorter panel: the panel does not move to the top.
      const next = input({ width: 800, height: 600, termTop: 330, mode: 'docked', previous: 'bottom' });
      expect(placeExplanation(next).side).toBe('bottom');
    });
  });
});
