/**
 * The import rules of STYLE.md, checked by `npm run lint` (dependency-cruiser).
 *
 * LAYERS lists src/ folders from the top down: a folder may import only folders listed after
 * it, so a cycle between folders cannot be written; entrypoints/ may import any of them and
 * nothing imports an entrypoint. Within a folder, modules may not import in a cycle either.
 */
const LAYERS = [
  // Features: each owns one surface of the extension.
  'appointment',
  'welcome',
  'options',
  'popup',
  'background',
  'content',
  'popover',
  'highlight',
  'calibration',
  'reader',
  // Shared by the features: storage, contracts between contexts, view helpers, settings, strings.
  'storage',
  'contracts',
  'ui',
  'settings',
  'i18n',
  // Pure modules: no DOM, no extension API.
  'my-terms',
  'search',
  'matching',
  'glossary',
];
const PURE = ['my-terms', 'search', 'matching', 'glossary'];
const folder = (name) => `^src/${name}/`;

const layerRules = LAYERS.map((name, rank) => ({
  name: `layer-${name}`,
  comment: `src/${name} may import only the folders below it in .dependency-cruiser.cjs LAYERS`,
  severity: 'error',
  from: { path: folder(name) },
  to: { path: [...LAYERS.slice(0, rank).map(folder), '^entrypoints/'] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-entrypoint-imports',
      comment: 'Entrypoints are wired by WXT: nothing else imports them.',
      severity: 'error',
      from: { path: '^(src|tests|scripts)/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'pure-without-browser',
      comment: 'Pure modules and the highlighter use no extension API (they are unit-tested in node / happy-dom).',
      severity: 'error',
      from: { path: [...PURE.map(folder), folder('highlight')] },
      to: { path: '(^|/)node_modules/(wxt|webextension-polyfill|@wxt-dev)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.wxt|\\.output[^/]*)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
