/**
 * The page's side of "which matcher": the built-in glossary's, compiled at build time, or the
 * one the background compiled for the user's own terms or choice of categories
 * (src/background/page-matcher.ts, code review F2). Frames never compile or validate terms: they
 * ask the background, which answers with the matcher data (`PageGlossaryReply`,
 * src/contracts/messages.ts); the built-in one is only named, since every engine has it.
 */
import builtInMatcherParts from 'virtual:glossary-matcher-parts';
import builtInSubstances from 'virtual:glossary-substances';
import { BUILT_IN_FINGERPRINT, type PageGlossaryReply } from '../contracts/messages';
import { matcherFromData, type Matcher } from '../matching/compile-matcher';
import { parseMatcherJsonParts } from '../matching/matcher-json-parts';
import { storedData } from '../matching/stored-matcher';
import { yieldToMain } from '../highlight/yield-to-main';

export interface PageGlossary {
  /** Changes whenever the forms do: a new key restarts highlighting. */
  fingerprint: string;
  matcher: Matcher;
  isSubstance(entryId: string): boolean;
}

let builtIn: Promise<PageGlossary> | null = null;

/**
 * The build's own glossary in every category, made once per page. Its data is parsed a part
 * a task (matcher-json-parts.ts), after the engine's module has run: together they would be
 * one long task on the page's main thread.
 */
export function builtInPageGlossary(): Promise<PageGlossary> {
  builtIn ??= (async () => {
    await yieldToMain();
    const data = await parseMatcherJsonParts(builtInMatcherParts, yieldToMain);
    // Parsing and building the matcher are each a task of their own.
    await yieldToMain();
    const substances = new Set(builtInSubstances);
    return { fingerprint: BUILT_IN_FINGERPRINT, matcher: matcherFromData(data), isSubstance: (id: string) => substances.has(id) };
  })();
  return builtIn;
}

/** The glossary a reply describes; null when it is malformed. */
export async function pageGlossaryOf(reply: unknown): Promise<PageGlossary | null> {
  if (typeof reply !== 'object' || reply === null) return null;
  const r = reply as Partial<PageGlossaryReply>;
  if (r.fingerprint === BUILT_IN_FINGERPRINT) return builtInPageGlossary();
  const data = storedData(reply);
  if (!data || typeof r.fingerprint !== 'string' || !Array.isArray(r.substances)) return null;
  const substances = new Set(r.substances.filter((s) => typeof s === 'string'));
  return { fingerprint: r.fingerprint, matcher: matcherFromData(data), isSubstance: (id) => substances.has(id) };
}
