/**
 * The body of an entry, shared by the popover and the popup's detail view: pronunciation
 * (with speak buttons where speech is available), short definition, the safety notes in an
 * "Important" block that is never collapsed, the longer explanation behind "More", related
 * terms, sources (a user's own term has none, and gets no empty heading).
 */
// Not the glossary's index: the content script's engine shows entries without bundling them (issue #13).
import { safetyNotes } from '../glossary/safety';
import type { Source } from '../glossary/sources';
import type { GlossaryEntry } from '../glossary/types';
import { categoryLabel } from '../i18n/category-label';
import { h } from './dom';
import { uiText } from './strings';

export interface EntryDetailsOptions {
  /** Looks up related entries by id; unknown ids are skipped. */
  lookup: (id: string) => GlossaryEntry | undefined;
  /** Looks up the sources an entry cites; unknown ids are skipped. */
  source: (id: string) => Source | undefined;
  onRelated: (entry: GlossaryEntry) => void;
  /** Show the longer explanation expanded (the popup has room; the popover starts collapsed). */
  expanded?: boolean;
  /** Reads text aloud; when absent (no speech synthesis), no speak buttons are shown. */
  speak?: (text: string) => void;
}

function speakButton(doc: Document, className: string, label: string, text: string, speak: (text: string) => void): HTMLButtonElement {
  return h(
    doc,
    'button',
    { className: `dg-speak ${className}`, attrs: { type: 'button' }, on: { click: () => speak(text) } },
    h(doc, 'span', { text: '🔊 ', attrs: { 'aria-hidden': 'true' } }),
    label,
  );
}

export function renderEntryDetails(doc: Document, entry: GlossaryEntry, options: EntryDetailsOptions): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const meta = h(doc, 'p', { className: 'dg-meta' }, h(doc, 'span', { className: 'dg-category', text: categoryLabel(entry.category) }));
  if (entry.pronunciation) {
    meta.append(
      ' · ',
      h(doc, 'span', {
        className: 'dg-pronunciation',
        text: entry.pronunciation,
        attrs: { 'aria-label': uiText('pronounced', { pronunciation: entry.pronunciation }) },
      }),
    );
  }
  const short = h(doc, 'p', { className: 'dg-short', text: entry.short });
  frag.append(meta, short);
  if (options.speak) {
    frag.append(
      h(
        doc,
        'p',
        { className: 'dg-speech' },
        speakButton(doc, 'dg-speak-term', uiText('speakTerm', { term: entry.term }), entry.term, options.speak),
        ' ',
        speakButton(doc, 'dg-speak-definition', uiText('speakDefinition'), entry.short, options.speak),
      ),
    );
  }

  const safety = safetyNotes(entry, options.lookup);
  if (safety.length > 0) frag.append(renderImportant(doc, entry.id, safety));

  const longId = `dg-long-${entry.id}`;
  const long = h(
    doc,
    'div',
    { className: 'dg-long', attrs: { id: longId } },
    ...entry.long.split(/\n\s*\n/).map((p) => h(doc, 'p', { text: p })),
  );
  if (options.expanded) {
    frag.append(long);
  } else {
    long.hidden = true;
    const more = h(doc, 'button', {
      className: 'dg-more',
      text: uiText('more'),
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': longId },
      on: {
        click: () => {
          long.hidden = !long.hidden;
          more.setAttribute('aria-expanded', String(!long.hidden));
          more.textContent = uiText(long.hidden ? 'more' : 'less');
        },
      },
    });
    frag.append(more, long);
  }

  const related = entry.related.map(options.lookup).filter((e): e is GlossaryEntry => e !== undefined);
  if (related.length > 0) {
    frag.append(
      h(doc, 'h3', { className: 'dg-heading', text: uiText('relatedTerms') }),
      h(
        doc,
        'ul',
        { className: 'dg-related' },
        ...related.map((r) =>
          h(
            doc,
            'li',
            {},
            h(doc, 'button', {
              className: 'dg-related-term',
              text: r.term,
              attrs: { type: 'button', 'data-entry-id': r.id },
              on: { click: () => options.onRelated(r) },
            }),
          ),
        ),
      ),
    );
  }

  const sources = entry.sources.map(options.source).filter((s) => s !== undefined);
  if (sources.length > 0) {
    frag.append(
      h(doc, 'h3', { className: 'dg-heading', text: uiText('sources') }),
      h(
        doc,
        'ul',
        { className: 'dg-sources' },
        ...sources.map((s) =>
          h(
            doc,
            'li',
            {},
            h(doc, 'a', { text: `${s.organisation}: ${s.title}`, attrs: { href: s.url, target: '_blank', rel: 'noopener noreferrer' } }),
          ),
        ),
      ),
    );
  }
  return frag;
}

/** Safety first and in full: a labelled section that no "More" button hides. */
function renderImportant(doc: Document, entryId: string, notes: readonly string[]): HTMLElement {
  const headingId = `dg-important-${entryId}`;
  return h(
    doc,
    'section',
    { className: 'dg-important', attrs: { 'aria-labelledby': headingId } },
    h(
      doc,
      'h3',
      { className: 'dg-important-heading', attrs: { id: headingId } },
      h(doc, 'span', { text: '⚠ ', attrs: { 'aria-hidden': 'true' } }),
      uiText('important'),
    ),
    ...notes.map((note) => h(doc, 'p', { text: note })),
  );
}
