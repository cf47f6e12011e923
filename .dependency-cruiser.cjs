/**
 * Import boundaries, checked in CI (`npm run lint:imports`): the layering of CONVENTIONS.md and
 * the first step of "module boundaries hold in SQL". Known violations are listed in
 * .dependency-cruiser-known-violations.json (`npm run lint:imports:baseline` rewrites it): the
 * list may only shrink; a new violation fails.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-below-modules',
      comment: 'core/ is the platform every module builds on: it knows no module, no server wiring, no seed data.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(modules|server|seed)/' },
    },
    {
      name: 'modules-are-below-the-server',
      comment: 'A module declares what it offers (ModuleDefinition); the server assembles modules, never the other way round.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/(server|seed)/' },
    },
    {
      name: 'no-other-modules-tables',
      comment: "A module reads and writes only its own tables: another module's entity is its table. Go through that module's service or loader.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/[^/]+[.]entit(y|ies)[.]ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'source-does-not-import-tests',
      severity: 'error',
      from: { path: '^(src|migrations|scripts|bench)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // TypeScript 7 has no JavaScript API: swc (already used by the tests) parses the sources.
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
