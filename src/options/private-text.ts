/**
 * Attributes for fields where people type private health details (their medication, their
 * notes). With Chrome's "Enhanced spell check" the text of a field with spell-checking goes to
 * Google (security review L12), and autofill would offer it on other sites' forms.
 */
export const privateTextAttrs: Readonly<Record<string, string>> = { spellcheck: 'false', autocomplete: 'off' };
