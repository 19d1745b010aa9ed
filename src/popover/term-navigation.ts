/**
 * Keyboard reach for highlighted terms without flooding the tab order: the next/previous
 * term commands walk the highlights in document order and focus one at a time. Only the
 * term being visited gets `tabindex="-1"` (focusable by script, never a Tab stop), so a page
 * with 300 highlights keeps its own tab order. Highlight elements also get an
 * `aria-description` (the hint itself, not an IDREF: Chromium does not resolve a reference
 * to text that is not rendered), so screen readers announce them as glossary terms.
 */
import { uiText } from '../ui/strings';
import { OCCURRENCE_ATTRIBUTE, TERM_SELECTOR } from '../contracts/dom';

/**
 * One element per occurrence, in document order: a term split by markup
 * (`<em>botulinum</em> toxin`) is several marks sharing `data-glossary-occurrence`, and is
 * reached once, at its first mark.
 */
export function occurrenceStarts(terms: Iterable<HTMLElement>): HTMLElement[] {
  const seen = new Set<string>();
  const starts: HTMLElement[] = [];
  for (const term of terms) {
    const id = term.dataset.glossaryOccurrence;
    if (id !== undefined) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    starts.push(term);
  }
  return starts;
}

/** Every mark of the occurrence `term` belongs to. */
function occurrenceMarks(term: HTMLElement): HTMLElement[] {
  const id = term.dataset.glossaryOccurrence;
  if (id === undefined) return [term];
  return Array.from(term.ownerDocument.querySelectorAll<HTMLElement>(`${TERM_SELECTOR}[${OCCURRENCE_ATTRIBUTE}="${CSS.escape(id)}"]`));
}

/**
 * Moves focus to `term`, making it the only term with a tabindex (unless every term is a Tab
 * stop: `tabStops`). `scroll: false` leaves scrolling to the caller (e.g. a jump that
 * scrolls smoothly on its own).
 */
export function focusTerm(
  doc: Document,
  term: HTMLElement,
  { scroll = true, tabStops = false }: { scroll?: boolean; tabStops?: boolean } = {},
): void {
  if (!tabStops)
    for (const other of doc.querySelectorAll<HTMLElement>(`${TERM_SELECTOR}[tabindex]`))
      if (other !== term) other.removeAttribute('tabindex');
  term.setAttribute('tabindex', tabStops && isOccurrenceStart(term) ? '0' : '-1');
  describeTerm(term);
  // Instant, not smooth: no motion for users who asked for none, and no lag for anyone.
  if (scroll) term.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  term.focus({ preventScroll: true });
}

function describeTerm(term: HTMLElement): void {
  if (!term.hasAttribute('aria-description')) term.setAttribute('aria-description', uiText('termHint'));
}

/** A term split by markup is one Tab stop, at its first mark. */
function isOccurrenceStart(term: HTMLElement): boolean {
  const id = term.dataset.glossaryOccurrence;
  return id === undefined || occurrenceMarks(term)[0] === term;
}

/**
 * Gives every highlight under `root` its screen-reader description (idempotent) and, with
 * `tabStops`, makes each occurrence a Tab stop; without, takes the Tab stops away again.
 */
export function describeHighlights(root: ParentNode, tabStops = false): void {
  for (const term of root.querySelectorAll<HTMLElement>(`${TERM_SELECTOR}:not([aria-description])`)) describeTerm(term);
  if (tabStops) {
    for (const term of occurrenceStarts(root.querySelectorAll<HTMLElement>(`${TERM_SELECTOR}:not([tabindex="0"])`)))
      if (isOccurrenceStart(term)) term.setAttribute('tabindex', '0');
  } else {
    for (const term of root.querySelectorAll<HTMLElement>(`${TERM_SELECTOR}[tabindex="0"]`)) term.removeAttribute('tabindex');
  }
}
