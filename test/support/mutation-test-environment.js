/**
 * The Jest environment of mutation runs (stryker.config.mjs): Node's, adapted to e2e specs.
 *
 * 1. Coverage per test. Stryker counts what runs while no test is running as "static", and tries
 *    a static mutant against every test of every spec. Here a spec's beforeAll (server, fixtures)
 *    and what a request leaves running between tests (events, jobs) count as covered by every
 *    test of that spec instead: each of them may depend on it. Only code run while loading the
 *    spec files stays static.
 * 2. A mutant is killed by the first test that fails under it: the other tests of that run are
 *    skipped, and later spec files do not even start their server.
 * 3. The initial run records which spec file holds which test (mutation-test-files.js), so that
 *    a mutant's run loads only the spec files of the tests it is tried against.
 *
 * Stryker wraps this class in its own (see @stryker-mutator/jest-runner's mixin), whose test
 * names are `describe names + test name` joined by spaces, as here.
 */
const { TestEnvironment } = require('jest-environment-node');
const { recordTestFile } = require('./mutation-test-files');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
/** The mutant a test has failed under; module state, so it spans the spec files of one run. */
let killedMutant;

function fullName(block) {
  return block.parent ? `${fullName(block.parent)} ${block.name}`.trimStart() : '';
}

function tests(block) {
  return block.children.flatMap((child) => (child.type === 'describeBlock' ? tests(child) : [child]));
}

class MutationTestEnvironment extends TestEnvironment {
  staticBeforeRun = {};

  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
  }

  handleTestEvent(event, state) {
    const mutant = process.env[ACTIVE_MUTANT];
    const killed = mutant !== undefined && killedMutant === mutant;
    const coverage = this.global.__stryker__ && this.global.__stryker__.mutantCoverage;
    switch (event.name) {
      case 'run_start':
        if (killed) for (const test of tests(state.rootDescribeBlock)) test.mode = 'skip';
        this.staticBeforeRun = { ...(coverage ? coverage.static : {}) };
        break;
      case 'test_start':
        if (killed) event.test.mode = 'skip';
        break;
      case 'test_done':
        if (mutant !== undefined && event.test.errors.length > 0) killedMutant = mutant;
        break;
      case 'run_finish': {
        const names = tests(state.rootDescribeBlock).map((test) => `${fullName(test.parent)} ${test.name}`.trimStart());
        if (coverage) this.attributeToEveryTest(coverage, names);
        if (mutant === undefined) recordTestFile(this.testPath, names);
        break;
      }
    }
  }

  /** Moves what was covered between tests during the run from `static` to each test of the spec. */
  attributeToEveryTest(coverage, testNames) {
    for (const [mutantId, hits] of Object.entries(coverage.static)) {
      const during = hits - (this.staticBeforeRun[mutantId] || 0);
      if (during <= 0) continue;
      if (this.staticBeforeRun[mutantId]) coverage.static[mutantId] = this.staticBeforeRun[mutantId];
      else delete coverage.static[mutantId];
      for (const name of testNames) {
        const perTest = (coverage.perTest[name] = coverage.perTest[name] || {});
        perTest[mutantId] = (perTest[mutantId] || 0) + during;
      }
    }
  }
}

module.exports = MutationTestEnvironment;
