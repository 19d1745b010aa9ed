/**
 * The manifest injects highlight.css into the document, but styles do not cross into
 * shadow trees: a mark inside a web component would show the browser's yellow `<mark>`
 * instead. Each open shadow root we highlight in adopts the same rules as a constructed
 * stylesheet (no `<style>` element added to the page's tree, and not subject to a page's
 * `style-src` CSP); a `<style>` element is the fallback where adoption is refused.
 */
import highlightCss from './highlight.css?inline';
import { SKIP_ATTRIBUTE } from '../contracts/dom';

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Styles highlights inside `root`; returns the undo. */
export function styleShadowRoot(root: ShadowRoot): () => void {
  try {
    const sheet = sheetFor(root.ownerDocument);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch (error) {
    console.debug('[dystonia-glossary] constructed stylesheet refused in a shadow root; using <style>', error);
    const style = root.ownerDocument.createElement('style');
    style.setAttribute(SKIP_ATTRIBUTE, '');
    style.textContent = highlightCss;
    root.appendChild(style);
    return () => style.remove();
  }
}

function sheetFor(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const view = doc.defaultView;
    if (!view) throw new Error('document has no window');
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(highlightCss);
    sheets.set(doc, sheet);
  }
  return sheet;
}
