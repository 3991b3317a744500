import type { Payload } from 'payload'

import type { Staff, lexical as Lexical } from '../helpers/payload'
import { startStandInWebsite } from '../helpers/standInWebsite'

/**
 * Practice pages (blocks, reserved addresses, who may publish), the navigation links that point
 * at them, and redirects: created when a published address changes, collapsed so that an old
 * address always leads straight to the document, never looping; each announced to the website.
 * A real HTTP server stands in for the web's /api/revalidate.
 */
let website: Awaited<ReturnType<typeof startStandInWebsite>>
let payload: Payload
let lexical: typeof Lexical
let staff: Staff
let author: { id: number }
let service: { id: number; slug?: string | null }

beforeAll(async () => {
  website = await startStandInWebsite()
  const helpers = await import('../helpers/payload')
  lexical = helpers.lexical
  payload = await helpers.startPayload()
  staff = await helpers.createStaff(payload)
  const quiet = { context: { disableRevalidate: true } }
  author = await payload.create({ collection: 'authors', data: { name: 'Ada Author' }, ...quiet })
  service = await payload.create({
    collection: 'services',
    data: { title: 'Couples Counseling', summary: 'For couples.', audience: ['couples'], _status: 'published' },
    ...quiet,
  })
})
afterAll(async () => {
  await payload.destroy()
  await website.close()
})
beforeEach(async () => {
  website.received.length = 0
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

const runQueue = () => payload.jobs.run({ queue: 'announce', limit: 100 })
const announced = () => website.received.flat()
const text = (content = 'We are a counseling practice in Texas.') => ({
  blockType: 'richText' as const,
  content: lexical(content),
})

const publishPage = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'pages', data: { title, layout: [text()], _status: 'published', ...extra } })

const publishArticle = (title: string) =>
  payload.create({
    collection: 'articles',
    data: { title, author: author.id, body: lexical('Breathe.'), _status: 'published' },
  })

const redirectsFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 1 })).docs

/** Where a stored redirect leads: the referenced document's address, or its typed path. */
const targetOf = (r: {
  to?: { type?: string | null; url?: string | null; reference?: { relationTo: string; value: unknown } | null } | null
}) =>
  r.to?.type === 'custom'
    ? r.to.url
    : `${r.to?.reference?.relationTo}:${(r.to?.reference?.value as { slug?: string }).slug}`

/** A redirect to a typed address, without its status: the default (308, permanent) applies. */
const toPath = (from: string, url: string) =>
  ({ from, to: { type: 'custom', url } }) as { from: string; to: { type: 'custom'; url: string }; type: '308' }

const messageOf = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    const e = err as { message: string; data?: { errors?: { message: string }[] } }
    return [e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join(' | ')
  }
  throw new Error('expected the operation to fail')
}

