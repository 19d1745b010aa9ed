/**
 * Every highlight the extension has made, and the page's text node each one was cut from.
 *
 * mark.js wraps a match by splitting the page's text node: the page's node keeps the text
 * before the match, and new nodes (the `<mark>` and a text node after it, "parts" here)
 * carry the rest. Frameworks such as React still hold the page's node and later write to
 * it or remove it, which would leave our parts behind as stale text. Remembering which
 * parts belong to which page node lets us
 * - restore: put the whole text back into the page's own node and drop the parts, so the
 *   DOM is exactly what the page built (no `normalize()` of nodes the page owns);
 * - heal: when the page rewrites or removes its node, drop the parts, so the visible text
 *   is what the page intended.
 */
import { TERM_SELECTOR } from '../contracts/dom';
export class HighlightRegistry {
  /** Page-owned text node → the marks and text fragments now carrying the rest of its text. */
  private readonly partsOf = new Map<Text, Set<ChildNode>>();
  /** Each part (mark or fragment) → the page-owned text node it came from. */
  private readonly originOf = new WeakMap<Node, Text>();
  /** Every mark made, for counts and for restoring them all. Pruned of removed marks. */
  private readonly marks = new Set<HTMLElement>();
  /** The marks of each occurrence (several for a term split by markup). */
  private readonly byOccurrence = new Map<string, Set<HTMLElement>>();

  /**
   * Records a mark mark.js has just inserted: its previous sibling is the text node that was
   * split (the page's node or one of our fragments), its next sibling the new fragment.
   */
  recordMark(mark: HTMLElement): void {
    const head = mark.previousSibling;
    const tail = mark.nextSibling;
    if (head?.nodeType !== Node.TEXT_NODE) return;
    const origin = this.originOf.get(head) ?? (head as Text);
    let parts = this.partsOf.get(origin);
    if (!parts) this.partsOf.set(origin, (parts = new Set()));
    parts.add(mark);
    this.originOf.set(mark, origin);
    if (tail?.nodeType === Node.TEXT_NODE) {
      parts.add(tail);
      this.originOf.set(tail, origin);
    }
    this.marks.add(mark);
    const occurrence = mark.dataset.glossaryOccurrence;
    if (occurrence !== undefined) {
      let marks = this.byOccurrence.get(occurrence);
      if (!marks) this.byOccurrence.set(occurrence, (marks = new Set()));
      marks.add(mark);
    }
  }

  /** The marks of one occurrence, in the order they were made (document order). */
  marksOf(occurrence: string): HTMLElement[] {
    return [...(this.byOccurrence.get(occurrence) ?? [])].filter((m) => m.isConnected);
  }

  /** Every mark still in a document (shadow roots included), in the order they were made. */
  allMarks(): HTMLElement[] {
    return [...this.marks].filter((m) => m.isConnected);
  }

  /** How many marks are on the page. */
  get markCount(): number {
    return this.marks.size;
  }

  /** True for nodes the extension created (marks and fragments), which the page never owned. */
  isOurs(node: Node): boolean {
    return this.originOf.has(node);
  }

  /** True when `text` is a page-owned node that highlighting has split. */
  isSplit(text: Text): boolean {
    return this.partsOf.has(text);
  }

  /** The page-owned node a mark or fragment came from. */
  originFor(node: Node): Text | undefined {
    return this.originOf.get(node);
  }

  /**
   * Undoes the split: the page's node gets back its whole text, in document order, and the
   * parts are removed. Works whether or not the page has since moved or detached its node.
   */
  restore(origin: Text): void {
    const parts = this.takeParts(origin);
    if (!parts) return;
    const ordered = [...parts].filter((p) => p.parentNode !== null).sort(inDocumentOrder);
    let text = origin.data;
    for (const part of ordered) text += part.textContent ?? '';
    for (const part of parts) part.parentNode?.removeChild(part);
    if (origin.data !== text) origin.data = text;
    this.restoreRestOf(parts);
  }

