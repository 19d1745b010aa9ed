export { formsOf, formKey, tokenize, type MatchForm } from './forms';
export { compileMatcher, FormCollisionError, type Matcher, type FormTarget } from './compile-matcher';
export { findMatches, type TermMatch } from './find-matches';
export { pageHasContext, applyContextGating } from './context-gating';
