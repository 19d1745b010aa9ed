export { formsOf, type MatchForm } from './forms';
export { compileMatcher, compileMatcherData, matcherFromData, type Matcher, type MatcherData } from './compile-matcher';
export { FormOwners, FormCollisionError, type FormTarget } from './form-owners';
export { findMatches } from './find-matches';
export { PageGate, allowedMatches, entryGivesContext, type GateTarget, type UnlockKey } from './gating';
export { formsFingerprint } from './forms-fingerprint';
export { flattenTrie } from './flat-trie';
export { findTerms } from './find-terms';
export { PageAbbreviations } from './page-abbreviations';
