/**
 * The popover's shadow host: `<div data-glossary-popover>` with an open shadow root, the
 * public DOM contract. Styles go in through a constructable stylesheet where the browser
 * allows it (not subject to a page's `style-src` CSP), else a `<style>` element.
 */
import { uiText } from '../ui/strings';
import css from './popover.css?inline';

/**
 * Highlights point `aria-describedby` here so screen readers announce them as glossary
 * terms. It sits in the host's light DOM (same tree as the highlights, which an IDREF
 * needs) and is never rendered: the shadow root has no slot.
 */
export const TERM_HINT_ID = 'dystonia-glossary-term-hint';

export function createPopoverHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute('data-glossary-popover', '');
  // CSSOM writes are allowed under any CSP, unlike a style attribute.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('top', '0', 'important');
  host.style.setProperty('left', '0', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  host.style.setProperty('display', 'block', 'important');
  const hint = doc.createElement('span');
  hint.id = TERM_HINT_ID;
  hint.hidden = true;
  hint.textContent = uiText('termHint');
  host.append(hint);
  const root = host.attachShadow({ mode: 'open' });
  if (!adoptStyles(doc, root)) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  (doc.body ?? doc.documentElement).append(host);
  return { host, root };
}

function adoptStyles(doc: Document, root: ShadowRoot): boolean {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !('adoptedStyleSheets' in root)) return false;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch (error) {
    // Firefox content scripts cannot adopt sheets built in their sandbox; fall back to <style>.
    console.debug('[dystonia-glossary] constructable stylesheet unavailable', error);
    return false;
  }
}
