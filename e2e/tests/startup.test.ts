import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A built app given a bad setting must stop at start-up with a message that names the
 * setting, not stay up answering every visitor with a 500.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

function startAndWaitForExit(app: 'cms' | 'web', port: number, env: Record<string, string>) {
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    cwd: path.join(root, 'apps', app),
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

test('the CMS stops at start-up when PAYLOAD_SECRET is too short, naming it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-startup-'))
  const { code, output } = await startAndWaitForExit('cms', 3210, {
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'too-short',
  })
  expect(output).toContain('PAYLOAD_SECRET: must be at least 32 characters')
  expect(code).toBe(1)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('the website stops at start-up when CMS_INTERNAL_URL is not a URL, naming it', async () => {
  const { code, output } = await startAndWaitForExit('web', 3211, { CMS_INTERNAL_URL: 'cms:3000' })
  expect(output).toContain('CMS_INTERNAL_URL: must be a full URL such as http://localhost:3000')
  expect(code).toBe(1)
})
