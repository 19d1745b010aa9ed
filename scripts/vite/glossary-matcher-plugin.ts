/**
 * Vite plugin for `virtual:glossary-matcher` (and its `-parts` form), `virtual:glossary-prefilter` and
 * `virtual:glossary-substances`: the built-in glossary's matcher data, first-stage prefilter
 * and substance ids (src/matching/glossary-matcher-data.ts),
 * computed at build time and inlined. The glossary's source files are watched, so `wxt` dev
 * rebuilds when an entry changes.
 */
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { matcherJsonParts } from '../../src/matching/matcher-json-parts';

/** About 2-3 ms of `JSON.parse` each on a 2-core machine. */
const MATCHER_PART_CHARS = 40_000;

const GLOSSARY_MATCHER_MODULE = 'virtual:glossary-matcher';
const GLOSSARY_PREFILTER_MODULE = 'virtual:glossary-prefilter';
const SOURCE = resolve(import.meta.dirname, '../../src/matching/glossary-matcher-data.ts');
type Source = typeof import('../../src/matching/glossary-matcher-data');

/** Each virtual module's code, from the source module's exports. */
const MODULES: Record<string, (source: Source) => string> = {
  // JSON.parse of a string literal is faster for the engine to load than the same object literal.
  [GLOSSARY_MATCHER_MODULE]: (s) => `export default JSON.parse(${JSON.stringify(JSON.stringify(s.glossaryMatcherData()))});`,
  // The same as short JSON texts, for the content script's engine to parse a task each (src/matching/matcher-json-parts.ts).
  'virtual:glossary-matcher-parts': (s) =>
    `export default ${JSON.stringify(matcherJsonParts(s.glossaryMatcherData(), MATCHER_PART_CHARS))};`,
  [GLOSSARY_PREFILTER_MODULE]: (s) => `export default ${JSON.stringify(s.glossaryPrefilter())};`,
  'virtual:glossary-substances': (s) => `export default ${JSON.stringify(s.glossarySubstances())};`,
};

export function glossaryMatcherPlugin(): Plugin {
  return {
    name: 'dystonia-glossary:matcher',
    resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
    async load(id) {
      const code = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      if (!code) return undefined;
      const { module, dependencies } = await runnerImport<Source>(SOURCE, { configFile: false, logLevel: 'error' });
      for (const file of dependencies) this.addWatchFile(file);
      return code(module);
    },
  };
}
