/**
 * Every user-visible string of the popover and the shared entry view, in one place, so the
 * settings/i18n work can route them through `browser.i18n` with one call to `setUiStringLookup`.
 * `{name}` placeholders are filled by `uiText`.
 */
export const DEFAULT_UI_STRINGS = {
  close: 'Close',
  /** Shown in the header while the explanation is pinned (stays until closed), and announced. */
  pinned: 'Pinned',
  /** Shown while keyboard focus is in the explanation: the single keys it answers. */
  keysHint: 'Keys: N next term, P previous term, Esc close.',
  back: 'Back to the previous term',
  more: 'More',
  less: 'Less',
  relatedTerms: 'Related terms',
  sources: 'Sources',
  pronounced: 'Pronounced {pronunciation}',
  speakTerm: 'Say it',
  speakDefinition: 'Read aloud',
  openInGlossary: 'Open in glossary',
  important: 'Important',
  notMedicalAdvice: 'This explains words; it is not medical advice. Do not start, stop or change a medicine because of anything here: talk to your own doctor.',
  emergency: 'In an emergency (trouble breathing or swallowing, spasms that will not stop, or a high fever with stiff muscles) call your local emergency number.',
  checked: 'Brand names and approvals differ between countries. Last checked against its cited sources on {date}; not reviewed by a clinician. Next check due by {next}.',
  ownWords: 'Your own words: not part of the glossary and not checked.',
  /** Read by screen readers as the description of every highlighted term. */
  termHint: 'Dystonia glossary term. Press Enter to explain it.',
};

export type UiStringKey = keyof typeof DEFAULT_UI_STRINGS;

/** Where translated strings come from; each is looked up once, when first shown. */
let lookup: (key: UiStringKey) => string | undefined = () => undefined;
const resolved = new Map<UiStringKey, string>();

/**
 * Sets where strings come from (e.g. `browser.i18n.getMessage`). Looked up when first used,
 * not all at once: the engine starts without the 6-12 ms that 16 `getMessage` calls cost in
 * Chromium 156's content scripts. A missing or empty string keeps the English default.
 */
export function setUiStringLookup(source: (key: UiStringKey) => string | undefined): void {
  lookup = source;
  resolved.clear();
}

function uiString(key: UiStringKey): string {
  let text = resolved.get(key);
  if (text === undefined) {
    const found = lookup(key);
    text = typeof found === 'string' && found !== '' ? found : DEFAULT_UI_STRINGS[key];
    resolved.set(key, text);
  }
  return text;
}

export function uiText(key: UiStringKey, values: Record<string, string> = {}): string {
  return uiString(key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
