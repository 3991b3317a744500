/** @jest-environment node */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import SharedFolderCacheHandler from '@/cache/sharedCacheHandler.mjs'

/** Next's cacheHandler for several processes (next.config.mjs, WEB_SHARED_CACHE_DIR): two handlers on one folder. */
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-cache-'))
  process.env.WEB_SHARED_CACHE_DIR = dir
})
afterEach(() => {
  delete process.env.WEB_SHARED_CACHE_DIR
  fs.rmSync(dir, { recursive: true, force: true })
})

const page = (html: string) => ({
  kind: 'PAGES',
  html,
  pageData: { pageProps: { title: html } },
  headers: {},
  status: 200,
})
const ctx = { cacheControl: { revalidate: 3600, expire: 31536000 } }

it('serves from one process what another stored, and the latest version of it', async () => {
  const a = new SharedFolderCacheHandler()
  const b = new SharedFolderCacheHandler()
  expect(await b.get('/resources/a')).toBeNull()
  await a.set('/resources/a', page('first'), ctx)
  expect(await b.get('/resources/a')).toMatchObject({
    value: page('first'),
    cacheControl: ctx.cacheControl,
    lastModified: expect.any(Number),
  })
  await b.set('/resources/a', page('second'), ctx)
  expect((await a.get('/resources/a'))?.value).toEqual(page('second'))
})

it('keeps a 404 (no value) as a 404', async () => {
  const a = new SharedFolderCacheHandler()
  await a.set('/resources/gone', null, ctx)
  expect(await new SharedFolderCacheHandler().get('/resources/gone')).toMatchObject({ value: null })
})

it('keeps binary bodies and maps intact', async () => {
  const a = new SharedFolderCacheHandler()
  const route = {
    kind: 'APP_ROUTE',
    body: Buffer.from([0, 1, 2, 250]),
    status: 200,
    headers: {},
    segments: new Map([['/x', Buffer.from('y')]]),
  }
  await a.set('/og.png', route, ctx)
  const got = (await new SharedFolderCacheHandler().get('/og.png'))?.value as typeof route
  expect(Buffer.isBuffer(got.body) && [...got.body]).toEqual([0, 1, 2, 250])
  expect(got.segments.get('/x')?.toString()).toBe('y')
})

it('drops an entry once one of its tags is expired after it was stored, in every process', async () => {
  const a = new SharedFolderCacheHandler()
  await a.set('fetch-key', { kind: 'FETCH', data: { body: '{}' } }, { tags: ['articles'] })
  await new SharedFolderCacheHandler().revalidateTag(['articles'])
  expect(await a.get('fetch-key', { tags: ['articles'] })).toBeNull()
  await a.set('fetch-key', { kind: 'FETCH', data: { body: '{"new":1}' } }, { tags: ['articles'] })
  expect(await a.get('fetch-key', { tags: ['articles'] })).not.toBeNull()
})

it('refuses to start without the shared folder', () => {
  delete process.env.WEB_SHARED_CACHE_DIR
  expect(() => new SharedFolderCacheHandler()).toThrow(/WEB_SHARED_CACHE_DIR/)
})
