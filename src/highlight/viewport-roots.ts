/**
 * The elements the user is looking at, found by hit-testing a grid of points over the
 * viewport, so the first slice of highlighting covers visible text (< 16 ms to the first
 * highlighted screen) and the rest of the page follows.
 */
const COLUMNS = 6;
const ROWS = 14;

export function viewportRoots(doc: Document): Element[] {
  const view = doc.defaultView;
  if (!view || !doc.body) return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const found = new Set<Element>();
  // Hit-testing costs tens of microseconds a point: points inside a root already found are skipped.
  const covered: DOMRect[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const x = ((col + 0.5) * width) / COLUMNS;
      const y = ((row + 0.5) * height) / ROWS;
      if (covered.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) continue;
      const hit = doc.elementFromPoint(x, y);
      const root = hit && screenSizedAncestor(hit, height);
      if (root && !found.has(root)) {
        found.add(root);
        covered.push(root.getBoundingClientRect());
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
