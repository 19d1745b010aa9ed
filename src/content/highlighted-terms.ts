/**
 * The page's highlighted terms as the popover sees them (src/popover/term-source.ts), over
 * whatever the page highlighter drew: `<mark>` elements it made, and painted ranges.
 * Marks the page made itself are not terms: a page cannot forge one to read the popover.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { composedOrder } from '../highlight/composed-order';
import type { PageHighlighter } from '../highlight/page-highlighter';
import type { TermDrawing } from '../highlight/term-drawing';
import type { TermOccurrence } from '../highlight/highlight-terms';
import type { Box, PageInspection, PopoverInspection } from '../contracts/messages';
import type { TermRef, TermSource } from '../popover/term-source';
import { occurrenceStarts } from '../popover/term-navigation';
import { ACTIVE_ATTRIBUTE, TERM_SELECTOR } from '../contracts/dom';

const NO_RECT = { x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };
/** floating-ui only iterates the list; an empty array is all a painted term without a range needs. */
const NO_RECTS = [] as unknown as DOMRectList;
/** A highlighted term and the node that orders it in the document. */
type Located = { ref: TermRef | null; node: Node };

export function highlightedTerms(doc: Document, highlighter: () => PageHighlighter | null): TermSource {
  const refs = new Map<string, TermRef>();
  let activeElement: HTMLElement | null = null;
  let activeMarks: HTMLElement[] = [];

  const drawing = () => highlighter()?.drawing ?? null;

  const elementRef = (mark: HTMLElement): TermRef | null => {
    const d = drawing();
    if (!d || !d.registry.isOurs(mark)) return null;
    const id = mark.dataset.glossaryOccurrence ?? '';
    const first = d.registry.marksOf(id)[0] ?? mark;
    const known = refs.get(id);
    if (known && known.element === first) return known;
    const ref: TermRef = { id, entryId: first.dataset.glossaryTerm ?? '', reference: first, element: first };
    refs.set(id, ref);
    return ref;
  };

  const paintedRef = (id: string): TermRef | null => {
    const paint = drawing()?.paint;
    const occurrence = paint?.occurrence(id);
    if (!paint || !occurrence) return null;
    const known = refs.get(id);
    if (known && known.element === null) return known;
    const reference: VirtualElement = {
      getBoundingClientRect: () => paint.rangeOf(id)?.getBoundingClientRect() ?? NO_RECT,
      getClientRects: () => paint.rangeOf(id)?.getClientRects() ?? NO_RECTS,
      contextElement: occurrence.pieces[0]?.node.parentElement ?? undefined,
    };
    const ref: TermRef = { id, entryId: occurrence.entryId, reference, element: null };
    refs.set(id, ref);
    return ref;
  };

  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>(TERM_SELECTOR) : null;

  /** Every term that has a box, in document order. */
  const ordered = (): TermRef[] => {
    const d = drawing();
    if (!d) return [];
    // The registry's marks, not a query of the document: those in web components count too.
    const marks = occurrenceStarts(d.registry.allMarks().sort(composedOrder)).filter(markShown);
    const fromMarks = marks.map((m): Located => ({ ref: elementRef(m), node: m }));
    const fromPaint = (d.paint?.inOrder() ?? [])
      .filter((o) => paintedShown(d, o))
      .map((o): Located => ({ ref: paintedRef(o.id), node: o.pieces[0]!.node }));
    const all = [...fromMarks, ...fromPaint].filter((x): x is { ref: TermRef; node: Node } => x.ref !== null);
    if (fromMarks.length > 0 && fromPaint.length > 0) all.sort((a, b) => composedOrder(a.node, b.node));
    return all.map((x) => x.ref);
  };

  const topOf = (ref: TermRef) => ref.reference.getBoundingClientRect().top;

  return {
    at(event) {
      if (!event.isTrusted) return null;
      const target = event.composedPath()[0] ?? event.target;
      const mark = markOf(target);
      if (mark) return elementRef(mark);
      const hit = drawing()?.paint?.occurrenceAt(event.clientX, event.clientY);
      return hit ? paintedRef(hit.id) : null;
    },
    ofElement(target) {
      const mark = markOf(target);
      return mark ? elementRef(mark) : null;
    },
    byId(id) {
      const d = drawing();
      const mark = d?.registry.marksOf(id)[0];
      if (mark?.isConnected) return elementRef(mark);
      return paintedRef(id);
    },
    adjacent(from, direction) {
      const terms = ordered();
      if (terms.length === 0) return null;
      let index: number;
      const at = from ? terms.findIndex((t) => t.id === from.id) : -1;
      if (at >= 0) index = (at + direction + terms.length) % terms.length;
      else if (direction === 1) index = terms.findIndex((t) => topOf(t) >= 0);
      else index = terms.map(topOf).findLastIndex((top) => top < 0);
      if (index === -1) index = direction === 1 ? 0 : terms.length - 1;
      return terms[index] ?? null;
    },
    ofEntry(entryId) {
      return ordered().filter((t) => t.entryId === entryId);
    },
    setActive(term) {
      if (activeElement) activeElement.removeAttribute('aria-expanded');
      for (const m of activeMarks) m.removeAttribute(ACTIVE_ATTRIBUTE);
      activeElement = null;
      activeMarks = [];
      drawing()?.paint?.setActive(term && term.element === null ? term.id : null);
      if (term?.element) {
        activeElement = term.element;
        activeElement.setAttribute('aria-expanded', 'true');
        // Every piece of a split term looks open, not only the first.
        activeMarks = drawing()?.registry.marksOf(term.id) ?? [term.element];
        for (const m of activeMarks) m.setAttribute(ACTIVE_ATTRIBUTE, '');
      }
    },
    boxes(term) {
      if (!term.element) return [...(drawing()?.paint?.rangeOf(term.id)?.getClientRects() ?? [])];
      return (drawing()?.registry.marksOf(term.id) ?? [term.element]).flatMap((m) => [...m.getClientRects()]);
    },
    end(term) {
      if (!term.element) {
        const range = drawing()?.paint?.rangeOf(term.id);
        return range ? { node: range.endContainer, offset: range.endOffset } : null;
      }
      const last = (drawing()?.registry.marksOf(term.id) ?? [term.element]).at(-1)!;
      return { node: last, offset: last.childNodes.length };
    },
    all: () => ordered(),
    reveal(term) {
      if (term.element) {
        term.element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        return;
      }
      const rect = term.reference.getBoundingClientRect();
      const view = doc.defaultView;
      if (!view || (rect.top >= 0 && rect.bottom <= view.innerHeight)) return;
      view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
    },
  };
}

