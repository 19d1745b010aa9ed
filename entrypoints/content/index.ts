/**
 * Content script: wiring only. Reads settings, builds the matcher, starts the highlighter
 * and the popover, and answers messages. Each feature lives in src/.
 */
import { entriesById, GLOSSARY } from '../../src/glossary';
import '../../src/highlight/highlight.css';
import { startPageHighlighter } from '../../src/highlight/page-highlighter';
import { compileMatcher, formsOf } from '../../src/matching';
import { startPopover } from '../../src/popover/popover-controller';
import { DEFAULT_SETTINGS, isActiveOn } from '../../src/settings/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!document.body) return;
    // Settings: the settings issue replaces the defaults with stored values.
    const settings = { ...DEFAULT_SETTINGS };
    if (!isActiveOn(settings, location.hostname)) return;

    const entries = GLOSSARY.filter((e) => settings.categories.includes(e.category));
    const byId = entriesById(entries);
    const lookup = (id: string) => byId.get(id);
    const matcher = compileMatcher(formsOf(entries));

    const highlighter = await startPageHighlighter(document, matcher, { firstOccurrenceOnly: settings.firstOccurrenceOnly });
    const popover = startPopover(document, lookup, settings);

    ctx.onInvalidated(() => {
      popover.destroy();
      highlighter.stop();
    });
  },
});
