/**
 * An anonymous host for the extension's own UI on a page: `<div data-glossary-…>` with a
 * **closed** shadow root, the same kind of host the popover has (src/popover/popover-host.ts),
 * so the page's scripts can neither read what it says nor restyle it (security review H1, M3).
 * Styles go in through a constructable stylesheet where the browser allows it (not subject to
 * a page's `style-src` CSP), else a `<style>`.
 */

/**
 * The shadow root's own !important beats any page rule aimed at the host, even an !important
 * one (inner context wins for important declarations), and the host's inline style: so the
 * host's placement is restated inside, before the UI's styles.
 */
const HOST_CSS =
  ':host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important; }\n';

const FORCED: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['z-index', '2147483647'],
  ['display', 'block'],
];

/** `marker`: the one attribute the page can see, naming what the host is. `css`: the UI's styles (the host's own come first). `mode`: closed in the extension; unit tests open it to look inside. */
export function createShadowHost(
  doc: Document,
  marker: string,
  css: string,
  mode: ShadowRootMode = 'closed',
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(marker, '');
  // CSSOM writes are allowed under any CSP, unlike a style attribute. Fixed at 0,0 with no size, the host covers nothing.
  for (const [name, value] of FORCED) host.style.setProperty(name, value, 'important');
  // Text spacing stays the reader's (WCAG 1.4.12): not forced, so a style sheet that widens
  // lines, letters or words on every element reaches the host and is inherited inside.
  host.style.setProperty('line-height', '1.5');
  host.style.setProperty('letter-spacing', 'normal');
  host.style.setProperty('word-spacing', 'normal');
  const root = host.attachShadow({ mode });
  const styles = HOST_CSS + css;
  if (!adoptStyles(doc, root, styles)) {
    const style = doc.createElement('style');
    style.textContent = styles;
    root.append(style);
  }
  return { host, root };
}

/**
 * Puts the host in the document as the root element's last child: that survives a page
 * replacing its <body> (Turbo, security review M5); a host found detached (after
 * `document.open()`, L6) is put back the same way.
 */
export function attachShadowHost(doc: Document, host: HTMLElement): void {
  (doc.documentElement ?? doc.appendChild(doc.createElement('html'))).append(host);
}

function adoptStyles(doc: Document, root: ShadowRoot, css: string): boolean {
  try {
    const view = doc.defaultView;
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
