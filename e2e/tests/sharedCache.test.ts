import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { announce, editorToken, findBySlug, until, update } from './helpers/cms'
import { CMS, INQUIRY_API_KEY, REVALIDATE_SECRET, SEED_ARTICLE } from './helpers/env'
import { start, waitFor } from './helpers/globalSetup'

/**
 * Two website processes (replicas behind one proxy) sharing one page cache through Next's
 * documented cacheHandler (src/cache/sharedCacheHandler.mjs, on when WEB_SHARED_CACHE_DIR is
 * set, with cacheMaxMemorySize: 0): a change announced to ONE of them is served by BOTH.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const PORTS = (process.env.E2E_SHARED_WEB_PORTS ?? '3202,3203').split(',').map(Number)
const webs = PORTS.map((port) => `http://localhost:${port}`)
const processes: ChildProcess[] = []
let dir: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-shared-cache-'))
  PORTS.forEach((port, i) => {
    processes.push(
      start(
        'web',
        path.join(root, 'apps/web'),
        port,
        {
          CMS_INTERNAL_URL: CMS,
          CMS_PUBLIC_URL: CMS,
          WEB_PUBLIC_URL: webs[i],
          REVALIDATE_SECRET,
          INQUIRY_API_KEY,
          WEB_SHARED_CACHE_DIR: path.join(dir, 'cache'),
        },
        path.join(dir, `web-${port}.log`),
      ),
    )
  })
  for (const [i, child] of processes.entries()) await waitFor(`${webs[i]}/robots.txt`, `website on ${PORTS[i]}`, child)
})

afterAll(async () => {
  for (const child of processes) if (child.pid) process.kill(-child.pid, 'SIGTERM')
  await new Promise((r) => setTimeout(r, 500))
  if (!process.env.E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true })
})

describe('two website processes sharing one cache folder', () => {
  it('both serve the page one of them rendered, and a change announced to one is on both within 2 s', async () => {
    const articlePath = `/resources/${SEED_ARTICLE.slug}`
    // Process A renders the article; B serves A's copy from the shared cache, rendering nothing.
    await fetch(`${webs[0]}${articlePath}`)
    const first = await fetch(`${webs[1]}${articlePath}`)
    expect({ status: first.status, cache: first.headers.get('x-nextjs-cache') }).toEqual({ status: 200, cache: 'HIT' })

    const token = await editorToken()
    const article = await findBySlug('articles', SEED_ARTICLE.slug, token)
    const title = `${SEED_ARTICLE.title} (edited ${Date.now()})`
    try {
      await update('articles', article.id, { title, _status: 'published' }, token)
      const announcedAt = Date.now()
      const answer = await announce(webs[0], [articlePath])
      expect(answer).toEqual({ status: 200, body: { revalidated: [articlePath], failed: [] } })
      const shows = (html: string) => html.includes(`<h1>${title.replace(/&/g, '&amp;')}</h1>`)
      for (const web of webs) {
        await until(`${web}${articlePath}`, shows, 2000)
        console.log(`announced once, seen on ${web} after ${Date.now() - announcedAt} ms`)
      }
      expect(Date.now() - announcedAt).toBeLessThan(2000)
    } finally {
      await update('articles', article.id, { title: SEED_ARTICLE.title, _status: 'published' }, token)
    }
  })
})
