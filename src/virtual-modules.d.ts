declare module 'virtual:glossary-matcher' {
  /** The built-in glossary's matcher, compiled at build time (scripts/vite/glossary-matcher-plugin.ts). */
  const data: import('./matching').MatcherData;
  export default data;
}

declare module 'virtual:glossary-prefilter' {
  /** The built-in glossary's first-stage prefilter table, base64 (src/matching/term-prefilter.ts). */
  const table: string;
  export default table;
}

declare module 'virtual:glossary-substances' {
  /** The built-in entries an "anti-" prefix negates (src/glossary/substances.ts). */
  const ids: string[];
  export default ids;
}

declare module 'virtual:glossary-matcher-parts' {
  /** `virtual:glossary-matcher` as short JSON texts, parsed a task each when the engine needs it. */
  const parts: import('./matching/matcher-json-parts').MatcherJsonParts;
  export default parts;
}
