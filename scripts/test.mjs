#!/usr/bin/env node
/**
 * The test command: runs every workspace's tests through turbo, then prints one
 * "N passed, N failed" line summed over the Jest count reports the workspaces wrote. Exits
 * non-zero when anything failed.
 *
 * Two tasks at a time: while one waits (on a server starting, a browser, a timed
 * measurement), the other uses the CPU, so the CMS suite runs beside the builds the browser,
 * ops and bench suites need. They can share the machine because none shares anything else:
 * each suite has its own ports (e2e 3200-3211, ops 3300-3381 and 3552-3553, bench
 * 3400-3482, the rest ask the system for a free one) and its own temporary databases.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// The root package.json's workspaces ("apps/*", "e2e", …), expanded to folders.
const workspaces = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces.flatMap(
  (pattern) => {
    if (!pattern.endsWith('/*')) return [path.join(root, pattern)]
    const parent = path.join(root, pattern.slice(0, -2))
    return fs.existsSync(parent) ? fs.readdirSync(parent).map((d) => path.join(parent, d)) : []
  },
)
const reports = workspaces.map((w) => path.join(w, 'reports', 'jest-counts.json'))
for (const r of reports) fs.rmSync(r, { force: true })

const extra = process.argv.slice(2)
const run = spawnSync('npx', ['turbo', 'run', 'test', '--concurrency=2', '--continue', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1', ...process.env },
})

let passed = 0
let failed = 0
let skipped = 0
const silent = []
for (const [i, r] of reports.entries()) {
  if (!fs.existsSync(r)) {
    const pkg = path.join(workspaces[i], 'package.json')
    const hasTests = fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).scripts?.test
    if (hasTests && extra.length === 0) silent.push(path.relative(root, workspaces[i]))
    continue
  }
  const c = JSON.parse(fs.readFileSync(r, 'utf8'))
  passed += c.passed
  failed += c.failed
  skipped += c.skipped ?? 0
}
let code = run.status ?? 1
if (silent.length) {
  // A workspace whose tests left no counts would otherwise vanish from the total.
  console.error(`No test counts from: ${silent.join(', ')} (its Jest config needs scripts/jest-count-reporter.cjs)`)
  failed += silent.length
  code = code || 1
}
if (code !== 0 && failed === 0) failed = 1 // a workspace failed before its tests could report
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(code)
