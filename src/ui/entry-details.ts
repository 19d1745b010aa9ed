/**
 * The body of an entry, shared by the popover and the popup's detail view: pronunciation,
 * short definition, the longer explanation behind "More", related terms, sources.
 */
import { CATEGORY_LABELS, SOURCES, type GlossaryEntry } from '../glossary';
import { h } from './dom';

export interface EntryDetailsOptions {
  /** Looks up related entries by id; unknown ids are skipped. */
  lookup: (id: string) => GlossaryEntry | undefined;
  onRelated: (entry: GlossaryEntry) => void;
  /** Show the longer explanation expanded (the popup has room; the popover starts collapsed). */
  expanded?: boolean;
}

export function renderEntryDetails(doc: Document, entry: GlossaryEntry, options: EntryDetailsOptions): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const meta = h(doc, 'p', { className: 'dg-meta' }, h(doc, 'span', { className: 'dg-category', text: CATEGORY_LABELS[entry.category] }));
  if (entry.pronunciation) {
    meta.append(' · ', h(doc, 'span', { className: 'dg-pronunciation', text: entry.pronunciation, attrs: { 'aria-label': `Pronounced ${entry.pronunciation}` } }));
  }
  frag.append(meta, h(doc, 'p', { className: 'dg-short', text: entry.short }));

  const longId = `dg-long-${entry.id}`;
  const long = h(doc, 'div', { className: 'dg-long', attrs: { id: longId } }, ...entry.long.split(/\n\s*\n/).map((p) => h(doc, 'p', { text: p })));
  if (options.expanded) {
    frag.append(long);
  } else {
    long.hidden = true;
    const more = h(doc, 'button', {
      className: 'dg-more',
      text: 'More',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': longId },
      on: {
        click: () => {
          long.hidden = !long.hidden;
          more.setAttribute('aria-expanded', String(!long.hidden));
          more.textContent = long.hidden ? 'More' : 'Less';
        },
      },
    });
    frag.append(more, long);
  }

  const related = entry.related.map(options.lookup).filter((e): e is GlossaryEntry => e !== undefined);
  if (related.length > 0) {
    frag.append(
      h(doc, 'h3', { className: 'dg-heading', text: 'Related terms' }),
      h(
        doc,
        'ul',
        { className: 'dg-related' },
        ...related.map((r) =>
          h(doc, 'li', {}, h(doc, 'button', { className: 'dg-related-term', text: r.term, attrs: { type: 'button', 'data-entry-id': r.id }, on: { click: () => options.onRelated(r) } })),
        ),
      ),
    );
  }

  frag.append(
    h(doc, 'h3', { className: 'dg-heading', text: 'Sources' }),
    h(
      doc,
      'ul',
      { className: 'dg-sources' },
      ...entry.sources.map((id) => {
        const s = SOURCES[id];
        return h(doc, 'li', {}, h(doc, 'a', { text: `${s.organisation}: ${s.title}`, attrs: { href: s.url, target: '_blank', rel: 'noopener noreferrer' } }));
      }),
    ),
  );
  return frag;
}
