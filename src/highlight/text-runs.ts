/**
 * The text a term may span: a run of text nodes inside one block, across inline markup
 * (`<em>botulinum</em> toxin`, `<b>deep</b> <i>brain stimulation</i>`) and line breaks
 * (`Spasmodic<br>dysphonia`), never across a block boundary (paragraph, list item, cell,
 * heading) and never into an excluded element (`code`, an editor). Issue #11.
 *
 * A run's `text` is what the matcher reads: the page's characters with the invisible ones
 * left out (soft hyphen, zero-width space/joiner/non-joiner, word joiner, BOM), and each
 * `<br>` read as a line break. The page's own text is never changed; `piecesOf` maps a
 * match in `text` back to the DOM: one piece per text node it covers.
 */

/** Elements a term continues across. Anything else (a block, a replaced element, an excluded one) ends the run. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
]);

/** Characters with no width that typeset pages put inside words: read as if absent. */
// An alternation, not a character class: a class holding the zero-width joiner beside other characters reads as one joined sequence.
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;
const INVISIBLE_GLOBAL = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

export interface TextPiece {
  node: Text;
  /** Offsets in `node.data`. */
  start: number;
  end: number;
}

/** One item of a run: a text node, or a line break (`<br>`). */
export type RunItem = Text | 'break';

interface Segment {
  /** Where the segment starts in the run's text. */
  at: number;
  length: number;
  /** Null for a line break, which has no text node. */
  node: Text | null;
  /** Where the segment starts in `node.data`. */
  offset: number;
}

export class TextRun {
  /** What the matcher reads. */
  readonly text: string;
  readonly nodes: readonly Text[];
  /**
   * How much of `text` the previous run already read (a long block cut in two, run-walker.ts):
   * matches that end by then were found there.
   */
  readonly seenBefore: number;
  /** The block goes on past this run (run-walker.ts cut it), and the next run re-reads its end. */
  readonly cut: boolean;
  private readonly segments: Segment[] = [];
  private readonly lengths: number[];

  constructor(items: readonly RunItem[], seenBefore = 0, cut = false) {
    this.seenBefore = seenBefore;
    this.cut = cut;
    const parts: string[] = [];
    const nodes: Text[] = [];
    let at = 0;
    for (const item of items) {
      if (item === 'break') {
        this.segments.push({ at, length: 1, node: null, offset: 0 });
        parts.push('\n');
        at += 1;
        continue;
      }
      nodes.push(item);
      const data = item.data;
      if (!INVISIBLE.test(data)) {
        if (data.length > 0) this.segments.push({ at, length: data.length, node: item, offset: 0 });
        parts.push(data);
        at += data.length;
        continue;
      }
      // Split the node's text around its invisible characters.
      let from = 0;
      INVISIBLE_GLOBAL.lastIndex = 0;
      for (let m = INVISIBLE_GLOBAL.exec(data); ; m = INVISIBLE_GLOBAL.exec(data)) {
        const to = m ? m.index : data.length;
        if (to > from) {
          this.segments.push({ at, length: to - from, node: item, offset: from });
          parts.push(data.slice(from, to));
          at += to - from;
        }
        if (!m) break;
        from = m.index + 1;
      }
    }
    this.text = parts.join('');
    this.nodes = nodes;
    this.lengths = nodes.map((n) => n.data.length);
  }

  /** Whether the page left this run's text nodes as they were read (checked after yielding mid-run). */
  unchanged(): boolean {
    return this.nodes.every((n, i) => n.isConnected && n.data.length === this.lengths[i]);
  }

  /**
   * The DOM pieces of `text.slice(start, end)`, in order: one per text node, line breaks
   * left out. Pieces of one node separated only by invisible characters are one piece, so
   * "dys&shy;tonia" stays one highlighted word.
   */
  piecesOf(start: number, end: number): TextPiece[] {
    const pieces: TextPiece[] = [];
    for (let i = this.segmentAt(start); i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      if (seg.at >= end) break;
      if (!seg.node) continue;
      const from = seg.offset + Math.max(0, start - seg.at);
      const to = seg.offset + Math.min(seg.length, end - seg.at);
      if (to <= from) continue;
      const last = pieces[pieces.length - 1];
      if (last && last.node === seg.node) last.end = to;
      else pieces.push({ node: seg.node, start: from, end: to });
    }
    return pieces;
  }

  /** The index of the segment holding `position` (binary search). */
  private segmentAt(position: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.at <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
