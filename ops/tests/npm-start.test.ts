import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from './helpers/paths'
import { portIsFree } from './helpers/processes'

/**
 * `npm start` (scripts/start.mjs) as a process manager runs it: the built apps (turbo builds
 * them before this test, so --no-build), stopped with SIGTERM to start.mjs alone, or left
 * alone when one server dies. Nothing of it may stay on its ports.
 */
const PORTS = { cms: 3552, web: 3553 }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-npm-start-'))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function npmStart(run: string): { child: ChildProcess; log: string; exited: Promise<number | null> } {
  const log = path.join(tmp, `${run}.log`)
  const out = fs.openSync(log, 'w')
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs'), '--no-build'], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CMS_PORT: String(PORTS.cms),
      WEB_PORT: String(PORTS.web),
      DATABASE_URI: `file:${path.join(tmp, `${run}.db`)}`,
      MEDIA_DIR: path.join(tmp, 'media'),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      WEB_CACHE_ON_DISK: 'false',
      // Given, so nothing is generated into apps/cms/data.
      PAYLOAD_SECRET: 's'.repeat(64),
      REVALIDATE_SECRET: 'r'.repeat(64),
      INQUIRY_API_KEY: 'k'.repeat(64),
    },
  })
  fs.closeSync(out)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, log, exited }
}

async function answers(url: string, timeoutMs: number, log: string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await sleep(500)
  }
  throw new Error(
    `${url} did not answer within ${timeoutMs / 1000} s. Log:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`,
  )
}

async function bothUp(log: string) {
  await answers(`http://127.0.0.1:${PORTS.cms}/api/globals/practice?depth=0`, 180_000, log)
  await answers(`http://127.0.0.1:${PORTS.web}/robots.txt`, 60_000, log)
}

/** The pids of this worktree's next servers listening for this test (their command line names the port). */
function nextServersOnTestPorts(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((pid) => {
      try {
        const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8')
        return (
          /next/.test(cmdline) &&
          environ.includes(`\0CMS_PORT=${PORTS.cms}\0`) &&
          environ.includes(`\0WEB_PORT=${PORTS.web}\0`)
        )
      } catch {
        return false // gone meanwhile, or not ours to read
      }
    })
    .map(Number)
}

beforeAll(async () => {
  for (const port of Object.values(PORTS)) {
    if (!(await portIsFree(port)))
      throw new Error(`Port ${port} is taken: stop whatever runs there and run the test again.`)
  }
  for (const app of ['cms', 'web']) {
    if (!fs.existsSync(path.join(root, 'apps', app, '.next/BUILD_ID')))
      throw new Error(`apps/${app} is not built: npx turbo run build --filter=${app}`)
  }
})

afterAll(() => {
  // A failed test must not leave servers behind.
  for (const pid of nextServersOnTestPorts()) process.kill(pid, 'SIGKILL')
  fs.rmSync(tmp, { recursive: true, force: true })
})

it('SIGTERM to npm start stops both servers and frees both ports', async () => {
  const started = npmStart('sigterm')
  await bothUp(started.log)
  expect(nextServersOnTestPorts().length).toBeGreaterThanOrEqual(2)

  started.child.kill('SIGTERM')
  expect(await started.exited).toBe(0)
  expect(await portIsFree(PORTS.cms)).toBe(true)
  expect(await portIsFree(PORTS.web)).toBe(true)
  expect(nextServersOnTestPorts()).toEqual([])
  expect(fs.readFileSync(started.log, 'utf8')).not.toMatch(/does not work with "output: standalone"/)
}, 300_000)

it('when one server dies, the other is stopped and npm start exits with an error', async () => {
  const started = npmStart('crash')
  await bothUp(started.log)
  // The website's server is killed (out of memory, a crash): the CMS must not stay alone.
  const web = nextServersOnTestPorts().filter((pid) =>
    fs.readFileSync(`/proc/${pid}/cwd/package.json`, 'utf8').includes('"name": "web"'),
  )
  expect(web.length).toBeGreaterThan(0)
  for (const pid of web) process.kill(pid, 'SIGKILL')
  expect(await started.exited).not.toBe(0)
  expect(await portIsFree(PORTS.cms)).toBe(true)
  expect(nextServersOnTestPorts()).toEqual([])
  expect(fs.readFileSync(started.log, 'utf8')).toMatch(/The web server stopped/)
}, 300_000)
