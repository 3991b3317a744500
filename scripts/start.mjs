#!/usr/bin/env node
/**
 * `npm start`: builds, then runs the CMS (port 3000, embedded SQLite, seeded on first start)
 * and the website (port 3001) together, wired to each other: the CMS announces changes to the
 * web's /api/revalidate with a shared secret, generated once and kept beside the CMS data.
 * Ctrl-C, SIGTERM (a process manager, `kill`) and SIGHUP (a closed terminal) stop both; if one
 * exits, the other is stopped too, and so is this process.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CMS_PORT = process.env.CMS_PORT || '3000'
const WEB_PORT = process.env.WEB_PORT || '3001'

/** A secret shared by the two apps, from the environment or generated once beside the CMS data. */
function localSecret(name, fileName) {
  if (process.env[name]) return process.env[name]
  const file = path.join(root, 'apps/cms/data', fileName)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  CMS_PORT,
  WEB_PORT,
  CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL || `http://localhost:${CMS_PORT}`,
  CMS_INTERNAL_URL: process.env.CMS_INTERNAL_URL || `http://localhost:${CMS_PORT}`,
  WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL || `http://localhost:${WEB_PORT}`,
  WEB_REVALIDATE_URL: process.env.WEB_REVALIDATE_URL || `http://localhost:${WEB_PORT}/api/revalidate`,
  REVALIDATE_SECRET: localSecret('REVALIDATE_SECRET', '.revalidate-secret'),
  // The website form's API key: the CMS gives it to the form account, the web sends it.
  INQUIRY_API_KEY: localSecret('INQUIRY_API_KEY', '.inquiry-api-key'),
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--filter=cms', '--filter=web'], {
    cwd: root,
    stdio: 'inherit',
    env,
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

/**
 * Each server runs in its own process group (npm → sh → cross-env → next → next-server), and a
 * signal goes to the whole group: npm does not pass SIGTERM down to next-server, which would
 * otherwise stay on its port after this process is gone.
 */
const startServer = (name) => [
  name,
  spawn('npm', ['run', 'start', '--workspace', name], { cwd: root, stdio: 'inherit', env, detached: true }),
]
const children = [startServer('cms'), startServer('web')]
console.log(`\nCMS admin:  ${env.CMS_PUBLIC_URL}/admin\nWebsite:    ${env.WEB_PUBLIC_URL}\n`)

/**
 * The website was built before the CMS ran, so its pages at fixed addresses hold a placeholder:
 * once the CMS answers (seeded), ask the website to render them, as a deployment does.
 */
const FIXED_PAGES = ['/', '/resources', '/services', '/contact/thanks']
async function renderFixedPages() {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      const practice = await (await fetch(`http://localhost:${CMS_PORT}/api/globals/practice?depth=0`)).json()
      if (practice?.name) {
        const res = await fetch(`http://localhost:${WEB_PORT}/api/revalidate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${env.REVALIDATE_SECRET}` },
          body: JSON.stringify({ paths: FIXED_PAGES }),
        })
        if (res.ok) return
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
    return true
  } catch {
    return false // the whole group is gone
  }
}

let stopping = false
function stop(code) {
  if (stopping) return
  stopping = true
  for (const [, child] of children) signalGroup(child, 'SIGTERM')
  // Wait until every process of both groups has exited (npm may exit before next-server does);
  // whatever is still there after 10 s is killed, so the ports are always freed.
  const deadline = Date.now() + 10_000
  const check = setInterval(() => {
    const left = children.filter(([, child]) => signalGroup(child, 0))
    if (left.length > 0 && Date.now() < deadline) return
    for (const [, child] of left) signalGroup(child, 'SIGKILL')
    clearInterval(check)
    process.exit(code)
  }, 100)
}
for (const [name, child] of children) {
  child.on('exit', (code, signal) => {
    if (!stopping)
      console.error(`The ${name} server stopped (${signal ?? `exit code ${code}`}); stopping the other one.`)
    stop(code || 1)
  })
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0))

renderFixedPages()
