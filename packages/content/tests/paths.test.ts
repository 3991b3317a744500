import { batchPaths, LIST_PAGES_ANNOUNCED, pathsForChange, sitePathsByVisits, type SiteInventory } from '../src/paths'

const library = ['/resources', '/resources/page/2', '/resources/page/3']
const topicPages = (slug: string) => [`/topics/${slug}`, `/topics/${slug}/page/2`, `/topics/${slug}/page/3`]

describe('pathsForChange: articles', () => {
  const hope = { slug: 'hope', topics: ['grief'], authors: ['ada'] }

  it('publishing announces the article, home, the first library and topic pages, its authors, the feed and the sitemap', () => {
    expect(pathsForChange({ collection: 'articles', before: null, after: hope })).toEqual([
      '/resources/hope',
      '/',
      ...library,
      ...topicPages('grief'),
      '/authors/ada',
      '/resources/feed.xml',
      '/sitemap.xml',
    ])
    expect(LIST_PAGES_ANNOUNCED).toBe(3)
  })

  it('an edit announces the same pages, each once', () => {
    const paths = pathsForChange({ collection: 'articles', before: hope, after: hope })
    expect(paths).toEqual(pathsForChange({ collection: 'articles', before: null, after: hope }))
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('unpublishing or deleting announces the pages it disappears from', () => {
    expect(pathsForChange({ collection: 'articles', before: hope, after: null })).toEqual(
      pathsForChange({ collection: 'articles', before: null, after: hope }),
    )
  })

  it('a rename announces the old address too, so it stops showing the article', () => {
    const paths = pathsForChange({ collection: 'articles', before: hope, after: { ...hope, slug: 'new-hope' } })
    expect(paths.slice(0, 2)).toEqual(['/resources/new-hope', '/resources/hope'])
  })

  it('moving it to another topic announces the pages of both topics', () => {
    const paths = pathsForChange({ collection: 'articles', before: hope, after: { ...hope, topics: ['trust'] } })
    expect(paths).toEqual(expect.arrayContaining([...topicPages('grief'), ...topicPages('trust')]))
  })

  it('adding or removing a co-author announces every author page it was or is on', () => {
    const paths = pathsForChange({ collection: 'articles', before: hope, after: { ...hope, authors: ['ada', 'bo'] } })
    expect(paths).toEqual(expect.arrayContaining(['/authors/ada', '/authors/bo']))
    const removed = pathsForChange({ collection: 'articles', before: { ...hope, authors: ['ada', 'bo'] }, after: hope })
    expect(removed).toContain('/authors/bo')
  })

  it('announces the articles that hand-pick it as related', () => {
    expect(pathsForChange({ collection: 'articles', before: hope, after: hope, pickedBy: ['calm'] })).toContain(
      '/resources/calm',
    )
  })

  it('a draft nobody could see announces nothing', () => {
    expect(pathsForChange({ collection: 'articles', before: null, after: null })).toEqual([])
  })

  it('encodes slugs like every link to them', () => {
    expect(pathsForChange({ collection: 'articles', before: null, after: { slug: 'a b' } })[0]).toBe('/resources/a%20b')
  })
})

describe('pathsForChange: services', () => {
  it('announce the service, home, the services list, the contact form and the sitemap', () => {
    expect(pathsForChange({ collection: 'services', before: null, after: { slug: 'coaching' } })).toEqual([
      '/services/coaching',
      '/',
      '/services',
      '/contact',
      '/sitemap.xml',
    ])
  })

  it('a rename or an unpublish announces the old address', () => {
    expect(
      pathsForChange({ collection: 'services', before: { slug: 'old' }, after: { slug: 'new' } }).slice(0, 2),
    ).toEqual(['/services/new', '/services/old'])
    expect(pathsForChange({ collection: 'services', before: { slug: 'old' }, after: null })[0]).toBe('/services/old')
    expect(pathsForChange({ collection: 'services', before: null, after: null })).toEqual([])
  })
})

describe('pathsForChange: authors', () => {
  it('announce their page (old and new), home, the lists naming them, their articles and the services they provide', () => {
    const paths = pathsForChange({
      collection: 'authors',
      before: { slug: 'ada' },
      after: { slug: 'ada-lovelace' },
      shownOn: {
        articles: [
          { slug: 'hope', topics: ['grief'] },
          { slug: 'calm', topics: ['grief', 'trust'] },
        ],
        services: ['coaching'],
      },
    })
    expect(paths).toEqual([
      '/authors/ada-lovelace',
      '/authors/ada',
      '/',
      ...library,
      ...topicPages('grief'),
      ...topicPages('trust'),
      '/resources/feed.xml',
      '/services/coaching',
      '/resources/hope',
      '/resources/calm',
      '/sitemap.xml',
    ])
  })

  it('an author without articles: their page, home and the sitemap', () => {
    expect(
      pathsForChange({
        collection: 'authors',
        before: null,
        after: { slug: 'bo' },
        shownOn: { articles: [], services: [] },
      }),
    ).toEqual(['/authors/bo', '/', '/sitemap.xml'])
  })
})

describe('pathsForChange: topics', () => {
  it('announce the topic pages (old and new), every library view (they list the topics) and what links to it', () => {
    const paths = pathsForChange({
      collection: 'topics',
      before: { slug: 'grief' },
      after: { slug: 'loss' },
      shownOn: { allTopics: ['loss', 'trust'], articles: ['hope'], authors: ['ada'], services: ['coaching'] },
    })
    expect(paths).toEqual([
      ...topicPages('loss'),
      ...topicPages('grief'),
      ...library,
      ...topicPages('trust'),
      '/services/coaching',
      '/authors/ada',
      '/resources/hope',
      '/sitemap.xml',
    ])
  })
})

describe('pathsForChange: media', () => {
  it('announce the pages that show the image: articles, services, and an author photo wherever their card is', () => {
    expect(
      pathsForChange({
        collection: 'media',
        shownOn: {
          articles: ['hope'],
          services: ['coaching'],
          authors: [{ slug: 'ada', articles: [{ slug: 'calm' }], services: ['couples'] }],
        },
      }),
    ).toEqual(['/resources/hope', '/services/coaching', '/', '/authors/ada', '/services/couples', '/resources/calm'])
  })

  it('an image nothing shows announces nothing', () => {
    expect(pathsForChange({ collection: 'media', shownOn: { articles: [], services: [], authors: [] } })).toEqual([])
  })
})

describe('pathsForChange: the practice (every page shows it in its chrome)', () => {
  const site: SiteInventory = {
    articles: Array.from({ length: 25 }, (_, i) => `a${i}`),
    authors: ['ada'],
    services: ['coaching'],
    topics: [
      { slug: 'grief', articles: 11 },
      { slug: 'empty', articles: 0 },
    ],
  }

  it('announces every published page, the most visited first', () => {
    const paths = pathsForChange({ collection: 'practice', site })
    expect(paths.slice(0, 10)).toEqual([
      '/',
      '/resources',
      '/services',
      '/contact',
      '/legal/good-faith-estimate',
      '/legal/complaints',
      '/legal/privacy',
      '/contact/thanks',
      '/services/coaching',
      '/authors/ada',
    ])
    expect(paths).toEqual(sitePathsByVisits(site))
    // 25 articles: three library pages; a topic with 11 has two, an empty one still has its first.
    expect(paths).toEqual(
      expect.arrayContaining([
        '/resources/page/2',
        '/resources/page/3',
        '/topics/grief/page/2',
        '/topics/empty',
        '/resources/a24',
      ]),
    )
    expect(paths).not.toContain('/resources/page/4')
    expect(paths).not.toContain('/topics/grief/page/3')
    expect(paths).not.toContain('/topics/empty/page/2')
    expect(paths.indexOf('/resources/a0')).toBeLessThan(paths.indexOf('/resources/page/2'))
    expect(paths.at(-1)).toBe('/resources/feed.xml')
    expect(new Set(paths).size).toBe(paths.length)
  })
})

describe('batchPaths', () => {
  it('splits into requests of at most 200 paths, in order', () => {
    const paths = Array.from({ length: 450 }, (_, i) => `/p${i}`)
    const batches = batchPaths(paths)
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50])
    expect(batches.flat()).toEqual(paths)
    expect(batchPaths([])).toEqual([])
  })
})