  /** The page rewrote its node: the parts hold stale text, so only they go. */
  dropParts(origin: Text): void {
    const parts = this.takeParts(origin);
    if (!parts) return;
    for (const part of parts) part.parentNode?.removeChild(part);
    this.restoreRestOf(parts);
  }

  /**
   * A term split by markup is one occurrence in several page nodes: when one of its pieces
   * goes, the others go too (restored exactly), so no half-term stays highlighted.
   */
  private restoreRestOf(parts: Iterable<ChildNode>): void {
    const occurrences = new Set<string>();
    for (const part of parts) {
      const id = part.nodeType === Node.ELEMENT_NODE ? (part as HTMLElement).dataset.glossaryOccurrence : undefined;
      if (id !== undefined) occurrences.add(id);
    }
    if (occurrences.size === 0) return;
    const rest = [...occurrences].flatMap((id) => [...(this.byOccurrence.get(id) ?? [])]);
    if (rest.length > 0) this.restoreMarks(rest);
  }

  /** Restores every split node that has a mark inside `root`, or everywhere. */
  restoreAll(root?: Element | DocumentFragment): void {
    this.restoreMarks(root ? Array.from(root.querySelectorAll<HTMLElement>(TERM_SELECTOR)) : [...this.marks]);
  }

  /** Occurrences per entry id among the marks still in the document: the marks of a term split by markup count once. */
  counts(): Map<string, number> {
    const occurrences = new Map<string, Set<string>>();
    for (const mark of this.marks) {
      if (!mark.isConnected) {
        this.forgetMark(mark);
        continue;
      }
      const id = mark.dataset.glossaryTerm;
      if (!id) continue;
      let seen = occurrences.get(id);
      if (!seen) occurrences.set(id, (seen = new Set()));
      seen.add(mark.dataset.glossaryOccurrence ?? `mark-${seen.size}`);
    }
    return new Map([...occurrences].map(([id, seen]) => [id, seen.size]));
  }

  /** The marks whose occurrence reads as one of `texts` (an abbreviation whose meaning the page has just given). */
  marksWithText(texts: readonly string[]): HTMLElement[] {
    const wanted = new Set(texts);
    const byOccurrence = new Map<string, HTMLElement[]>();
    for (const mark of this.marks) {
      if (!mark.isConnected) continue;
      const key = mark.dataset.glossaryOccurrence ?? '';
      byOccurrence.set(key, [...(byOccurrence.get(key) ?? []), mark]);
    }
    return [...byOccurrence.values()].filter((marks) => wanted.has(marks.map((m) => m.textContent ?? '').join(''))).flat();
  }

  /** Undoes the splits behind these marks (and whatever else those page nodes held). */
  restoreMarks(marks: readonly HTMLElement[]): void {
    const origins = new Set<Text>();
    for (const mark of marks) {
      const origin = this.originOf.get(mark);
      if (origin) origins.add(origin);
    }
    for (const origin of origins) this.restore(origin);
  }

  private takeParts(origin: Text): Set<ChildNode> | undefined {
    const parts = this.partsOf.get(origin);
    if (!parts) return undefined;
    this.partsOf.delete(origin);
    for (const part of parts) {
      this.originOf.delete(part);
      this.marks.delete(part as HTMLElement);
      this.forgetOccurrenceMark(part);
    }
    return parts;
  }

  private forgetOccurrenceMark(part: Node): void {
    const id = part.nodeType === Node.ELEMENT_NODE ? (part as HTMLElement).dataset.glossaryOccurrence : undefined;
    if (id === undefined) return;
    const marks = this.byOccurrence.get(id);
    marks?.delete(part as HTMLElement);
    if (marks?.size === 0) this.byOccurrence.delete(id);
  }

  /** A mark the page removed together with its subtree: let the split record go with it. */
  private forgetMark(mark: HTMLElement): void {
    this.marks.delete(mark);
    this.forgetOccurrenceMark(mark);
    const origin = this.originOf.get(mark);
    if (origin && !origin.isConnected) this.takeParts(origin);
  }
}

function inDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
