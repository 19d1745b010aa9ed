/**
 * Every user-visible string of the popover and the shared entry view, in one place, so the
 * settings/i18n work can route them through `browser.i18n` with one call to `setUiStrings`.
 * `{name}` placeholders are filled by `uiText`.
 */
export const DEFAULT_UI_STRINGS = {
  close: 'Close',
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
export type UiStrings = Record<UiStringKey, string>;

let current: UiStrings = { ...DEFAULT_UI_STRINGS };

/** Replaces some or all strings (e.g. with `browser.i18n.getMessage` results); missing keys keep English. */
export function setUiStrings(overrides: Partial<UiStrings>): void {
  current = { ...DEFAULT_UI_STRINGS, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => typeof v === 'string' && v !== '')) };
}

export function uiText(key: UiStringKey, values: Record<string, string> = {}): string {
  return current[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
