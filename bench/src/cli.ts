/**
 * npm run bench [-- --smoke] [--articles=N] [--no-build] [--no-lighthouse] [--db=file]
 *
 * Builds both apps (through turbo, so nothing is rebuilt that did not change), fills its own
 * SQLite file with fixture articles, measures, prints the tables and writes bench/results.json.
 * It prints figures; it does not pass or fail on the targets.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { MODES, resultsFile } from './config'
import { checkTargets, formatResults } from './report'
import { runBenchmark, writeResults } from './run'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

const unknown = args.filter((a) => !/^--(smoke|no-build|no-lighthouse|articles=\d+|db=.+|out=.+)$/.test(a))
if (unknown.length) {
  console.error(
    `Unknown option(s): ${unknown.join(' ')}\nUsage: npm run bench [-- --smoke] [--articles=N] [--no-build] [--no-lighthouse] [--db=file] [--out=results.json]`,
  )
  process.exit(2)
}

const base = MODES[flag('smoke') ? 'smoke' : 'full']
const mode = value('articles') ? { ...base, articles: Number(value('articles')) } : base
// The smoke run starts from an empty database each time; the full run keeps its file so a re-run skips the fill.
const tmp = flag('smoke') && !value('db') ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-db-')) : null
const dbFile = value('db') ?? (tmp ? path.join(tmp, 'bench.db') : undefined)
const out = value('out') ? path.resolve(value('out')!) : resultsFile

const load = os.loadavg()
if (mode.name === 'full' && load[0] > os.cpus().length * 0.5) {
  console.warn(
    `Note: the load average is ${load.map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs; figures measured now include other work.`,
  )
}

try {
  const results = await runBenchmark({ mode, build: !flag('no-build'), lighthouse: !flag('no-lighthouse'), dbFile })
  const checks = checkTargets(results)
  writeResults({ ...results, targets: checks } as never, out)
  console.log(`\n${formatResults(results, checks)}\n\nWritten to ${path.relative(process.cwd(), out) || out}`)
} finally {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
}