describe('pages', () => {
  it('visitors read published pages only; authors draft, editors publish', async () => {
    const draft = await payload.create({
      collection: 'pages',
      data: { title: 'Fees and insurance', layout: [text('Draft wording.')] },
      draft: true,
      user: staff.author,
      overrideAccess: false,
    })
    expect(draft.slug).toBe('fees-and-insurance')
    const publishByAuthor = payload.update({
      collection: 'pages',
      id: draft.id,
      data: { _status: 'published' },
      user: staff.author,
      overrideAccess: false,
    })
    expect(await messageOf(publishByAuthor)).toMatch(/editor or admin publishes/)

    const anonymous = { overrideAccess: false } as const
    expect(
      (await payload.find({ collection: 'pages', where: { slug: { equals: 'fees-and-insurance' } }, ...anonymous }))
        .docs,
    ).toHaveLength(0)
    expect(
      await messageOf(payload.create({ collection: 'pages', data: { title: 'Spam', layout: [text()] }, ...anonymous })),
    ).toMatch(/not allowed/i)

    await payload.update({
      collection: 'pages',
      id: draft.id,
      data: { _status: 'published' },
      user: staff.editor,
      overrideAccess: false,
    })
    const seen = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'fees-and-insurance' } },
      ...anonymous,
    })
    expect(seen.docs.map((d) => d.title)).toEqual(['Fees and insurance'])
    expect(
      await messageOf(payload.delete({ collection: 'pages', id: draft.id, user: staff.author, overrideAccess: false })),
    ).toMatch(/not allowed/i)
  })

  it('refuses the website’s own addresses as page slugs, with a message that says why', async () => {
    const services = await messageOf(publishPage('Services'))
    expect(services).toMatch(/"\/services" is already an address of the website/)
    expect(await messageOf(publishPage('Our resources', { slug: 'resources' }))).toMatch(
      /already an address of the website/,
    )
    expect(await messageOf(publishPage('API', { slug: 'api' }))).toMatch(/already an address/)
    expect(await messageOf(publishPage('Shouting', { slug: 'SERVICES' }))).toMatch(/already an address/) // made lowercase first
    const ok = await publishPage('Our services explained')
    expect(ok.slug).toBe('our-services-explained')
  })

  it('validates blocks: a published page needs content, images need a file, questions need answers, links a target', async () => {
    expect(await messageOf(publishPage('Empty', { layout: [] }))).toMatch(/layout|content/i)
    expect(await messageOf(publishPage('No image', { layout: [{ blockType: 'image', caption: 'A chair' }] }))).toMatch(
      /image/i,
    )
    expect(
      await messageOf(
        publishPage('No answers', { layout: [{ blockType: 'faq', items: [{ question: 'How long?' }] }] }),
      ),
    ).toMatch(/answer/i)
    expect(await messageOf(publishPage('No questions', { layout: [{ blockType: 'faq', items: [] }] }))).toMatch(
      /question|items|row/i,
    )
    expect(
      await messageOf(
        publishPage('Dangling', { layout: [{ blockType: 'callToAction', label: 'Read more', type: 'page' }] }),
      ),
    ).toMatch(/Choose the page/)
    expect(
      await messageOf(
        publishPage('Elsewhere', {
          layout: [{ blockType: 'callToAction', label: 'Go', type: 'path', href: 'https://evil.example/' }],
        }),
      ),
    ).toMatch(/path on this website/)

    const page = await publishPage('What to expect', {
      layout: [
        text('Walking into a first session can feel daunting.'),
        { blockType: 'faq', items: [{ question: 'How long is a session?', answer: 'Ask us; we will tell you.' }] },
        { blockType: 'servicesList' },
        { blockType: 'latestArticles', count: 3 },
        { blockType: 'authorCards' },
        { blockType: 'callToAction', label: 'Request an appointment', type: 'contact', service: service.id },
      ],
    })
    const read = await payload.findByID({ collection: 'pages', id: page.id, depth: 0 })
    expect(read.layout.map((b) => b.blockType)).toEqual([
      'richText',
      'faq',
      'servicesList',
      'latestArticles',
      'authorCards',
      'callToAction',
    ])
    const cta = read.layout[5] as { href?: string | null }
    expect(cta.href).toBe('/contact?service=couples-counseling')
  })

  it('a drafted "About" page with nothing in it can be saved, for staff to fill later', async () => {
    const about = await payload.create({ collection: 'pages', data: { title: 'About', layout: [] }, draft: true })
    expect(about._status).toBe('draft')
  })

  it('publishing, renaming and unpublishing a page announce its addresses and the sitemap', async () => {
    const page = await publishPage('Our approach')
    await runQueue()
    expect(announced()).toEqual(['/our-approach', '/sitemap.xml'])
    website.received.length = 0
    await payload.update({ collection: 'pages', id: page.id, data: { slug: 'how-we-work', _status: 'published' } })
    await runQueue()
    // The page's two addresses (the old one now answered with the new redirect), once each.
    expect(announced()).toEqual(['/how-we-work', '/our-approach', '/sitemap.xml'])
    website.received.length = 0
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' } })
    await runQueue()
    // Its old address (a cached redirect to it) now leads to a 404 too.
    expect(announced().sort()).toEqual(['/how-we-work', '/our-approach', '/sitemap.xml'])
  })

  it('a page listing the latest articles is announced when an article is published', async () => {
    await publishPage('Reading room', { layout: [{ blockType: 'latestArticles', count: 3 }] })
    await runQueue()
    website.received.length = 0
    await publishArticle('A new article for the reading room')
    await runQueue()
    expect(announced()).toContain('/reading-room')
    expect(announced()).not.toContain('/fees-and-insurance') // text only: nothing of the article shows there
  })
})