/** The `inspect` reply (src/contracts/messages.ts): what the page shows, for the end-to-end tests. */
export function inspectPage(
  terms: TermSource,
  session: {
    readonly highlighter: PageHighlighter | null;
    readonly popover: { inspect(selectors?: readonly string[]): PopoverInspection } | null;
  },
  request: { selectors?: readonly string[]; brief?: boolean } = {},
): PageInspection {
  const box = (r: DOMRect): Box => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  const drawing = session.highlighter?.drawing;
  const textOf = (t: TermRef) =>
    t.element
      ? (drawing?.registry
          .marksOf(t.id)
          .map((m) => m.textContent)
          .join('') ?? '')
      : (drawing?.paint?.occurrence(t.id)?.text ?? '');
  return {
    method: drawing?.method ?? null,
    busy: session.highlighter?.busy ?? false,
    passes: session.highlighter?.passes ?? 0,
    drawn: [...(drawing?.counts().values() ?? [])].reduce((a, b) => a + b, 0),
    terms: request.brief
      ? []
      : terms
          .all()
          .map((t) => ({ id: t.id, entryId: t.entryId, text: textOf(t), element: t.element !== null, boxes: terms.boxes(t).map(box) })),
    popover: session.popover?.inspect(request.selectors) ?? null,
  };
}

/**
 * Terms per entry that the page shows, for the badge and the popup's "On this page": text
 * that is hidden (`display: none`, `[hidden]`, a closed `<details>`) is highlighted, ready
 * for when it is shown, but not counted (security review L10).
 */
export function shownCounts(terms: TermSource): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of terms.all()) counts[t.entryId] = (counts[t.entryId] ?? 0) + 1;
  return counts;
}

/**
 * How many entries the page shows at least once (the toolbar badge). Cheap on pages with
 * thousands of highlights: each entry's occurrences are measured only until one is shown.
 */
export function shownEntryCount(highlighter: PageHighlighter | null): number {
  const d = highlighter?.drawing;
  if (!d) return 0;
  const found = new Set<string>();
  for (const mark of d.registry.allMarks()) {
    const id = mark.dataset.glossaryTerm;
    if (id && !found.has(id) && markShown(mark)) found.add(id);
  }
  for (const o of d.paint?.occurrences() ?? []) {
    if (found.has(o.entryId)) continue;
    if (paintedShown(d, o)) found.add(o.entryId);
  }
  return found.size;
}

/**
 * Whether an element with boxes is shown: a closed `<details>` keeps boxes for its body
 * (`content-visibility: hidden`), which `checkVisibility` sees through.
 */
function shown(element: Element | null): boolean {
  if (!element) return false;
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/** A highlight the page shows: it has boxes, and nothing hides it. */
const markShown = (mark: HTMLElement): boolean => mark.getClientRects().length > 0 && shown(mark);
const paintedShown = (d: TermDrawing, o: TermOccurrence): boolean =>
  (d.paint?.rangeOf(o.id)?.getClientRects().length ?? 0) > 0 && shown(o.pieces[0]!.node.parentElement);
