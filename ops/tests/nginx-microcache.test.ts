import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { request } from './helpers/http'
import { startNginx } from './helpers/nginx'
import { root } from './helpers/paths'
import { portIsFree, start, waitForHttp, type Started } from './helpers/processes'

/**
 * The nginx config compose runs (deploy/nginx/templates/default.conf.template), rendered with
 * this machine's addresses, in front of `next start` of the built website, which reads the
 * built CMS (`next start` too, on a fresh SQLite file seeded on its first start). turbo builds
 * both apps before this runs.
 */
const PORTS = { cms: 3300, web: 3301, nginx: 3380, nginxHop: 3381 }
const CMS = `http://127.0.0.1:${PORTS.cms}`
const NGINX = `http://127.0.0.1:${PORTS.nginx}`
const ADMIN = { email: 'ops-admin@example.org', password: 'micro-cache-test-password' }
const SECRETS = { PAYLOAD_SECRET: 'o'.repeat(64), REVALIDATE_SECRET: 'v'.repeat(64), INQUIRY_API_KEY: 'k'.repeat(64) }
const ARTICLE = 'hope-and-healing-for-those-who-have-betrayed'
const articlePath = `/resources/${ARTICLE}`

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-microcache-'))
const servers: Started[] = []
const page = (p: string, headers: Record<string, string> = {}) =>
  request(`${NGINX}${p}`, { host: 'localhost', headers })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** nginx keeps a page to the end of the second it was rendered in: start a check at the top of a second. */
async function atStartOfSecond() {
  await sleep(1000 - (Date.now() % 1000) + 5)
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await sleep(100)
  }
  throw new Error(`Gave up waiting for ${what} after ${timeoutMs} ms`)
}

function nextStart(app: 'cms' | 'web', port: number, env: Record<string, string>): Started {
  const cwd = path.join(root, 'apps', app)
  const next = path.join(root, 'node_modules/.bin/next')
  if (!fs.existsSync(path.join(cwd, '.next/BUILD_ID')))
    throw new Error(
      `apps/${app} is not built: run \`npx turbo run build --filter=${app}\` (turbo does before this test).`,
    )
  return start(app, next, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
      ...env,
    },
    log: path.join(tmp, `${app}.log`),
  })
}

beforeAll(async () => {
  for (const [name, port] of Object.entries(PORTS)) {
    if (!(await portIsFree(port)))
      throw new Error(`Port ${port} (${name}) is taken: stop whatever runs there and run the test again.`)
  }
  const cms = nextStart('cms', PORTS.cms, {
    ...SECRETS,
    DATABASE_URI: `file:${path.join(tmp, 'cms.db')}`,
    MEDIA_DIR: path.join(tmp, 'media'),
    SEED_ON_START: 'true',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    CMS_PUBLIC_URL: CMS,
    WEB_PUBLIC_URL: `http://localhost:${PORTS.nginx}`,
    WEB_REVALIDATE_URL: `http://127.0.0.1:${PORTS.web}/api/revalidate`,
    LOG_LEVEL: 'warn',
  })
  servers.push(cms)
  const web = nextStart('web', PORTS.web, {
    ...SECRETS,
    CMS_INTERNAL_URL: CMS,
    CMS_PUBLIC_URL: CMS,
    WEB_PUBLIC_URL: `http://localhost:${PORTS.nginx}`,
    WEB_CACHE_ON_DISK: 'false',
  })
  servers.push(web)
  // The CMS answers once migrations ran; the first start seeds the practice's content.
  await waitForHttp(cms, `${CMS}/api/globals/practice?depth=0`, 180_000)
  await until(
    async () => {
      const res = await fetch(`${CMS}/api/articles?where[slug][equals]=${ARTICLE}&limit=1&depth=0`)
      return res.ok && ((await res.json()) as { totalDocs: number }).totalDocs === 1
    },
    60_000,
    'the seeded article',
  )
  await waitForHttp(web, `http://127.0.0.1:${PORTS.web}/robots.txt`, 120_000)
  servers.push(
    await startNginx(
      {
        dir: path.join(tmp, 'nginx'),
        port: PORTS.nginx,
        hopPort: PORTS.nginxHop,
        webUpstream: `127.0.0.1:${PORTS.web}`,
        cmsUpstream: `127.0.0.1:${PORTS.cms}`,
      },
      `${NGINX}/nginx-health`,
    ),
  )
}, 300_000)

afterAll(async () => {
  for (const server of servers.reverse()) await server.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
})

it('serves a public page from the cache: the first visit renders it, the next one in the same second is a HIT', async () => {
  await atStartOfSecond()
  const first = await page(articlePath)
  expect(first.status).toBe(200)
  expect(first.body).toContain('Hope and Healing')
  expect(first.headers['x-cache-status']).toBe('MISS')
  const second = await page(articlePath)
  expect(second.headers['x-cache-status']).toBe('HIT')
  expect(second.body).toBe(first.body)
})

