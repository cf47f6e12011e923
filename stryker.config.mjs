// @ts-check
/**
 * Mutation testing of the code that carries the rules: `npm run mutants` (see the README's
 * "Mutation testing"). Each mutant is tried against the tests that cover it (per-test coverage
 * through the e2e server that runs inside Jest); results are kept in the incremental file, so a
 * run only retries what changed since, and a run limited with `--mutate` keeps the results of
 * the other files.
 */

/** Rule-bearing code: authorization, audit, signatures, idempotency, persistence, and each module's state tables, gates, conditions, services and SQL. */
const RULES = [
  'src/core/authz/**/*.ts',
  'src/core/audit/**/*.ts',
  'src/core/signatures/**/*.ts',
  'src/core/idempotency.ts',
  'src/core/persistence/**/*.ts',
  'src/core/state-machine.ts',
  'src/modules/**/*.{service,state,table,sql}.ts',
  'src/modules/**/*-gates.ts',
  'src/modules/**/{release-conditions,calibration-lookback,disposition-effects,incoming-inspection,verdict}.ts',
  'src/modules/**/{concession-scope,lot-expiry.job,stock-ledger,free-stock-lock,purchase-receipt}.ts',
  'src/modules/**/{supplier.qualification,material-supplier.enums,calibration-outcome,effective-status,maintenance-holds,maintenance-outcome}.ts',
  'src/modules/**/{user-access,signing-password,lot-number-pattern,analytics-scope,capa-people,webhook-signature,webhook-target}.ts',
  // GraphQL declarations and entity mappings: descriptions and decorators, no rules.
  '!src/**/*.{types,entity,entities,resolver,loaders}.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  plugins: ['@stryker-mutator/jest-runner'],
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    enableFindRelatedTests: true,
    config: {
      // The database is prepared once by test/support/mutation-run.ts, not once per mutant.
      globalSetup: undefined,
      globalTeardown: undefined,
      testEnvironment: './test/support/mutation-test-environment.js',
      testSequencer: '<rootDir>/test/support/mutation-test-sequencer.js',
      // A spec slowed down by a busy machine is not a killed mutant; Stryker's own timeout
      // (timeoutMS below) catches a mutant that hangs.
      testTimeout: 120_000,
    },
  },
  coverageAnalysis: 'perTest',
  mutate: RULES,
  // TypeScript 7 has no compiler API for @stryker-mutator/typescript-checker: type errors of a
  // mutant show up as failing (killed) or crashing tests instead.
  checkers: [],
  // Nothing to rewrite in the sandbox's tsconfig (swc ignores it), and Stryker's rewriting needs
  // TypeScript's JS API, which TypeScript 7 no longer has: point it at a file that does not exist.
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  disableTypeChecks: false,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  // Two cores: one Jest (with its server and PostgreSQL sessions) per core.
  concurrency: 2,
  // e2e tests take seconds and vary with load; the first run of the whole suite takes minutes.
  timeoutMS: 60_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 60,
  // Each mutant's Jest run leaves servers' modules behind in the worker; a fresh worker every
  // 25 runs keeps it from running out of memory (seen after about 60).
  maxTestRunnerReuse: 25,
  ignorePatterns: ['dist', 'coverage', 'reports', 'bench', '.lotgraph', '.lotgraph-test'],
  tempDirName: '.stryker-tmp',
};
