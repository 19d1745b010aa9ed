/**
 * Vite plugin for `virtual:glossary-matcher`: the built-in glossary's matcher data
 * (src/glossary/glossary-matcher-data.ts), computed at build time and inlined as JSON.
 * The glossary's source files are watched, so `wxt` dev rebuilds when an entry changes.
 */
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

export const GLOSSARY_MATCHER_MODULE = 'virtual:glossary-matcher';
const RESOLVED = `\0${GLOSSARY_MATCHER_MODULE}`;
const SOURCE = resolve(import.meta.dirname, '../../src/glossary/glossary-matcher-data.ts');

export function glossaryMatcherPlugin(): Plugin {
  return {
    name: 'dystonia-glossary:matcher',
    resolveId: (id) => (id === GLOSSARY_MATCHER_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module, dependencies } = await runnerImport<typeof import('../../src/glossary/glossary-matcher-data')>(SOURCE, {
        configFile: false,
        logLevel: 'error',
      });
      for (const file of dependencies) this.addWatchFile(file);
      // JSON.parse of a string literal is faster for the engine to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(module.glossaryMatcherData()))});`;
    },
  };
}
