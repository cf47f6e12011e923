/**
 * Which spec file holds which test, as seen by Stryker's initial run, kept in the sandbox (the
 * working directory every Stryker worker shares), for mutation-test-sequencer.js.
 */
const fs = require('node:fs');
const path = require('node:path');

const FILE = path.join(process.cwd(), '.mutation-test-files.json');

function testFiles() {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch {
    return {};
  }
}

/** Records the full test names of one spec file (test name -> file). */
function recordTestFile(testPath, names) {
  const files = testFiles();
  for (const name of names) files[name] = testPath;
  fs.writeFileSync(FILE, JSON.stringify(files));
}

module.exports = { testFiles, recordTestFile };
