import { entriesById, GLOSSARY } from '../../src/glossary';
import '../../src/highlight/highlight.css';
import { highlightPage } from '../../src/highlight/highlight-page';
import { compileMatcher, formsOf } from '../../src/matching';
import { GlossaryPopover } from '../../src/popover/glossary-popover';
import { connectTermInteractions } from '../../src/popover/term-interactions';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!document.body) return;
    const byId = entriesById(GLOSSARY);
    const lookup = (id: string) => byId.get(id);
    const matcher = compileMatcher(formsOf(GLOSSARY));
    await highlightPage(document.body, matcher);
    const popover = new GlossaryPopover(document, { lookup });
    const disconnect = connectTermInteractions(document, popover, lookup);
    ctx.onInvalidated(() => {
      disconnect();
      popover.destroy();
    });
  },
});
