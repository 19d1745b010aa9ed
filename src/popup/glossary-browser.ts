/**
 * The popup's glossary browser: a search box, an A–Z or by-category list, and a detail view
 * for one entry with related-term navigation and Back. Keyboard: arrow keys move through the
 * list, Enter opens, Esc goes back; back at the list, focus and scroll are where the user left
 * them (a 181-term list is too long to find one's place again with a shaky hand, #15).
 * DOM only; the entrypoint wires it up.
 */
import { CATEGORIES, entriesById, isCustomEntry, SOURCES, type Category, type GlossaryEntry, type SourceId } from '../glossary';
import { t } from '../i18n/message';
import { byTerm, createEntrySearch } from '../search/search-entries';
import { renderDisclaimer, renderOwnWordsNote } from '../ui/disclaimer';
import { h } from '../ui/dom';
import { renderEntryDetails } from '../ui/entry-details';
import { renderSaveControl, type MyTermsPort } from '../ui/save-control';
import { createSpeaker } from '../ui/speech';
import { categoryLabel } from '../i18n/category-label';
import { moveFocusInList } from './list-keyboard';

type BrowseMode = 'az' | 'category';

export interface GlossaryBrowserOptions {
  /**
   * Shown between the search box and the list while the search box is empty (the popup's
   * "On this page" panel); hidden while a query is typed, so results come right under the box.
   */
  besideEmptySearch?: HTMLElement;
  /** My terms: a Save button on each entry, and each entry opened told to the history. */
  myTerms?: MyTermsPort;
}

export interface GlossaryBrowser {
  /** Opens an entry from outside the list (`#entry=`): Back then returns to the search box. */
  showEntry(id: string): void;
  /** Selected text that is not in the glossary: says so and searches for the closest matches. */
  showNotFound(text: string): void;
}

/** Where the user opened an entry from the list: that term's button, and where it sat in the scrolled popup. */
interface ListPlace {
  entryId: string;
  scrollY: number;
  buttonTop: number;
}

