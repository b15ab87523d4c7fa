// The layers of src/, top to bottom. A module may import its own folder or a layer below it, never a
// layer above, nor a sibling folder on its own layer; no module may take part in an import cycle.
// Together these keep every arrow pointing down. `npm run lint` runs this (dependency-cruiser).
const LAYERS = [
  ['main\\.ts'],
  ['server'],
  ['playground', 'explore', 'review', 'export', 'observability', 'setup', 'live'],
  ['curation', 'extract'],
  ['entities', 'claims', 'traversals', 'changes', 'nodes', 'ingest'],
  ['generated'],
  // The read wing: the selection compiler, Cypher snippets, connections, pagination and limits.
  ['read'],
  ['core'],
  // The domain: vocabulary, ids, names, dates, periods, argument checks and the write path's node lookup.
  ['domain'],
  ['auth'],
  ['db'],
  ['base', 'config\\.ts'],
];
// Entry points (main.ts and the command-line tools) sit on top, whatever folder holds them.
const ENTRY_POINTS = '^src/(main\\.ts|.*(/|-)cli\\.ts)$';

const under = (names) => `^src/(${names.join('|')})`;

const upward = LAYERS.slice(1).map((layer, i) => ({
  name: 'layer-imports-upward',
  comment: `${layer.join(', ')} must not import ${LAYERS.slice(0, i + 1)
    .flat()
    .join(', ')}`,
  severity: 'error',
  from: { path: under(layer), pathNot: ENTRY_POINTS },
  to: { path: under(LAYERS.slice(0, i + 1).flat()) },
}));

const sideways = LAYERS.filter((layer) => layer.length > 1).map((layer) => ({
  name: 'sibling-folders-import-each-other',
  comment: `${layer.join(', ')} stand apart: what two of them share goes to a layer below`,
  severity: 'error',
  from: { path: `${under(layer)}/`, pathNot: ENTRY_POINTS },
  to: { path: `${under(layer)}/`, pathNot: '^src/$1/' },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle ties modules into one unit that cannot be read, tested or moved apart.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...upward,
    ...sideways,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
