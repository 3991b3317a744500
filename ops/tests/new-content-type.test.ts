import { execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from './helpers/paths'

/**
 * The developer's path cannot rot: `npm run new:content-type -- events` runs in a copy of this
 * tree (the files git knows of, node_modules linked, not installed again), and the copy's lint,
 * types and tests pass: the generated ones, the content package's, and the CMS test that the
 * committed migrations match the config. See docs/extending.md.
 */
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'new-content-type-'))
const MINUTES = 60_000
// Without npm's variables (this test runs under `npm test`): npm_config_local_prefix would
// point every npx and npm in the copy back at this tree.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')))

/** The repository's files (tracked and new, as git sees them: no databases, builds or reports). */
function copyTree() {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root })
    .toString()
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(root, f)))
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true })
    fs.copyFileSync(path.join(root, file), path.join(copy, file))
  }
}

/**
 * node_modules by link: each installed package is a link to this tree's, while the workspaces'
 * own links (npm's relative symlinks, e.g. @resilient-mind/content → ../../packages/content)
 * are copied as they are, so they lead to the copy's workspaces and the copy sees its own edits.
 */
function linkNodeModules(from: string, to: string) {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target)
    else if (entry.name.startsWith('@') && entry.isDirectory()) linkNodeModules(source, target)
    else fs.symlinkSync(source, target)
  }
}

/** A command in the copy; resolves with its output, rejects with it. */
function inCopy(cwd: string, command: string, args: string[], more: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: path.join(copy, cwd),
      env: { ...env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', ...more },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${cwd}: ${command} ${args.join(' ')} failed:\n${output}`)),
    )
  })
}

beforeAll(() => {
  copyTree()
  linkNodeModules(path.join(root, 'node_modules'), path.join(copy, 'node_modules'))
  for (const workspace of ['apps/cms', 'apps/web', 'packages/content'])
    if (fs.existsSync(path.join(root, workspace, 'node_modules')))
      linkNodeModules(path.join(root, workspace, 'node_modules'), path.join(copy, workspace, 'node_modules'))
}, 2 * MINUTES)
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }))

/**
 * Runs the checks two at a time (this machine's cores; the suites beside this one need CPU too),
 * each to its end, and settles like Promise.allSettled.
 */
async function twoAtATime<T>(tasks: (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < tasks.length; i = next++) {
      try {
        results[i] = { status: 'fulfilled', value: await tasks[i]() }
      } catch (reason) {
        results[i] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all([worker(), worker()])
  return results
}

/**
 * The files the generator wrote: new in the copy or different from this tree's (node_modules and
 * what the checks themselves write left aside). Only these can break lint: ESLint's rules here
 * and Prettier look at one file at a time, and every other file is the one `npm run lint` passed.
 */
function writtenByGenerator(): string[] {
  const written: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(copy, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory() && !['node_modules', '.next', 'reports'].includes(entry.name)) walk(file)
      else if (entry.isFile()) {
        const original = path.join(root, file)
        const same = fs.existsSync(original) && fs.readFileSync(original).equals(fs.readFileSync(path.join(copy, file)))
        if (!same) written.push(file)
      }
    }
  }
  walk('.')
  return written
}

const generator = (name: string) =>
  spawnSync(process.execPath, ['scripts/new-content-type.mjs', name], { cwd: copy, env, encoding: 'utf8' })

