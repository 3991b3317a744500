/**
 * A Jest reporter that writes the run's pass/fail counts to a JSON file, so the root test
 * command can print one "N passed, N failed" line for all workspaces.
 */
const fs = require('node:fs')
const path = require('node:path')

class CountReporter {
  constructor(_globalConfig, options = {}) {
    this.outputFile = options.outputFile
  }
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    }
    fs.mkdirSync(path.dirname(this.outputFile), { recursive: true })
    fs.writeFileSync(this.outputFile, JSON.stringify(counts))
  }
}
module.exports = CountReporter
