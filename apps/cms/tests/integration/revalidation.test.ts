import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import type { lexical as Lexical } from '../helpers/payload'

/**
 * Every change to what visitors see is announced to the website, after its transaction
 * commits: the hooks queue an `announceChange` job in the change's transaction, and the job
 * POSTs the paths that show the change. A real HTTP server stands in for the web's
 * /api/revalidate and records each request; the tests work the queue themselves.
 */
type Received = { authorization?: string; contentType?: string; body: { paths: string[] } }
const received: Received[] = []
let answer: (paths: string[]) => { status: number; body: unknown } = (paths) => ({
  status: 200,
  body: { revalidated: paths, failed: [] },
})

let server: http.Server
let port = 0
function startReceiver() {
  server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      const body = JSON.parse(raw) as { paths: string[] }
      received.push({ authorization: req.headers.authorization, contentType: req.headers['content-type'], body })
      const { status, body: out } = answer(body.paths)
      // A fresh connection per request: a pooled one closed while the CMS is busy would reset.
      res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(out))
    })
  })
  return new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)).then(() => {
    port = (server.address() as AddressInfo).port
  })
}
const stopReceiver = () => new Promise((resolve) => server.close(resolve))

const SECRET = 'test-revalidate-secret-0123456789'
let payload: Payload
let lexical: typeof Lexical
let ada: { id: number; slug?: string | null }
let bo: { id: number; slug?: string | null }
let grief: { id: number }
let trust: { id: number }

beforeAll(async () => {
  await startReceiver()
  process.env.WEB_REVALIDATE_URL = `http://127.0.0.1:${port}/api/revalidate`
  process.env.REVALIDATE_SECRET = SECRET
  // Settings are read when the config loads, so load it after the environment is set.
  const helpers = await import('../helpers/payload')
  lexical = helpers.lexical
  payload = await helpers.startPayload()
  const quiet = { context: { disableRevalidate: true } }
  ada = await payload.create({ collection: 'authors', data: { name: 'Ada Author' }, ...quiet })
  bo = await payload.create({ collection: 'authors', data: { name: 'Bo Writer' }, ...quiet })
  grief = await payload.create({ collection: 'topics', data: { title: 'Grief' }, ...quiet })
  trust = await payload.create({ collection: 'topics', data: { title: 'Trust' }, ...quiet })
})
afterAll(async () => {
  await payload.destroy()
  await stopReceiver()
})
beforeEach(async () => {
  received.length = 0
  answer = (paths) => ({ status: 200, body: { revalidated: paths, failed: [] } })
  // Start each test with an empty queue.
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

const LIBRARY = ['/resources', '/resources/page/2', '/resources/page/3']
const topicPages = (slug: string) => [`/topics/${slug}`, `/topics/${slug}/page/2`, `/topics/${slug}/page/3`]

/** Work the queue the way the running product does every second. */
const runQueue = () => payload.jobs.run({ queue: 'announce', limit: 100 })
const announced = () => received.flatMap((r) => r.body.paths)
const pendingJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'announceChange' } },
      pagination: false,
    })
  ).docs

const publishArticle = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'articles',
    data: {
      title,
      author: ada.id,
      body: lexical('Breathe slowly.'),
      topics: [grief.id],
      _status: 'published',
      ...extra,
    },
  })

