// One plain closing line, "tests: N passed, M failed", that CI reads whatever the runner. Jest
// prints its own summary to stderr after every reporter has run, so when scripts/test.sh names a
// file in TEST_SUMMARY_FILE the line goes there and the script prints it last; run alone, jest
// prints it to stdout.
const fs = require('node:fs');

class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failedSuites = results.numRuntimeErrorTestSuites;
    // A suite that failed to load has no failed test of its own: count it, or CI reads green.
    const failed = results.numFailedTests + failedSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    const file = process.env.TEST_SUMMARY_FILE;
    if (file) fs.writeFileSync(file, line);
    else process.stdout.write(`\n${line}`);
  }
}
module.exports = SummaryLineReporter;
