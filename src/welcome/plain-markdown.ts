/**
 * The little Markdown PRIVACY.md uses (headings, paragraphs, `-` lists, *emphasis*, **strong**,
 * `code`, [links](…) shown as their text), turned into elements for the welcome page, so the statement shipped is the one in the
 * repository, word for word. Everything becomes text nodes: nothing is ever parsed as HTML.
 */
import { h } from '../ui/dom';

const INLINE = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`|\[[^\]]+\]\([^)]*\))/;

function inline(doc: Document, text: string): Node[] {
  return text
    .split(INLINE)
    .filter((part) => part !== '')
    .map((part) => {
      if (part.startsWith('**')) return h(doc, 'strong', { text: part.slice(2, -2) });
      if (part.startsWith('*')) return h(doc, 'em', { text: part.slice(1, -1) });
      if (part.startsWith('`')) return h(doc, 'code', { text: part.slice(1, -1) });
      // A repository link means nothing inside the extension: its words stay.
      if (part.startsWith('[')) return doc.createTextNode(part.slice(1, part.indexOf('](')));
      return doc.createTextNode(part);
    });
}

/** `headingOffset`: the document's `#` becomes h(1 + offset), so it fits under the page's own headings. */
export function renderPlainMarkdown(doc: Document, markdown: string, headingOffset = 0): DocumentFragment {
  const out = doc.createDocumentFragment();
  // Blocks are separated by blank lines; a list item's continuation lines are indented.
  for (const block of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      const level = Math.min(6, heading[1]!.length + headingOffset);
      out.append(h(doc, `h${level}` as 'h2', {}, ...inline(doc, heading[2]!)));
      continue;
    }
    if (/^[-*]\s/.test(lines[0]!)) {
      const items: string[] = [];
      for (const line of lines) {
        if (/^[-*]\s/.test(line)) items.push(line.replace(/^[-*]\s+/, ''));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      out.append(h(doc, 'ul', {}, ...items.map((item) => h(doc, 'li', {}, ...inline(doc, item)))));
      continue;
    }
    out.append(h(doc, 'p', {}, ...inline(doc, lines.map((l) => l.trim()).join(' '))));
  }
  return out;
}
