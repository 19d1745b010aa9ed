/**
 * The popup's glossary browser: a search box over an A–Z list, and a detail view for one
 * entry with related-term navigation and Back. DOM only; the entrypoint wires it up.
 */
import { entriesById, type GlossaryEntry } from '../glossary';
import { searchEntries } from '../search/search-entries';
import { renderDisclaimer } from '../ui/disclaimer';
import { h } from '../ui/dom';
import { renderEntryDetails } from '../ui/entry-details';

export function mountGlossaryBrowser(root: HTMLElement, entries: readonly GlossaryEntry[]): { showEntry(id: string): void } {
  const doc = root.ownerDocument;
  const byId = entriesById(entries);
  const history: GlossaryEntry[] = [];

  const search = h(doc, 'input', {
    className: 'search',
    attrs: { type: 'search', placeholder: 'Search the glossary', 'aria-label': 'Search the glossary', autocomplete: 'off', spellcheck: 'false' },
  });
  const status = h(doc, 'p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const list = h(doc, 'ul', { className: 'term-list', attrs: { 'aria-label': 'Glossary terms' } });
  const listView = h(doc, 'section', { className: 'list-view' }, search, status, list);

  const back = h(doc, 'button', { className: 'back', text: '‹ Back', attrs: { type: 'button' }, on: { click: () => goBack() } });
  const title = h(doc, 'h2', { className: 'entry-title', attrs: { tabindex: '-1' } });
  const details = h(doc, 'div', { className: 'entry-details' });
  const detailView = h(doc, 'section', { className: 'detail-view', attrs: { 'aria-labelledby': 'entry-title' } }, back, title, details);
  title.id = 'entry-title';
  detailView.hidden = true;

  root.replaceChildren(listView, detailView, renderDisclaimer(doc));

  const renderList = () => {
    const results = searchEntries(entries, search.value);
    list.replaceChildren(
      ...results.map((entry) =>
        h(
          doc,
          'li',
          {},
          h(
            doc,
            'button',
            { className: 'term', attrs: { type: 'button', 'data-entry-id': entry.id }, on: { click: () => showEntry(entry.id) } },
            h(doc, 'span', { className: 'term-name', text: entry.term }),
            h(doc, 'span', { className: 'term-short', text: entry.short }),
          ),
        ),
      ),
    );
    status.textContent = search.value.trim() ? `${results.length} ${results.length === 1 ? 'term' : 'terms'} found` : `${entries.length} terms`;
  };

  const renderDetail = () => {
    const entry = history[history.length - 1];
    if (!entry) {
      detailView.hidden = true;
      listView.hidden = false;
      search.focus();
      return;
    }
    title.textContent = entry.term;
    details.replaceChildren(
      renderEntryDetails(doc, entry, {
        lookup: (id) => byId.get(id),
        onRelated: (r) => {
          history.push(r);
          renderDetail();
        },
        expanded: true,
      }),
    );
    listView.hidden = true;
    detailView.hidden = false;
    title.focus();
  };

  const showEntry = (id: string) => {
    const entry = byId.get(id);
    if (!entry) return;
    history.push(entry);
    renderDetail();
  };

  const goBack = () => {
    history.pop();
    renderDetail();
  };

  search.addEventListener('input', renderList);
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !detailView.hidden) {
      e.preventDefault();
      goBack();
    }
  });
  renderList();
  search.focus();
  return { showEntry };
}
