/**
 * Under Stryker, runs only the spec files that hold a test the current mutant is tried against.
 * Stryker names those tests in Jest's test name pattern; without this, Jest would load every
 * spec file, with the whole application, to find that most hold none of them. With no pattern
 * (the initial run, a mutant covered by all tests) or no recorded file for it, nothing is left out.
 */
const Sequencer = require('@jest/test-sequencer').default;
const { testFiles } = require('./mutation-test-files');

class MutationTestSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.testNamePattern = options.globalConfig.testNamePattern;
  }

  async sort(tests) {
    const sorted = await super.sort(tests);
    if (!this.testNamePattern) return sorted;
    // Jest matches the pattern case-insensitively against the full test name.
    const pattern = new RegExp(this.testNamePattern, 'i');
    const files = new Set(Object.entries(testFiles()).filter(([name]) => pattern.test(name)).map(([, file]) => file));
    return files.size === 0 ? sorted : sorted.filter((test) => files.has(test.path));
  }
}

module.exports = MutationTestSequencer;
