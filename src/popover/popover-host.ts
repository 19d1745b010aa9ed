/**
 * The popover's shadow host: `<div data-glossary-popover>` with a **closed** shadow root, so
 * the page's scripts can neither read what the popover says (a user's own terms and notes)
 * nor change it (security review H1, M3). Styles go in through a constructable stylesheet
 * where the browser allows it (not subject to a page's `style-src` CSP), else a `<style>`.
 *
 * The host is made on the first explanation opened, not when the page loads: a page the user
 * reads without opening anything never sees it (M2).
 */
import css from './popover.css?inline';

/** `mode`: closed in the extension; unit tests open it to look inside. */
export function createPopoverHost(doc: Document, mode: ShadowRootMode = 'closed'): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute('data-glossary-popover', '');
  // CSSOM writes are allowed under any CSP, unlike a style attribute.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('top', '0', 'important');
  host.style.setProperty('left', '0', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  host.style.setProperty('display', 'block', 'important');
  // Text spacing stays the reader's (WCAG 1.4.12): not forced, so a style sheet that widens
  // lines, letters or words on every element reaches the host and is inherited inside.
  host.style.setProperty('line-height', '1.5');
  host.style.setProperty('letter-spacing', 'normal');
  host.style.setProperty('word-spacing', 'normal');
  const root = host.attachShadow({ mode });
  if (!adoptStyles(doc, root)) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

/**
 * Puts the host in the document, as the root element's last child: that survives a page
 * replacing its <body> (Turbo, security review M5), and a host found detached (after
 * `document.open()`, L6) is put back the same way before the popover opens.
 */
export function attachPopoverHost(doc: Document, host: HTMLElement): void {
  (doc.documentElement ?? doc.appendChild(doc.createElement('html'))).append(host);
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
