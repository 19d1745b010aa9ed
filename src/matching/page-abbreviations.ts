/**
 * What the page says its abbreviations mean (issue #11, rule 4). A definition found on the
 * page overrules the glossary for that short form, on that page:
 * - "cervical dystonia (CD)": the long form is a glossary form, so CD is cervical dystonia
 *   here, highlighted even though CD is gated;
 * - "high frequency stimulation (HFS)": the long form is something else, so HFS is never
 *   highlighted as hemifacial spasm on this page.
 * The first definition of a short form wins (a paper defines each once). A short form the
 * glossary does not have ("BoNT-A", "MFD") is found on the page as well, when its long form
 * is a glossary form. Pure: no DOM.
 */
import { findAbbreviationDefinitions } from './abbreviation-definitions';
import type { Matcher } from './compile-matcher';
import type { FormTarget } from './form-owners';

/** A page-defined meaning: an entry, or null for "something the glossary does not explain". */
export type PageMeaning = FormTarget | null;

export interface ExtraMatch {
  start: number;
  end: number;
  text: string;
  target: FormTarget;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export class PageAbbreviations {
  private readonly meanings = new Map<string, PageMeaning>();
  private extraPattern: RegExp | null = null;

  /**
   * Reads the definitions in one block of text. Returns the short forms whose meaning on
   * this page is new, so the text read before them can be looked at again.
   */
  learn(text: string, matcher: Matcher): string[] {
    if (!text.includes('(')) return [];
    const learned: string[] = [];
    for (const { short, long } of findAbbreviationDefinitions(text)) {
      if (this.meanings.has(short)) continue;
      const target = matcher.resolve(long);
      // Defined by the page: the strongest context there is, so the short form is not gated.
      this.meanings.set(short, target ? { entryId: target.entryId, gate: 'none', givesContext: false } : null);
      learned.push(short);
    }
    if (learned.length > 0) this.extraPattern = this.buildExtraPattern(matcher);
    return learned;
  }

  /** The page's meaning of `short`: an entry, null (something else), or undefined (the page has not said). */
  meaning(short: string): PageMeaning | undefined {
    return this.meanings.get(short);
  }

  get size(): number {
    return this.meanings.size;
  }

  /** Short forms the page defined as glossary entries that the glossary's matcher does not know, found in `text`. */
  extraMatches(text: string): ExtraMatch[] {
    const pattern = this.extraPattern;
    if (!pattern) return [];
    const found: ExtraMatch[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const target = this.meanings.get(m[0]);
      if (target) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], target });
    }
    return found;
  }

  private buildExtraPattern(matcher: Matcher): RegExp | null {
    const extra = [...this.meanings]
      .filter(([short, meaning]) => meaning !== null && matcher.resolve(short) === undefined)
      .map(([short]) => short)
      // Longest first, so "BoNT-A" wins over a shorter one at the same place.
      .sort((a, b) => b.length - a.length);
    if (extra.length === 0) return null;
    return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${extra.map(escape).join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
  }
}
