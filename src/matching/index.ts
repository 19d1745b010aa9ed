export { formsOf, formKey, tokenize, type MatchForm } from './forms';
export { compileMatcher, compileMatcherData, matcherFromData, type Matcher, type MatcherData } from './compile-matcher';
export { FormOwners, FormCollisionError, type FormTarget, type OwnedForm } from './form-owners';
export { findMatches, type TermMatch } from './find-matches';
export { pageHasContext, applyContextGating } from './context-gating';
export { formsFingerprint } from './forms-fingerprint';
export { isTrieNode, type TrieNode } from './glossary-trie';
