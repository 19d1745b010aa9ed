declare module 'virtual:glossary-matcher' {
  /** The built-in glossary's matcher, compiled at build time (scripts/vite/glossary-matcher-plugin.ts). */
  const data: import('./matching').MatcherData;
  export default data;
}
