/**
 * `document.open()` (security review L6) replaces the page's whole tree and erases every event
 * listener on the document and the window, the extension's included, so a highlighter and a
 * popover started before it are dead. The document object itself stays, and a new root
 * element arrives in it: that is the signal to start again.
 */
export function watchDocumentReopened(doc: Document, onReopened: () => void): () => void {
  let root = doc.documentElement;
  const View = doc.defaultView;
  if (!View) return () => {};
  const observer = new View.MutationObserver(() => {
    const now = doc.documentElement;
    if (!now || now === root) return;
    root = now;
    onReopened();
  });
  observer.observe(doc, { childList: true });
  return () => observer.disconnect();
}