describe('navigation links in the Practice global', () => {
  it('link to pages, services, the library and the request form by choice; the address follows a rename', async () => {
    const page = await publishPage('Meet the team')
    const draftPage = await payload.create({
      collection: 'pages',
      data: { title: 'Coming soon', layout: [text()] },
      draft: true,
    })
    await payload.updateGlobal({
      slug: 'practice',
      data: {
        name: 'Resilient Mind',
        navigation: [
          { label: 'Resources', type: 'library' },
          { label: 'Services', type: 'services' },
          { label: 'Couples', type: 'service', service: service.id },
          { label: 'Team', type: 'page', page: page.id },
          { label: 'Soon', type: 'page', page: draftPage.id },
          { label: 'Request an appointment', type: 'contact' },
          { label: 'Page two', type: 'path', href: '/resources/page/2' },
        ],
        footerLinks: [{ label: 'Team', type: 'page', page: page.id }],
      },
    })
    const hrefs = async () => {
      const practice = await payload.findGlobal({ slug: 'practice', depth: 1, overrideAccess: false })
      return [practice.navigation?.map((n) => n.href), practice.footerLinks?.map((n) => n.href)]
    }
    expect(await hrefs()).toEqual([
      [
        '/resources',
        '/services',
        '/services/couples-counseling',
        '/meet-the-team',
        null,
        '/contact',
        '/resources/page/2',
      ],
      ['/meet-the-team'],
    ])

    await runQueue()
    website.received.length = 0
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await payload.update({ collection: 'pages', id: page.id, data: { slug: 'our-team', _status: 'published' } })
    expect((await hrefs())[0]?.[3]).toBe('/our-team')
    // The page is in every page's navigation: the whole site is announced.
    const site = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'announceSite' } } })
    expect(site.docs).toHaveLength(1)
  })

  it('refuses a typed address that is not on this site', async () => {
    const bad = payload.updateGlobal({
      slug: 'practice',
      data: { name: 'Resilient Mind', navigation: [{ label: 'Away', type: 'path', href: '//evil.example/x' }] },
    })
    expect(await messageOf(bad)).toMatch(/path on this website/)
  })
})

