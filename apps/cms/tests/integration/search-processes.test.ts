import type { SearchResponse } from '@resilient-mind/content'

import { type CmsProcess, startCmsProcess } from '../helpers/cmsProcesses'
import { lexical } from '../helpers/payload'

/**
 * Two CMS processes on one database file: the search lives in the database, so an article
 * published through one is found by a search on the other at once, with no rebuild or restart.
 */
let first: CmsProcess
let second: CmsProcess

beforeAll(async () => {
  first = await startCmsProcess() // applies the migrations
  second = await startCmsProcess()
}, 120_000)
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()])
})

type Search = { status: number; body: SearchResponse }

it('finds on one process an article published through the other, at once', async () => {
  expect(first.pid).not.toBe(second.pid)
  expect((await second.send<Search>({ op: 'search', query: 'q=kintsugi' })).body.totalDocs).toBe(0)

  const author = await first.send<{ id: number }>({ op: 'create', collection: 'authors', data: { name: 'Sam Writer' } })
  const article = await first.send<{ id: number }>({
    op: 'create',
    collection: 'articles',
    data: {
      title: 'Kintsugi and repair',
      author: author.id,
      body: lexical('Mending what broke, with gold.', 'The seams are left to show.'),
      _status: 'published',
    },
  })

  const found = await second.send<Search>({ op: 'search', query: 'q=kintsugi' })
  expect(found.status).toBe(200)
  expect(found.body.docs.map((d) => d.id)).toEqual([article.id])
  expect((await second.send<Search>({ op: 'search', query: 'q=seams' })).body.docs[0]?.snippet).toContain(
    'The seams are left to show.',
  )
})
