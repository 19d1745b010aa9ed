/**
 * The elements the user is looking at, found by hit-testing a grid of points over the
 * viewport, so the first slice of highlighting covers visible text (< 16 ms to the first
 * highlighted screen) and the rest of the page follows.
 *
 * Hit-testing costs tens of microseconds a point on an ordinary page, but a tenth of a
 * millisecond or more inside one huge block of text (a 100 KB text node, 50,000 inline
 * elements in one paragraph: Chromium 156 spent 10–15 ms on the grid there). So points inside
 * anything already found are skipped, a block too big to be a root that holds only text
 * covers its own rectangle (every point in it would hit it again), and the page's first
 * pass may stop the grid after FIRST_PASS_HIT_BUDGET_MS: what it has not reached comes a
 * moment later with the rest of the page. (After a scroll past the eager limit nothing else
 * follows, so that grid runs whole.)
 */
const COLUMNS = 6;
const ROWS = 14;
/** Time the first pass's grid may take, counted once it has found a root (rows run top to bottom: the top of the screen first). */
export const FIRST_PASS_HIT_BUDGET_MS = 3;

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** `budgetMs`: how long the grid may go on after its first root (the whole grid when omitted). */
export function viewportRoots(doc: Document, budgetMs = Infinity, now: () => number = () => performance.now()): Element[] {
  const view = doc.defaultView;
  if (!view || !doc.body) return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const found = new Set<Element>();
  const covered: Rect[] = [];
  let deadline = Infinity;
  grid: for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const x = ((col + 0.5) * width) / COLUMNS;
      const y = ((row + 0.5) * height) / ROWS;
      if (covered.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) continue;
      if (now() > deadline) break grid;
      const hit = doc.elementFromPoint(x, y);
      if (!hit) continue;
      const root = screenSizedAncestor(hit, height);
      if (root) {
        if (found.has(root)) continue;
        found.add(root);
        covered.push(root.getBoundingClientRect());
        if (deadline === Infinity) deadline = now() + budgetMs;
      } else if (hit.childElementCount === 0 && hit !== doc.body && hit !== doc.documentElement) {
        // Too big to walk for the screen, and nothing inside it to hit instead.
        covered.push(hit.getBoundingClientRect());
      }
    }
  }
  // Drop elements inside others found, so no text is walked twice.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}

/**
 * The hit element's largest ancestor that still fits on about one screen (a paragraph, a
 * list, a card) — never `<body>` or a page-long wrapper, whose walk would be the whole page.
 */
function screenSizedAncestor(hit: Element, viewportHeight: number): Element | null {
  const doc = hit.ownerDocument;
  if (hit === doc.body || hit === doc.documentElement) return null;
  if (hit.getBoundingClientRect().height > viewportHeight * 1.5) return null;
  let best = hit;
  for (let el = hit.parentElement; el && el !== doc.body; el = el.parentElement) {
    if (el.getBoundingClientRect().height > viewportHeight) break;
    best = el;
  }
  return best;
}
