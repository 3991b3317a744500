#!/usr/bin/env node
/**
 * `npm start`: builds, then runs the CMS (port 3000, embedded SQLite, seeded on first start)
 * and the website (port 3001) together, wired to each other: the CMS announces changes to the
 * web's /api/revalidate with a shared secret, generated once and kept beside the CMS data.
 * Ctrl-C stops both; if one exits, the other is stopped too.
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
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--filter=cms', '--filter=web'], { cwd: root, stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const children = [
  ['cms', spawn('npm', ['run', 'start', '--workspace', 'cms'], { cwd: root, stdio: 'inherit', env })],
  ['web', spawn('npm', ['run', 'start', '--workspace', 'web'], { cwd: root, stdio: 'inherit', env })],
]
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

let stopping = false
const stop = (code) => {
  if (stopping) return
  stopping = true
  for (const [, child] of children) if (child.exitCode === null) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500)
}
for (const [name, child] of children) {
  child.on('exit', (code) => {
    if (!stopping) console.error(`The ${name} server stopped (exit code ${code}); stopping the other one.`)
    stop(code ?? 1)
  })
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

renderFixedPages()