describe('npm run new:content-type', () => {
  it.each([
    ['Events', 'lowercase letters'],
    ['event', 'should be plural'],
    ['articles', 'already a collection'],
    ['resources', 'already an address of the website'],
    ['contact', 'already an address of the website'],
    ['links', 'a name it already uses'],
  ])('refuses "%s" with a reason (%s), changing nothing', (name, reason) => {
    const run = generator(name)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(reason)
    expect(fs.readFileSync(path.join(copy, 'packages/content/src/contentTypes.ts'), 'utf8')).toBe(
      fs.readFileSync(path.join(root, 'packages/content/src/contentTypes.ts'), 'utf8'),
    )
  })

  it(
    'scaffolds "events" end to end: collection, declaration, migration, types, pages, tests',
    () => {
      const run = generator('events')
      expect(run.stderr).not.toContain('new:content-type:')
      expect(run.stdout).toContain('Added the content type "events"')
      expect(run.status).toBe(0)
      // Payload's CLI wrote the migration and the types in the copy, and nothing in this tree
      // (its output is not checked: a CLI that exits at once can lose what it printed to a pipe).
      const migrations = (tree: string) => fs.readdirSync(path.join(tree, 'apps/cms/src/migrations/sqlite'))
      const types = (tree: string) => fs.readFileSync(path.join(tree, 'packages/content/src/payload-types.ts'), 'utf8')
      expect(migrations(copy).some((f) => /_add_events\.ts$/.test(f))).toBe(true)
      expect(migrations(root).some((f) => /_add_events\.ts$/.test(f))).toBe(false)
      expect(types(copy)).toContain('export interface Event {')
      expect(types(root)).not.toContain('export interface Event {')
      for (const file of ['apps/web/src/pages/events/index.tsx', 'apps/web/src/pages/events/[slug].tsx'])
        expect(fs.existsSync(path.join(copy, file))).toBe(true)
    },
    3 * MINUTES,
  )

  it(
    'leaves a tree whose lint (ESLint, Prettier) and types pass',
    async () => {
      const written = writtenByGenerator()
      const workspaces = ['apps/cms', 'apps/web', 'packages/content']
      const inWorkspace = (w: string) => written.filter((f) => f.startsWith(`${w}/`)).map((f) => path.relative(w, f))
      // It wrote into each workspace: an empty list would make the lint below check nothing.
      for (const w of workspaces) expect(inWorkspace(w)).not.toEqual([])
      // Every check ends before the copy is removed; then the failures, if any, are reported.
      // The types are checked over whole projects (a new declaration changes what the others see);
      // ESLint and Prettier over what the generator wrote (generated files their configs
      // ignore, such as the migration and payload-types.ts, stay ignored).
      const checks = await twoAtATime([
        ...workspaces.flatMap((w) => [
          () => inCopy(w, 'npx', ['tsc', '--noEmit']),
          () => inCopy(w, 'npx', ['eslint', '--max-warnings=0', '--no-warn-ignored', ...inWorkspace(w)]),
        ]),
        () => inCopy('.', 'npx', ['prettier', '--check', '--log-level', 'warn', '--ignore-unknown', ...written]),
      ])
      const failures = checks.flatMap((c) => (c.status === 'rejected' ? [String(c.reason)] : []))
      expect(failures).toEqual([])
    },
    5 * MINUTES,
  )

  it(
    'leaves a tree whose tests pass: the generated ones, the content package, migrations matching the config',
    async () => {
      // The three suites are independent: two at a time, each ends before the copy is removed.
      const [cms, web, content] = await twoAtATime([
        () =>
          inCopy(
            'apps/cms',
            'npx',
            ['jest', 'tests/integration/events.test.ts', 'tests/integration/schema.test.ts', '--maxWorkers=1'],
            { NODE_OPTIONS: '--experimental-vm-modules --no-deprecation' },
          ),
        () => inCopy('apps/web', 'npx', ['jest', 'tests/events.test.tsx']),
        () => inCopy('packages/content', 'npx', ['jest']),
      ])
      const failures = [cms, web, content].flatMap((run) => (run.status === 'rejected' ? [String(run.reason)] : []))
      expect(failures).toEqual([])
      const output = (run: PromiseSettledResult<string>) => (run.status === 'fulfilled' ? run.value : '')
      expect(output(cms)).toMatch(/Tests:\s+\d+ passed, \d+ total/)
      expect(output(web)).toMatch(/Tests:\s+3 passed, 3 total/)
      expect(output(content)).toMatch(/Tests:\s+\d+ passed, \d+ total/)
    },
    5 * MINUTES,
  )
})