export function mountGlossaryBrowser(
  root: HTMLElement,
  entries: readonly GlossaryEntry[],
  options: GlossaryBrowserOptions = {},
): GlossaryBrowser {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const { besideEmptySearch, myTerms } = options;
  const byId = entriesById(entries);
  const index = createEntrySearch(entries);
  const speaker = createSpeaker(doc.defaultView);
  const history: GlossaryEntry[] = [];
  let mode: BrowseMode = 'az';
  let returnTo: ListPlace | undefined;

  const search = h(doc, 'input', {
    className: 'search',
    attrs: {
      type: 'search',
      placeholder: t('searchPlaceholder'),
      'aria-label': t('searchLabel'),
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const notFound = h(doc, 'div', { className: 'not-found', attrs: { role: 'status' } });
  notFound.hidden = true;
  const modeButton = (value: BrowseMode, label: string) =>
    h(doc, 'button', {
      className: 'browse-mode',
      text: label,
      attrs: { type: 'button', 'aria-pressed': String(value === mode), 'data-mode': value },
      on: { click: () => setMode(value) },
    });
  const modes = h(
    doc,
    'div',
    { className: 'browse-modes', attrs: { role: 'group', 'aria-label': t('browseLabel') } },
    modeButton('az', t('browseAZ')),
    modeButton('category', t('browseCategories')),
  );
  const status = h(doc, 'p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const list = h(doc, 'div', { className: 'term-list', attrs: { 'aria-label': t('termListLabel') } });
  const listView = h(doc, 'section', { className: 'list-view' }, search, besideEmptySearch, notFound, modes, status, list);

  const back = h(doc, 'button', { className: 'back', text: t('back'), attrs: { type: 'button' }, on: { click: () => goBack() } });
  const title = h(doc, 'h2', { className: 'entry-title', attrs: { tabindex: '-1', id: 'entry-title' } });
  const details = h(doc, 'div', { className: 'entry-details' });
  const detailView = h(doc, 'section', { className: 'detail-view', attrs: { 'aria-labelledby': 'entry-title' } }, back, title, details);
  detailView.hidden = true;

  root.replaceChildren(listView, detailView, renderDisclaimer(doc));

  const termButton = (entry: GlossaryEntry) =>
    h(
      doc,
      'li',
      {},
      h(
        doc,
        'button',
        {
          className: 'term',
          attrs: { type: 'button', 'data-entry-id': entry.id },
          on: { click: (e) => openFromList(entry.id, e.currentTarget as HTMLElement) },
        },
        h(doc, 'span', { className: 'term-name', text: entry.term }),
        h(doc, 'span', { className: 'term-short', text: entry.short }),
      ),
    );
  const termList = (items: readonly GlossaryEntry[], label?: string) =>
    h(doc, 'ul', { className: 'terms', attrs: label ? { 'aria-label': label } : {} }, ...items.map(termButton));

  const renderList = (): GlossaryEntry[] => {
    const query = search.value.trim();
    const results = index.search(query);
    modes.hidden = query !== '';
    if (besideEmptySearch) besideEmptySearch.hidden = query !== '';
    if (query === '' && mode === 'category') {
      const groups = CATEGORIES.map((c): [Category, GlossaryEntry[]] => [c, entries.filter((e) => e.category === c).sort(byTerm)]).filter(
        ([, items]) => items.length > 0,
      );
      list.replaceChildren(
        ...groups.map(([category, items]) =>
          h(
            doc,
            'section',
            { className: 'category' },
            h(doc, 'h3', { className: 'category-name', text: categoryLabel(category) }),
            termList(items, categoryLabel(category)),
          ),
        ),
      );
    } else {
      list.replaceChildren(termList(results));
    }
    if (query === '') status.textContent = t('statusCount', String(entries.length));
    else if (results.length === 0) status.textContent = t('statusNone', query);
    else status.textContent = results.length === 1 ? t('statusFoundOne') : t('statusFound', String(results.length));
    return results;
  };

  const setMode = (next: BrowseMode) => {
    mode = next;
    for (const b of modes.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
    renderList();
  };

  const renderDetail = () => {
    const entry = history[history.length - 1];
    if (!entry) {
      showListAgain();
      return;
    }
    title.textContent = entry.term;
    details.replaceChildren(
      // An extension page: every click here is the user's.
      ...(myTerms
        ? [
            h(
              doc,
              'p',
              { className: 'dg-actions' },
              renderSaveControl(doc, entry.id, myTerms, () => true),
            ),
          ]
        : []),
      renderEntryDetails(doc, entry, {
        lookup: (id) => byId.get(id),
        source: (id) => SOURCES[id as SourceId],
        onRelated: (r) => {
          history.push(r);
          myTerms?.lookedUp(r.id);
          renderDetail();
        },
        expanded: true,
        speak: speaker.available ? (text) => speaker.speak(text) : undefined,
      }),
      // The glossary's note sits at the foot of the popup; the user's own term says it is theirs.
      ...(isCustomEntry(entry) ? [renderOwnWordsNote(doc)] : []),
    );
    listView.hidden = true;
    detailView.hidden = false;
    // Each entry starts at the top, Back button and header in view.
    win?.scrollTo(0, 0);
    title.focus({ preventScroll: true });
  };

  // Back at the list: focus on the term the user opened, and the list scrolled as it was, so
  // the term sits where it sat (even if the page panel above it changed height meanwhile).
  // Without a place to return to (opened by `#entry=`, or the term is gone): the search box.
  const showListAgain = () => {
    detailView.hidden = true;
    listView.hidden = false;
    const place = returnTo;
    returnTo = undefined;
    const button = place && Array.from(list.querySelectorAll<HTMLElement>('.term')).find((b) => b.dataset.entryId === place.entryId);
    if (!place || !button) {
      search.focus();
      return;
    }
    win?.scrollTo(0, place.scrollY);
    win?.scrollBy(0, button.getBoundingClientRect().top - place.buttonTop);
    button.focus({ preventScroll: true });
  };

  const openFromList = (id: string, button: HTMLElement) => {
    returnTo = { entryId: id, scrollY: win?.scrollY ?? 0, buttonTop: button.getBoundingClientRect().top };
    showEntry(id);
  };

  const showEntry = (id: string) => {
    const entry = byId.get(id);
    if (!entry) return;
    history.push(entry);
    myTerms?.lookedUp(entry.id);
    renderDetail();
  };

  const goBack = () => {
    history.pop();
    renderDetail();
  };

  // Honest about what is below: "closest matches" only when the search found some.
  const showNotFound = (text: string) => {
    search.value = text;
    const closest = renderList();
    notFound.replaceChildren(
      h(doc, 'h2', { className: 'not-found-title', text: t('notFoundTitle', text) }),
      h(doc, 'p', { className: 'not-found-hint', text: t(closest.length > 0 ? 'notFoundHint' : 'notFoundNoneHint') }),
    );
    notFound.hidden = false;
  };

  search.addEventListener('input', () => {
    notFound.hidden = true;
    renderList();
  });
  // Arrow Down from the search box enters the list; arrows then move between terms.
  listView.addEventListener('keydown', (e) => {
    if (moveFocusInList(e, list, search)) e.preventDefault();
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !detailView.hidden) {
      e.preventDefault();
      goBack();
    }
  });
  renderList();
  search.focus();
  return {
    showEntry: (id) => {
      if (history.length === 0) returnTo = undefined;
      showEntry(id);
    },
    showNotFound,
  };
}
