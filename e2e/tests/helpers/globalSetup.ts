import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { CMS, CMS_PORT, EDITOR, INQUIRY_API_KEY, REVALIDATE_SECRET, WEB, WEB_PORT } from './env'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

export async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs = 180_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`The ${what} exited (code ${child.exitCode}) before it was ready; see its output above.`)
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return Date.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The ${what} did not answer at ${url} within ${timeoutMs / 1000}s`)
}

export function start(name: string, cwd: string, port: number, env: Record<string, string>, logFile: string) {
  if (!fs.existsSync(path.join(cwd, '.next/BUILD_ID'))) {
    throw new Error(
      `${name} is not built: run \`npx turbo run build --filter=cms --filter=web\` first (npm test does).`,
    )
  }
  const log = fs.openSync(logFile, 'w')
  return spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so teardown stops it and everything it started
  })
}

/**
 * Whether nothing listens on the port. A server left on it (another checkout's e2e run, a dev
 * server) would answer the readiness checks in place of ours, and the tests would run against it.
 */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })
}

/** Starts the built CMS (migrations + seed on a fresh SQLite file) and the built website. */
export default async function globalSetup() {
  for (const port of [CMS_PORT, WEB_PORT])
    if (!(await portIsFree(port)))
      throw new Error(
        `Port ${port} is already in use: stop what listens there, or choose other ports with E2E_CMS_PORT and E2E_WEB_PORT.`,
      )
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-'))
  const cms = start(
    'cms',
    path.join(root, 'apps/cms'),
    CMS_PORT,
    {
      DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: 'e2e-payload-secret-0123456789abcdefghij',
      ADMIN_EMAIL: EDITOR.email,
      ADMIN_PASSWORD: EDITOR.password,
      SEED_ON_START: 'true',
      CMS_PUBLIC_URL: CMS,
      WEB_PUBLIC_URL: WEB,
      WEB_REVALIDATE_URL: `${WEB}/api/revalidate`,
      REVALIDATE_SECRET,
      INQUIRY_API_KEY,
    },
    path.join(dir, 'cms.log'),
  )
  const web = start(
    'web',
    path.join(root, 'apps/web'),
    WEB_PORT,
    {
      CMS_INTERNAL_URL: CMS,
      CMS_PUBLIC_URL: CMS,
      WEB_PUBLIC_URL: WEB,
      REVALIDATE_SECRET,
      INQUIRY_API_KEY,
      WEB_CACHE_ON_DISK: 'false',
      // The tests play the proxy: each browser visitor sends its own X-Forwarded-For.
      TRUSTED_PROXY: '127.0.0.1, ::1',
    },
    path.join(dir, 'web.log'),
  )
  ;(globalThis as Record<string, unknown>).__E2E__ = { pids: [cms.pid, web.pid], dir }
  // For a failing test to quote what the servers logged (helpers/serverLogs.ts).
  process.env.E2E_LOG_DIR = dir
  try {
    // The seed has run once the practice global has a name.
    const cmsMs = await waitFor(`${CMS}/api/globals/practice`, 'CMS', cms)
    for (let i = 0; i < 120; i++) {
      const practice = await (await fetch(`${CMS}/api/globals/practice`)).json()
      if (practice?.name) break
      await new Promise((r) => setTimeout(r, 500))
    }
    const webMs = await waitFor(`${WEB}/robots.txt`, 'website', web)
    // The pages at fixed addresses were prerendered while building, without the CMS: render
    // them now that it is up, as a deployment does (docs/deploy.md), so no test sees the
    // holding page their first visit would show.
    const warm = await fetch(`${WEB}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${REVALIDATE_SECRET}` },
      body: JSON.stringify({ paths: ['/', '/resources', '/services', '/contact/thanks'] }),
    })
    if (!warm.ok) throw new Error(`The website did not render its fixed pages: ${warm.status} ${await warm.text()}`)
    console.log(`e2e: CMS ready in ${cmsMs} ms, website in ${webMs} ms (logs in ${dir})`)
  } catch (err) {
    for (const f of ['cms.log', 'web.log'])
      console.error(`--- ${f}\n${fs.readFileSync(path.join(dir, f), 'utf8').slice(-4000)}`)
    for (const pid of [cms.pid, web.pid]) if (pid) process.kill(-pid, 'SIGTERM')
    throw err
  }
}
