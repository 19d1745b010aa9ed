export { formsOf, formKey, tokenize, type MatchForm } from './forms';
export { compileMatcher, type Matcher } from './compile-matcher';
export { FormOwners, FormCollisionError, type FormTarget } from './form-owners';
export { findMatches, type TermMatch } from './find-matches';
export { pageHasContext, applyContextGating } from './context-gating';
