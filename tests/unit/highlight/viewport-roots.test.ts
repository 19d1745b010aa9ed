import { describe, expect, it } from 'vitest';
import { FIRST_PASS_HIT_BUDGET_MS, viewportRoots } from '../../../src/highlight/viewport-roots';

/** A laid-out page without a browser: boxes with rectangles, and a hit test that counts its calls (and may cost time). */
interface Box {
  name: string;
  rect: { left: number; right: number; top: number; bottom: number; height: number };
  parentElement: Box | null;
  childElementCount: number;
  ownerDocument: FakeDocument;
  getBoundingClientRect(): Box['rect'];
  contains(other: Box): boolean;
}
interface FakeDocument {
  body: Box;
  documentElement: Box;
  defaultView: { innerWidth: number; innerHeight: number };
  elementFromPoint(x: number, y: number): Box | null;
}

const WIDTH = 1200;
const HEIGHT = 900;

function page(hitCostMs = 0) {
  const clock = { now: 0, hits: 0 };
  const boxes: Box[] = [];
  const doc = { defaultView: { innerWidth: WIDTH, innerHeight: HEIGHT } } as FakeDocument;
  const box = (name: string, parent: Box | null, top: number, bottom: number, left = 0, right = WIDTH): Box => {
    const b: Box = {
      name,
      rect: { left, right, top, bottom, height: bottom - top },
      parentElement: parent,
      childElementCount: 0,
      ownerDocument: doc,
      getBoundingClientRect: () => b.rect,
      contains(other) {
        for (let o: Box | null = other; o; o = o.parentElement) if (o === b) return true;
        return false;
      },
    };
    if (parent) parent.childElementCount++;
    boxes.push(b);
    return b;
  };
  doc.documentElement = box('html', null, 0, 100_000);
  doc.body = box('body', doc.documentElement, 0, 100_000);
  // The deepest box under the point, as a browser's hit test answers.
  doc.elementFromPoint = (x, y) => {
    clock.hits++;
    clock.now += hitCostMs;
    const under = boxes.filter((b) => x >= b.rect.left && x <= b.rect.right && y >= b.rect.top && y <= b.rect.bottom);
    return under.reduce<Box | null>((deepest, b) => (!deepest || deepest.contains(b) ? b : deepest), null);
  };
  const roots = (budgetMs?: number) => viewportRoots(doc as unknown as Document, budgetMs, () => clock.now) as unknown as Box[];
  return { doc, box, clock, roots };
}

describe('viewportRoots', () => {
  it('finds the paragraphs on screen, each once, with one hit test per paragraph and none for points inside one found', () => {
    const { doc, box, clock, roots } = page();
    const article = box('article', doc.body, 0, 20_000);
    const paragraphs = [0, 1, 2, 3, 4, 5].map((i) => box(`p${i}`, article, i * 150, i * 150 + 140));
    box('em', paragraphs[1]!, 160, 180, 100, 300);
    expect(roots().map((b) => b.name)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
    // 84 grid points; the gaps between paragraphs are hit too (they land on the article), nothing inside a paragraph twice.
    expect(clock.hits).toBeLessThan(84);
  });

  it('hit-tests a huge block of bare text once: every other point in it would hit it again (one 100 KB text node)', () => {
    const { doc, box, clock, roots } = page(0.12);
    const heading = box('h1', doc.body, 0, 40);
    box('p', doc.body, 50, 60_000);
    expect(roots()).toEqual([heading]);
    // One row of points on the heading, then one hit on the paragraph covers the rest of the screen.
    expect(clock.hits).toBeLessThanOrEqual(2);
  });

  it('in the first pass, stops hit-testing a few milliseconds after the first root, top rows first (50,000 inline elements in one paragraph)', () => {
    const { doc, box, clock, roots } = page(0.5);
    const paragraph = box('p', doc.body, 0, 60_000);
    // Small inline elements, 100 × 30 px, filling the screen.
    for (let y = 0; y < HEIGHT; y += 30) for (let x = 0; x < WIDTH; x += 100) box(`span@${x},${y}`, paragraph, y, y + 29, x, x + 99);
    const found = roots(FIRST_PASS_HIT_BUDGET_MS);
    expect(clock.hits).toBeLessThan(84);
    // 3 ms of 0.5 ms hit tests after the first: about seven more.
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.length).toBeLessThanOrEqual(9);
    // The first rows of the screen, in reading order.
    expect(Math.max(...found.map((b) => b.rect.top))).toBeLessThan(HEIGHT / 2);
    // Without a budget (a scroll past the eager limit: nothing follows) the whole screen is found.
    clock.hits = 0;
    const whole = roots();
    expect(clock.hits).toBe(84);
    expect(Math.max(...whole.map((b) => b.rect.top))).toBeGreaterThanOrEqual(HEIGHT - 60);
  });

  it('never offers the body, the document or a page-long wrapper as a root', () => {
    const { doc, box, roots } = page();
    box('wrapper', doc.body, 0, 50_000);
    expect(roots()).toEqual([]);
  });
});
