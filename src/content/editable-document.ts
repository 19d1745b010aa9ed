/**
 * Whole documents the user is editing (security review H3): `designMode = 'on'`, or a root
 * that is contenteditable (rich-text editors in an iframe). Whatever the renderer, nothing of
 * ours may be inside what the editor saves, so such a document gets no highlighting at all,
 * also when it becomes editable after it loaded: there is no event for that, so it is checked
 * before anything the user does there (focus, press, key, input) and once a second.
 */
export function isEditableDocument(doc: Document): boolean {
  if (doc.designMode === 'on') return true;
  const root = doc.documentElement as HTMLElement | null;
  return Boolean(root?.isContentEditable || doc.body?.isContentEditable);
}

const CHECK_BEFORE = ['focusin', 'pointerdown', 'mousedown', 'keydown', 'beforeinput', 'input', 'paste', 'drop'] as const;
const CHECK_EVERY_MS = 1_000;

/** Calls `onChange(editable)` whenever the document starts or stops being editable. Returns the unwatch function. */
export function watchEditableDocument(doc: Document, onChange: (editable: boolean) => void): () => void {
  let editable = isEditableDocument(doc);
  const check = () => {
    const now = isEditableDocument(doc);
    if (now === editable) return;
    editable = now;
    onChange(now);
  };
  const view = doc.defaultView;
  // Capture on the window runs before the page's own handlers and the editor's.
  for (const type of CHECK_BEFORE) view?.addEventListener(type, check, { capture: true, passive: true });
  const timer = setInterval(check, CHECK_EVERY_MS);
  return () => {
    for (const type of CHECK_BEFORE) view?.removeEventListener(type, check, { capture: true });
    clearInterval(timer);
  };
}
