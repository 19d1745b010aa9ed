/** Finding glossary terms in a plain string: the pure core of highlighting and of the popup's "on this page". */
import type { Matcher } from './compile-matcher';
import type { GateTarget } from './gating';

export interface TermMatch extends GateTarget {
  start: number;
  end: number;
  text: string;
}

export function findMatches(matcher: Matcher, text: string): TermMatch[] {
  const regex = matcher.regex;
  const found: TermMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const target = matcher.resolve(m[0]);
    if (target) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...target });
  }
  regex.lastIndex = 0;
  return found;
}