describe('announcing changes to the website', () => {
  it('the product works the announcement queue every second by itself; tests work it by hand', async () => {
    const { jobsConfig } = await import('../../src/jobs')
    for (const NODE_ENV of ['production', 'development'] as const) {
      expect(jobsConfig({ NODE_ENV }).autoRun).toContainEqual(
        expect.objectContaining({ cron: '* * * * * *', queue: 'announce' }),
      )
      expect(jobsConfig({ NODE_ENV }).autoRun).toContainEqual(
        expect.objectContaining({ cron: '* * * * * *', queue: 'announce-bulk', limit: 1 }),
      )
    }
    expect(jobsConfig({ NODE_ENV: 'test' }).autoRun).toEqual([])
  })

  it('publishing queues the announcement; the job sends its pages with the secret, in the contract format', async () => {
    await publishArticle('Finding calm')
    expect(received).toHaveLength(0) // nothing is sent before the queue runs
    expect(await pendingJobs()).toHaveLength(1)

    await runQueue()
    expect(received).toHaveLength(1)
    expect(received[0].authorization).toBe(`Bearer ${SECRET}`)
    expect(received[0].contentType).toBe('application/json')
    expect(Object.keys(received[0].body)).toEqual(['paths'])
    expect(received[0].body.paths).toEqual([
      '/resources/finding-calm',
      '/',
      ...LIBRARY,
      ...topicPages('grief'),
      '/authors/ada-author',
      '/resources/feed.xml',
      '/sitemap.xml',
    ])
    expect(await pendingJobs()).toHaveLength(0) // done and deleted
  })

  it('an edit of a published article announces its pages again', async () => {
    const doc = await publishArticle('Edited later')
    await runQueue()
    received.length = 0
    await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'A new summary.' } })
    await runQueue()
    expect(announced()).toEqual(
      expect.arrayContaining([
        '/resources/edited-later',
        '/',
        ...LIBRARY,
        ...topicPages('grief'),
        '/authors/ada-author',
      ]),
    )
  })

  it('renaming announces the old address as well as the new one', async () => {
    const doc = await publishArticle('Old name')
    await runQueue()
    received.length = 0
    await payload.update({ collection: 'articles', id: doc.id, data: { slug: 'new-name', _status: 'published' } })
    await runQueue()
    expect(announced().slice(0, 2)).toEqual(['/resources/new-name', '/resources/old-name'])
  })

  it('a slug changed in a draft and then published announces the address visitors knew', async () => {
    const doc = await publishArticle('Known address')
    await runQueue()
    await payload.update({ collection: 'articles', id: doc.id, data: { slug: 'drafted-address' }, draft: true })
    await runQueue()
    received.length = 0
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } })
    await runQueue()
    expect(announced().slice(0, 2)).toEqual(['/resources/drafted-address', '/resources/known-address'])
  })

  it('moving an article to another topic announces both topics, and a co-author their page', async () => {
    const doc = await publishArticle('Moving on')
    await runQueue()
    received.length = 0
    await payload.update({ collection: 'articles', id: doc.id, data: { topics: [trust.id], coAuthors: [bo.id] } })
    await runQueue()
    expect(announced()).toEqual(
      expect.arrayContaining([
        ...topicPages('grief'),
        ...topicPages('trust'),
        '/authors/ada-author',
        '/authors/bo-writer',
      ]),
    )
  })

  it('unpublishing and deleting announce the pages the article leaves', async () => {
    const doc = await publishArticle('Soon hidden')
    await runQueue()
    received.length = 0
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' } })
    await runQueue()
    expect(announced()).toEqual(
      expect.arrayContaining([
        '/resources/soon-hidden',
        '/',
        ...LIBRARY,
        ...topicPages('grief'),
        '/authors/ada-author',
      ]),
    )

    const gone = await publishArticle('To delete')
    await runQueue()
    received.length = 0
    await payload.delete({ collection: 'articles', id: gone.id })
    await runQueue()
    expect(announced()).toEqual(
      expect.arrayContaining(['/resources/to-delete', '/', ...LIBRARY, ...topicPages('grief'), '/authors/ada-author']),
    )
  })

  it('an article that hand-picks another is announced with it', async () => {
    const picked = await publishArticle('Picked one')
    await publishArticle('Picker', { relatedArticles: [picked.id] })
    await runQueue()
    received.length = 0
    await payload.update({ collection: 'articles', id: picked.id, data: { title: 'Picked one, retitled' } })
    await runQueue()
    expect(announced()).toContain('/resources/picker')
  })

  it('drafts visitors cannot see announce nothing: a new draft, its autosaves, and a draft over a published article', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Private draft', author: ada.id, body: lexical('Text.') },
      draft: true,
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'Private draft 2' },
      draft: true,
      autosave: true,
    })
    const live = await publishArticle('Live one')
    await runQueue()
    received.length = 0
    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { title: 'Live one, reworded' },
      draft: true,
      autosave: true,
    })
    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { title: 'Live one, reworded again' },
      draft: true,
    })
    expect(await pendingJobs()).toHaveLength(0)
    await runQueue()
    expect(received).toHaveLength(0)
  })

  it('a website answering 500 makes the job retry later, without failing the save', async () => {
    answer = () => ({ status: 500, body: { message: 'boom' } })
    const doc = await publishArticle('Retried')
    expect(doc._status).toBe('published')
    await runQueue()
    expect(received).toHaveLength(1)
    const [job] = await pendingJobs()
    expect(job.hasError).toBeFalsy()
    expect(job.totalTried).toBe(1)
    expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now() - 100)

    answer = (paths) => ({ status: 200, body: { revalidated: paths, failed: [] } })
    await new Promise((r) => setTimeout(r, 1100)) // the first pause is one second
    await runQueue()
    expect(received).toHaveLength(2)
    expect(received[1].body).toEqual(received[0].body)
    expect(await pendingJobs()).toHaveLength(0)
  })

  it('a page the website could not refresh is retried too', async () => {
    answer = (paths) => ({ status: 200, body: { revalidated: paths.slice(1), failed: paths.slice(0, 1) } })
    await publishArticle('Partly failed')
    await runQueue()
    const [job] = await pendingJobs()
    expect(job.totalTried).toBe(1)
    expect(job.completedAt).toBeFalsy()
  })

  it('a website that is down does not fail the save; the announcement waits for it', async () => {
    await stopReceiver()
    try {
      const doc = await publishArticle('While down')
      expect(doc.id).toBeDefined()
      await runQueue()
      const [job] = await pendingJobs()
      expect(job.totalTried).toBe(1)
      expect(JSON.stringify(job.log)).toMatch(/did not answer/)
    } finally {
      await startReceiver() // same port
    }
    await new Promise((r) => setTimeout(r, 1100))
    await runQueue()
    expect(announced()[0]).toBe('/resources/while-down')
  })

  it('a service: its page, home, the services list, the contact form and the sitemap', async () => {
    const service = await payload.create({
      collection: 'services',
      data: {
        title: 'Couples coaching',
        summary: 'Together.',
        audience: ['couples'],
        providers: [ada.id],
        _status: 'published',
      },
    })
    await runQueue()
    expect(announced()).toEqual(['/services/couples-coaching', '/', '/services', '/contact', '/sitemap.xml'])
    received.length = 0
    await payload.update({ collection: 'services', id: service.id, data: { slug: 'coaching-for-couples' } })
    await runQueue()
    expect(announced().slice(0, 2)).toEqual(['/services/coaching-for-couples', '/services/couples-coaching'])
  })

  it('an author rename: both addresses, home, the lists naming them, their articles and services', async () => {
    const author = await payload.create({
      collection: 'authors',
      data: { name: 'Cy Clinician' },
      context: { disableRevalidate: true },
    })
    await payload.create({
      collection: 'articles',
      data: { title: 'By Cy', author: author.id, body: lexical('Text.'), topics: [trust.id], _status: 'published' },
      context: { disableRevalidate: true },
    })
    await payload.create({
      collection: 'services',
      data: {
        title: 'Cy service',
        summary: 'S.',
        audience: ['individuals'],
        providers: [author.id],
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    expect(await pendingJobs()).toHaveLength(0) // the seed's way of importing stays quiet
    await payload.update({
      collection: 'authors',
      id: author.id,
      data: { name: 'Cy Counsellor', slug: 'cy-counsellor' },
    })
    await runQueue()
    expect(announced()).toEqual([
      '/authors/cy-counsellor',
      '/authors/cy-clinician',
      '/',
      ...LIBRARY,
      ...topicPages('trust'),
      '/resources/feed.xml',
      '/services/cy-service',
      '/resources/by-cy',
      '/sitemap.xml',
    ])
  })

  it('a topic rename: both its addresses, every library view, and what is filed under it', async () => {
    const topic = await payload.create({
      collection: 'topics',
      data: { title: 'Anger' },
      context: { disableRevalidate: true },
    })
    await payload.create({
      collection: 'articles',
      data: { title: 'On anger', author: ada.id, body: lexical('Text.'), topics: [topic.id], _status: 'published' },
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { title: 'Anger and calm', slug: 'anger-and-calm' },
    })
    await runQueue()
    const paths = announced()
    expect(paths.slice(0, 6)).toEqual([...topicPages('anger-and-calm'), ...topicPages('anger')])
    expect(paths).toEqual(
      expect.arrayContaining([
        ...LIBRARY,
        ...topicPages('grief'),
        ...topicPages('trust'),
        '/resources/on-anger',
        '/sitemap.xml',
      ]),
    )
  })

  it('a practice change announces every published page, the most visited first', async () => {
    await payload.updateGlobal({ slug: 'practice', data: { name: 'A practice' } })
    expect(received).toHaveLength(0)
    await runQueue() // lists every published page, after the commit, and queues their announcements
    expect(received).toHaveLength(0)
    await runQueue()
    const paths = announced()
    expect(paths.slice(0, 8)).toEqual([
      '/',
      '/resources',
      '/services',
      '/contact',
      '/legal/good-faith-estimate',
      '/legal/complaints',
      '/legal/privacy',
      '/contact/thanks',
    ])
    expect(paths).toEqual(
      expect.arrayContaining([
        '/authors/ada-author',
        '/topics/grief',
        '/resources/finding-calm',
        '/services/coaching-for-couples',
      ]),
    )
    expect(paths).not.toContain('/resources/private-draft')
    expect(paths.at(-1)).toBe('/resources/feed.xml')
  })

  it('a change shown on more than 200 pages is sent 200 at a time, the first request at once and the rest behind it', async () => {
    const many = Array.from({ length: 230 }, (_, i) => ({ title: `Bulk ${i}` }))
    for (const a of many) {
      await payload.create({
        collection: 'articles',
        data: { title: a.title, author: bo.id, body: lexical('Text.'), _status: 'published' },
        context: { disableRevalidate: true },
      })
    }
    await payload.update({ collection: 'authors', id: bo.id, data: { role: 'Writer' } })
    await runQueue()
    expect(received).toHaveLength(1)
    expect(received[0].body.paths).toHaveLength(200)
    await payload.jobs.run({ queue: 'announce-bulk', limit: 100 })
    expect(received).toHaveLength(2)
    const all = announced()
    expect(new Set(all).size).toBe(all.length)
    expect(all).toEqual(expect.arrayContaining(many.map((_, i) => `/resources/bulk-${i}`)))
  }, 120_000)

  it('scheduled publishing announces too, once the scheduled job has published', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Scheduled piece', author: ada.id, body: lexical('Later.') },
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await runQueue()
    expect(received).toHaveLength(0)
    await payload.jobs.run() // the default queue, where Payload schedules publishing
    await runQueue()
    expect(announced()[0]).toBe('/resources/scheduled-piece')
  })

  it('an image: the pages that show it', async () => {
    const { PNG_1PX } = await import('../helpers/payload')
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A calm lake' },
      file: { data: PNG_1PX, mimetype: 'image/png', name: 'lake.png', size: PNG_1PX.length },
    })
    await runQueue()
    expect(received).toHaveLength(0) // a new image is shown nowhere yet
    await payload.create({
      collection: 'articles',
      data: { title: 'With a lake', author: ada.id, body: lexical('Text.'), heroImage: media.id, _status: 'published' },
      context: { disableRevalidate: true },
    })
    await payload.update({ collection: 'media', id: media.id, data: { alt: 'A still lake at dawn' } })
    await runQueue()
    expect(announced()).toEqual(['/resources/with-a-lake'])
  })
})
