/**
 * The reader's find (issue #18): the next place the words occur in the PDF's text layers,
 * after the current one, wrapping at the end. Read as the engine reads the layers (runs on a
 * line run on, a line's end is a space), case and runs of spaces ignored. The browser's own
 * window.find would also find the words in the find box itself.
 */

export interface Found {
  range: Range;
  /** The text layer's page element, to scroll to. */
  layer: Element;
}

/** The text of a layer and, for each of its characters, the text node and offset it came from (null: a line end). */
function readLayer(layer: Element): { text: string; at: Array<[Text, number] | null> } {
  let text = '';
  const at: Array<[Text, number] | null> = [];
  const walker = layer.ownerDocument.createTreeWalker(layer, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).localName === 'br') {
        text += ' ';
        at.push(null);
      }
      continue;
    }
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) at.push([node as Text, i]);
    text += data;
  }
  return { text: text.replace(/\s/g, ' ').toLowerCase(), at };
}

/** The query as a pattern: spaces match any run of spaces. */
const patternOf = (query: string) =>
  new RegExp(
    query
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(' +'),
    'g',
  );

/**
 * The next match after `after` (the previous match, or null to start at the top), in page
 * order, wrapping round; null when the words are nowhere in the PDF.
 */
export function findInLayers(layers: readonly Element[], query: string, after: Range | null): Found | null {
  if (!query.trim()) return null;
  const pattern = patternOf(query);
  const matches: Found[] = [];
  for (const layer of layers) {
    const { text, at } = readLayer(layer);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = at[m.index];
      const end = at[m.index + m[0].length - 1];
      if (!start || !end) continue;
      const range = layer.ownerDocument.createRange();
      range.setStart(start[0], start[1]);
      range.setEnd(end[0], end[1] + 1);
      matches.push({ range, layer });
    }
  }
  if (matches.length === 0) return null;
  if (!after) return matches[0]!;
  return matches.find((m) => m.range.compareBoundaryPoints(Range.START_TO_START, after) > 0) ?? matches[0]!;
}