describe('redirects', () => {
  it('renaming a published article redirects the old address; a second rename collapses the chain; renaming back removes the redirect', async () => {
    const article = await publishArticle('First name')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: 'second-name', _status: 'published' },
    })
    const first = await redirectsFrom('/resources/first-name')
    expect(first.map((r) => [r.type, targetOf(r)])).toEqual([['308', 'articles:second-name']])

    await payload.update({ collection: 'articles', id: article.id, data: { slug: 'third-name', _status: 'published' } })
    // Both old addresses lead straight to the article's current address: no A → B → C chain.
    expect((await redirectsFrom('/resources/first-name')).map(targetOf)).toEqual(['articles:third-name'])
    expect((await redirectsFrom('/resources/second-name')).map(targetOf)).toEqual(['articles:third-name'])

    await payload.update({ collection: 'articles', id: article.id, data: { slug: 'first-name', _status: 'published' } })
    expect(await redirectsFrom('/resources/first-name')).toHaveLength(0) // its own address again: no loop
    expect((await redirectsFrom('/resources/third-name')).map(targetOf)).toEqual(['articles:first-name'])
  })

  it('a rename is announced once its redirect is written, so the website finds it when it renders the old address', async () => {
    // On SQLite Payload runs without transactions: a queued announcement may be worked at once.
    const page = await publishPage('Named once')
    const queue = payload.jobs.queue
    const redirectWrittenWhenQueued: boolean[] = []
    // What the queue is given, looked at in the save's own request before it is queued.
    payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
      if ('task' in args && args.task === 'announceChange') {
        const where = { from: { equals: '/named-once' } }
        const { totalDocs } = await payload.count({ collection: 'redirects', where, req: args.req })
        redirectWrittenWhenQueued.push(totalDocs > 0)
      }
      return queue(args)
    }) as typeof queue
    try {
      await payload.update({ collection: 'pages', id: page.id, data: { slug: 'named-twice', _status: 'published' } })
    } finally {
      payload.jobs.queue = queue
    }
    expect(redirectWrittenWhenQueued).toEqual([true])
  })

  it('a slug changed in a draft redirects only once published; renaming a draft-only document redirects nothing', async () => {
    const article = await publishArticle('Published address')
    await payload.update({ collection: 'articles', id: article.id, data: { slug: 'drafted-address' }, draft: true })
    expect(await redirectsFrom('/resources/published-address')).toHaveLength(0)
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect((await redirectsFrom('/resources/published-address')).map(targetOf)).toEqual(['articles:drafted-address'])

    const draft = await payload.create({
      collection: 'pages',
      data: { title: 'Never published', layout: [text()] },
      draft: true,
    })
    await payload.update({ collection: 'pages', id: draft.id, data: { slug: 'still-never-published' }, draft: true })
    expect(await redirectsFrom('/never-published')).toHaveLength(0)
  })

  it('renaming a service, an author, a topic or a page redirects its old address', async () => {
    const topic = await payload.create({ collection: 'topics', data: { title: 'Old topic' } })
    await payload.update({ collection: 'topics', id: topic.id, data: { slug: 'new-topic' } })
    const someone = await payload.create({ collection: 'authors', data: { name: 'Bo Writer' } })
    await payload.update({ collection: 'authors', id: someone.id, data: { slug: 'bo-w' } })
    const svc = await payload.create({
      collection: 'services',
      data: { title: 'Grief Support', summary: 'After a loss.', audience: ['individuals'], _status: 'published' },
    })
    await payload.update({
      collection: 'services',
      id: svc.id,
      data: { slug: 'grief-counseling', _status: 'published' },
    })
    const page = await publishPage('Fees')
    await payload.update({ collection: 'pages', id: page.id, data: { slug: 'fees-and-payment', _status: 'published' } })

    expect((await redirectsFrom('/topics/old-topic')).map(targetOf)).toEqual(['topics:new-topic'])
    expect((await redirectsFrom('/authors/bo-writer')).map(targetOf)).toEqual(['authors:bo-w'])
    expect((await redirectsFrom('/services/grief-support')).map(targetOf)).toEqual(['services:grief-counseling'])
    expect((await redirectsFrom('/fees')).map(targetOf)).toEqual(['pages:fees-and-payment'])
  })

  it('staff add their own (old WordPress addresses); one that led to a renamed address follows the document', async () => {
    const article = await publishArticle('When a grandparent dies')
    const wp = await payload.create({
      collection: 'redirects',
      data: toPath('/2025/03/18/when-a-grandparent-dies/', '/resources/when-a-grandparent-dies'),
      user: staff.editor,
      overrideAccess: false,
    })
    expect(wp.type).toBe('308') // permanent by default
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: 'losing-a-grandparent', _status: 'published' },
    })
    const [after] = await redirectsFrom('/2025/03/18/when-a-grandparent-dies/')
    expect(targetOf(after)).toBe('articles:losing-a-grandparent')

    const byAuthor = payload.create({
      collection: 'redirects',
      data: toPath('/old', '/resources'),
      user: staff.author,
      overrideAccess: false,
    })
    expect(await messageOf(byAuthor)).toMatch(/not allowed/i)
    // Visitors' website reads them without an account.
    expect((await payload.find({ collection: 'redirects', overrideAccess: false })).totalDocs).toBeGreaterThan(0)
  })

  it('refuses old addresses that are not paths of this site, duplicates, and loops', async () => {
    const create = (from: string, url: string) => payload.create({ collection: 'redirects', data: toPath(from, url) })
    expect(await messageOf(create('https://evil.example/x', '/resources'))).toMatch(/path on this site/)
    expect(await messageOf(create('//evil.example/x', '/resources'))).toMatch(/path on this site/)
    expect(await messageOf(create('/', '/resources'))).toMatch(/home page/)
    expect(await messageOf(create('/?p=12', '/resources'))).toMatch(/by their path only/)
    expect(await messageOf(create('/a/../b', '/resources'))).toMatch(/"\.\."/)
    expect(await messageOf(create('/api/articles', '/resources'))).toMatch(/used by the website itself/)
    expect(await messageOf(create('/somewhere', 'javascript:alert(1)'))).toMatch(/path on this site|https/)
    expect(await messageOf(create('/to-itself', '/to-itself/'))).toMatch(/back to its own address/)

    await create('/loop-a', '/loop-b')
    expect(await messageOf(create('/loop-b/', '/loop-a'))).toMatch(/back to its own address/)
    expect(await messageOf(create('/loop-a/', '/resources'))).toMatch(/already a redirect from "\/loop-a"/)
    const external = await create('/old-booking', 'https://booking.example/resilient-mind')
    expect(external.to?.url).toBe('https://booking.example/resilient-mind')
  })

  it('unpublishing a document announces the old addresses that redirect to it; deleting it removes those redirects', async () => {
    const article = await publishArticle('Soon withdrawn')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: 'soon-withdrawn-2', _status: 'published' },
    })
    await runQueue()
    website.received.length = 0
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    await runQueue()
    expect(announced()).toContain('/resources/soon-withdrawn')

    website.received.length = 0
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await redirectsFrom('/resources/soon-withdrawn')).toHaveLength(0)
    await runQueue()
    expect(announced()).toContain('/resources/soon-withdrawn')
    // A draft saved over a published page announces no redirect.
    const page = await publishPage('Steady page')
    await payload.update({ collection: 'pages', id: page.id, data: { slug: 'steady-page-2', _status: 'published' } })
    await runQueue()
    website.received.length = 0
    await payload.update({ collection: 'pages', id: page.id, data: { title: 'Steady page, reworded' }, draft: true })
    await runQueue()
    expect(announced()).toEqual([])
  })

  it('a new, changed or deleted redirect announces its old address as the website serves it', async () => {
    const r = await payload.create({ collection: 'redirects', data: toPath('/2024/01/02/a-post/', '/resources') })
    await runQueue()
    expect(announced()).toEqual(['/2024/01/02/a-post'])
    website.received.length = 0
    await payload.update({ collection: 'redirects', id: r.id, data: { from: '/2024/01/03/a-post' } })
    await runQueue()
    expect(announced()).toEqual(['/2024/01/03/a-post', '/2024/01/02/a-post'])
    website.received.length = 0
    await payload.delete({ collection: 'redirects', id: r.id })
    await runQueue()
    expect(announced()).toEqual(['/2024/01/03/a-post'])
  })
})