it('keeps a copy per Accept-Encoding: gzip for a browser that takes it, plain HTML for one that does not, each a HIT', async () => {
  const p = `${articlePath}?encoding=${Date.now()}`
  const gzip = { 'accept-encoding': 'gzip, deflate, br' }
  await atStartOfSecond()
  const zipped = await page(p, gzip)
  const plain = await page(p)
  expect([zipped.headers['x-cache-status'], plain.headers['x-cache-status']]).toEqual(['MISS', 'MISS'])
  expect(zipped.headers['content-encoding']).toBe('gzip')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body).toContain('Hope and Healing')
  const [zippedAgain, plainAgain] = [await page(p, gzip), await page(p)]
  expect([zippedAgain.headers['x-cache-status'], plainAgain.headers['x-cache-status']]).toEqual(['HIT', 'HIT'])
  expect(zippedAgain.headers['content-encoding']).toBe('gzip')
  expect(plainAgain.headers['content-encoding']).toBeUndefined()
  expect(plainAgain.body).toBe(plain.body)
})

it('a burst of visitors to one page costs the website one render', async () => {
  const burstPath = `${articlePath}?burst=${Date.now()}`
  await atStartOfSecond()
  const answers = await Promise.all(Array.from({ length: 20 }, () => page(burstPath)))
  const statuses = answers.map((a) => a.headers['x-cache-status'])
  expect(answers.every((a) => a.status === 200)).toBe(true)
  expect(statuses.filter((s) => s === 'MISS')).toHaveLength(1)
  expect(statuses.filter((s) => s !== 'MISS').every((s) => s === 'HIT')).toBe(true)
})

it('keeps a page to the end of the second it was rendered in, then refreshes it in the background while serving the old copy', async () => {
  const p = `${articlePath}?age=${Date.now()}`
  await atStartOfSecond()
  const first = await page(p)
  expect(first.headers['x-cache-status']).toBe('MISS')
  expect((await page(p)).headers['x-cache-status']).toBe('HIT')
  // A second later it is not fresh any more.
  await sleep(1050)
  const afterExpiry = await page(p)
  expect(['STALE', 'UPDATING', 'EXPIRED']).toContain(afterExpiry.headers['x-cache-status'])
  // The refresh finished in the background: fresh copies again, without a visitor waiting for a render.
  await until(
    async () => (await page(p)).headers['x-cache-status'] === 'HIT',
    3000,
    'a HIT after the background refresh',
  )
})

it('never serves or stores a draft-mode (preview) request', async () => {
  const p = `${articlePath}?preview=${Date.now()}`
  const preview = await page(p, { cookie: '__prerender_bypass=editor-preview' })
  expect(preview.headers['x-cache-status']).toBe('BYPASS')
  // Nothing was stored by it: the next visitor is a MISS, not a HIT of the preview.
  expect((await page(p)).headers['x-cache-status']).toBe('MISS')
})

it('never caches the website /api routes', async () => {
  const answer = await page('/api/revalidate')
  expect(answer.status).toBe(405)
  expect(answer.headers['x-cache-status']).toBeUndefined()
})

it('reaches the CMS admin and API under the CMS host name, uncached', async () => {
  const api = await request(`${NGINX}/api/globals/practice?depth=0`, { host: 'cms.localhost' })
  expect(api.status).toBe(200)
  expect(JSON.parse(api.body).name).toBe('Resilient Mind Counseling and Coaching')
  expect(api.headers['x-cache-status']).toBeUndefined()
  const admin = await request(`${NGINX}/admin/login`, { host: 'cms.localhost' })
  expect(admin.status).toBe(200)
  expect(admin.body).toMatch(/Resilient Mind CMS/)
})

// Tests are not timed: the 2-second target is measured by `npm run bench`. This test holds that a
// published change gets through the cache at all, within a bound that a loaded machine still meets.
it('shows a published change through the cache', async () => {
  const login = await fetch(`${CMS}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const found = (await (await fetch(`${CMS}/api/articles?where[slug][equals]=${ARTICLE}&depth=0`)).json()) as {
    docs: { id: number }[]
  }

  // A steady stream of visitors keeps the page in the cache (each second's copy rendered at the
  // top of that second), the worst case for a publish; several publishes at random moments.
  let visiting = true
  const visitor = (async () => {
    while (visiting) {
      await page(articlePath)
      await sleep(50)
    }
  })()
  const delays: number[] = []
  for (let i = 0; i < 5; i++) {
    await until(
      async () => (await page(articlePath)).headers['x-cache-status'] === 'HIT',
      3000,
      'the article in the cache',
    )
    await sleep(Math.floor(Math.random() * 1000))
    const title = `Hope and Healing, revision ${i} ${Date.now()}`
    const publish = await fetch(`${CMS}/api/articles/${found.docs[0].id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(publish.status).toBe(200)
    const published = Date.now()
    let shownAfter = -1
    while (Date.now() - published < 5000) {
      if ((await page(articlePath)).body.includes(title)) {
        shownAfter = Date.now() - published
        break
      }
      await sleep(25)
    }
    delays.push(shownAfter)
  }
  visiting = false
  await visitor
  const sorted = [...delays].sort((a, b) => a - b)
  console.log(
    `Publish to visible through the micro-cache, with visitors every 50 ms (5 publishes): ${delays.join(', ')} ms; median ${sorted[2]} ms, max ${sorted[4]} ms`,
  )
  expect(delays.every((d) => d >= 0)).toBe(true)
})
