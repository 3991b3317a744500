import { gzipSync } from 'node:zlib'

import type { Browser, BrowserContext } from 'playwright-core'

import { launch, watchForeignRequests } from './helpers/browser'
import { CMS, SEED_ARTICLE, WEB } from './helpers/env'

let browser: Browser
let context: BrowserContext
beforeAll(async () => {
  browser = await launch()
  context = await browser.newContext()
})
afterAll(async () => browser?.close())

describe('a visitor', () => {
  it('goes from home to the library, filters by topic, searches "trust" and reads the seed article', async () => {
    const page = await context.newPage()
    const foreign = watchForeignRequests(page, WEB)

    await page.goto(WEB)
    await expect(page.locator('h1').textContent()).resolves.toBe('Resilient Mind Counseling and Coaching')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).click()
    await page.waitForURL(`${WEB}/resources`)
    await expect(page.locator('h1').textContent()).resolves.toBe('Resource library')
    await expect(page.getByRole('link', { name: SEED_ARTICLE.title }).count()).resolves.toBe(1)
    await expect(page.locator('.card .meta').first().textContent()).resolves.toContain('Kathryn Fayle')

    await page
      .getByRole('navigation', { name: 'Filter by topic' })
      .getByRole('link', { name: 'Rebuilding trust' })
      .click()
    await page.waitForURL(`${WEB}/topics/rebuilding-trust`)
    await expect(page.locator('h1').textContent()).resolves.toBe('Rebuilding trust')
    await expect(
      page.getByRole('navigation', { name: 'Filter by topic' }).locator('[aria-current="page"]').textContent(),
    ).resolves.toBe('Rebuilding trust')
    await expect(page.getByRole('link', { name: SEED_ARTICLE.title }).count()).resolves.toBe(1)

    await page.getByLabel('Search the library').fill('trust')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(`${WEB}/search?q=trust&topic=rebuilding-trust`)
    const first = page.locator('.search-results > li').first()
    await expect(first.getByRole('heading').textContent()).resolves.toBe(SEED_ARTICLE.title)
    const marks = await first.locator('mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((m) => m.toLowerCase().startsWith('trust'))).toBe(true)

    await first.getByRole('link').click()
    await page.waitForURL(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(SEED_ARTICLE.title)
    const sections = await page.locator('article .prose h2').allTextContents()
    expect(sections).toEqual([
      'The Fear of Shame',
      'A Compassionate Approach to Understanding the Betrayal',
      'Healing the Relationship Through Accountability and Growth',
      'Restoring Trust: A Step-by-Step Process',
      'Finding Hope Beyond the Guilt',
      'Final Thoughts',
    ])
    const steps = await page.locator('article .prose ul > li').allTextContents()
    expect(steps).toHaveLength(4)
    expect(steps.map((s) => s.split(':')[0])).toEqual([
      'Transparency',
      'Consistent Effort',
      'Rebuilding Emotional Intimacy',
      'Commitment to Change',
    ])
    const credentials = await page.getByRole('list', { name: 'Credentials' }).locator('li').allTextContents()
    expect(credentials.join(' | ')).toEqual(expect.stringContaining('LPC – Licensed Professional Counselor'))
    for (const abbr of ['LPC', 'NCC', 'CSAT', 'CPC']) expect(credentials.some((c) => c.startsWith(abbr))).toBe(true)

    // Private by design: nothing fetched from another host, no cookie set.
    expect(foreign).toEqual([])
    expect(await context.cookies()).toEqual([])
    await page.close()
  })

  it('can read every kind of page without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const page = await noJs.newPage()
    for (const [path, heading] of [
      ['/', 'Resilient Mind Counseling and Coaching'],
      [`/resources/${SEED_ARTICLE.slug}`, SEED_ARTICLE.title],
      ['/search?q=trust', 'Resource library'],
      ['/authors/kathryn-fayle', 'Kathryn Fayle'],
      ['/services', 'Services'],
      ['/services/coaching', 'Coaching'],
      ['/topics/rebuilding-trust', 'Rebuilding trust'],
    ]) {
      const res = await page.goto(`${WEB}${path}`)
      expect(res?.status()).toBe(200)
      await expect(page.locator('h1').textContent()).resolves.toBe(heading)
    }
    // The search form works as a plain HTML form.
    await page.goto(`${WEB}/resources`)
    await page.getByLabel('Search the library').fill('betrayed')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(`${WEB}/search?q=betrayed`)
    await expect(page.locator('.search-results > li').count()).resolves.toBeGreaterThan(0)
    await noJs.close()
  })

  it('gets a readable 400, not a 500, for an address that cannot be decoded', async () => {
    for (const path of ['/resources/%E0%A4', '/topics/%E0%A4%A', '/authors/%ZZ']) {
      const res = await fetch(`${WEB}${path}`)
      expect({ path, status: res.status }).toEqual({ path, status: 400 })
      expect(await res.text()).toContain('That address is not valid')
    }
    // An escape that decodes is an ordinary address: here, an article that does not exist.
    expect((await fetch(`${WEB}/resources/caf%C3%A9`)).status).toBe(404)
  })

  it('gets home, the services list, the library, its topics and its pages from the page cache; only a search is rendered per request', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${WEB}${path}`)
      return {
        status: res.status,
        cache: res.headers.get('x-nextjs-cache'),
        cacheControl: res.headers.get('cache-control'),
        html: await res.text(),
      }
    }
    // Short failure messages: the page, and whether its HTML has the text.
    const shows = (path: string, html: string, pattern: RegExp) =>
      expect({ path, shows: pattern.source, found: pattern.test(html) }).toEqual({
        path,
        shows: pattern.source,
        found: true,
      })

    const library = /<h1>Resource library<\/h1>/
    const topic = /<h1>Rebuilding trust<\/h1>/
    const cached: [string, RegExp][] = [
      ['/', /<h1 id="intro">Resilient Mind Counseling and Coaching<\/h1>/],
      ['/services', /<h1>Services<\/h1>/],
      ['/resources', library],
      ['/resources/page/2', library],
      ['/topics/rebuilding-trust', topic],
      ['/topics/rebuilding-trust/page/2', topic],
    ]
    for (const [path, heading] of cached) {
      await get(path) // the first visit renders and caches it
      const again = await get(path)
      expect({ path, status: again.status, cache: again.cache }).toEqual({ path, status: 200, cache: 'HIT' })
      shows(path, again.html, heading)
    }
    shows('topic', (await get('/topics/rebuilding-trust')).html, /aria-current="page"[^>]*>Rebuilding trust<\/a>/)
    shows('page 2', (await get('/resources/page/2')).html, /There is no page 2\./)
    shows('topic page 2', (await get('/topics/rebuilding-trust/page/2')).html, /There is no page 2\./)

    const search = await get('/search?q=trust')
    expect({ status: search.status, cache: search.cache, noStore: search.cacheControl?.includes('no-store') }).toEqual({
      status: 200,
      cache: null,
      noStore: true,
    })
    shows('search', search.html, /<title[^>]*>Search: trust/)
    shows(
      'search in a topic',
      (await get('/search?q=trust&topic=rebuilding-trust')).html,
      /aria-current="page"[^>]*>Rebuilding trust<\/a>/,
    )

    // Links shared when the library's views were queries move for good to their own addresses;
    // a search sent without words goes to the page it was made from.
    const moves = [
      ['/resources?topic=rebuilding-trust', '/topics/rebuilding-trust'],
      ['/resources?topic=rebuilding-trust&page=2', '/topics/rebuilding-trust/page/2'],
      ['/resources?page=2', '/resources/page/2'],
      ['/resources?q=trust&topic=rebuilding-trust', '/search?q=trust&topic=rebuilding-trust'],
      ['/resources?topic=no%20such&q=%20', '/topics/no%20such'],
    ]
    for (const [from, to] of moves) {
      const res = await fetch(`${WEB}${from}`, { redirect: 'manual' })
      expect({ from, status: res.status, location: res.headers.get('location') }).toEqual({
        from,
        status: 308,
        location: to,
      })
    }
    const empty = await fetch(`${WEB}/search?q=+&topic=rebuilding-trust`, { redirect: 'manual' })
    expect({ status: empty.status, location: empty.headers.get('location') }).toEqual({
      status: 307,
      location: '/topics/rebuilding-trust',
    })

    // A topic that does not exist (or a value that could not be one) and a page number that is
    // not one are a 404.
    for (const path of [
      '/topics/no-such-topic',
      '/topics/no-such-topic/page/2',
      '/resources?topic=%E0%A4%A',
      '/resources/page/0',
      '/resources/page/two',
    ]) {
      const res = await get(path)
      expect({ path, status: res.status }).toEqual({ path, status: 404 })
      shows(path, res.html, /We can’t find that page/)
    }
  })

  it('gets a 404 page inside the site layout for unknown addresses', async () => {
    const page = await context.newPage()
    for (const path of ['/resources/no-such-article', '/no/such/page', '/no-such-page']) {
      const res = await page.goto(`${WEB}${path}`)
      expect(res?.status()).toBe(404)
      await expect(page.locator('h1').textContent()).resolves.toBe('We can’t find that page')
      await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(1)
      await expect(page.locator('footer.site-footer').count()).resolves.toBe(1)
    }
    await page.close()
  })

  // The 500 is a Pages Router page without runtime like the reading pages (the 404 cannot be:
  // docs/architecture.md), so a visitor meeting an error still has the safety bar, the
  // navigation and no framework script to wait for.
  it('gets the server-error page inside the site layout, with no script files', async () => {
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url())
    })
    const res = await page.goto(`${WEB}/500`, { waitUntil: 'load' })
    expect(res?.status()).toBe(500)
    await expect(page.locator('h1').textContent()).resolves.toBe('This page can’t be shown right now')
    await expect(page.getByRole('complementary', { name: 'Crisis support' }).textContent()).resolves.toContain('988')
    await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(1)
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex')
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents()
    expect(scripts).toEqual([])
    expect(inline).toHaveLength(1)
    expect(inline[0]).toContain('quick-exit')
    await page.close()
  })

  // The site is built while the CMS is down (npm test builds before any server starts), so
  // no page may keep what it rendered then: an empty notice or a header without the name.
  it('sees the CMS content on pages that need nothing but the Practice global, though the site was built without the CMS', async () => {
    const practice = await (await fetch(`${CMS}/api/globals/practice?depth=0`)).json()
    expect(practice.name).toBe('Resilient Mind Counseling and Coaching')
    const notices: [string, RegExp][] = [
      ['/legal/good-faith-estimate', /right to receive a .{1,12}Good Faith Estimate/],
      ['/legal/complaints', /Texas Behavioral Health Executive Council/],
      ['/legal/privacy', /sets no cookies for visitors/],
    ]
    for (const [path, text] of notices) {
      const html = await (await fetch(`${WEB}${path}`)).text()
      expect({ path, notice: text.test(html), unavailable: html.includes('not available right now') }).toEqual({
        path,
        notice: true,
        unavailable: false,
      })
    }
    for (const [path, status] of [
      ['/contact/thanks', 200],
      ['/legal/privacy', 200],
      ['/no/such/page', 404],
    ] as const) {
      const res = await fetch(`${WEB}${path}`)
      const html = await res.text()
      const footerName = html.match(/class="footer-name">([^<]*)</)?.[1]
      expect({ path, status: res.status, footerName }).toEqual({ path, status, footerName: practice.name })
    }
  })

  it('finds SEO metadata, JSON-LD, the sitemap, robots.txt, the RSS feed and the OG image', async () => {
    const page = await context.newPage()
    await page.goto(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(canonical).toBe(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBeTruthy()
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(ogImage).toContain('/opengraph-image')
    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t))
    const article = ld.find((d) => d['@type'] === 'Article')
    expect(article.author[0]).toMatchObject({ '@type': 'Person', name: 'Kathryn Fayle' })
    expect(article.author[0].hasCredential.map((c: { alternateName?: string }) => c.alternateName)).toEqual(
      expect.arrayContaining(['LPC', 'CSAT']),
    )

    const og = await fetch(ogImage!)
    expect(og.headers.get('content-type')).toBe('image/png')
    expect((await og.arrayBuffer()).byteLength).toBeGreaterThan(5000)

    await page.goto(WEB)
    const homeLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) =>
      JSON.parse(t),
    )
    expect(homeLd.find((d) => d['@type'] === 'ProfessionalService')?.name).toBe(
      'Resilient Mind Counseling and Coaching',
    )
    await page.goto(`${WEB}/services/coaching`)
    const serviceLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) =>
      JSON.parse(t),
    )
    expect(serviceLd.find((d) => d['@type'] === 'Service')?.name).toBe('Coaching')

    const sitemap = await (await fetch(`${WEB}/sitemap.xml`)).text()
    expect(sitemap).toContain(`<loc>${WEB}/resources/${SEED_ARTICLE.slug}</loc>`)
    expect(sitemap).toContain(`<loc>${WEB}/authors/kathryn-fayle</loc>`)
    expect(sitemap).toContain(`<loc>${WEB}/services/coaching</loc>`)
    // The site icon, also where browsers look for it without asking the page: no 404 in the console.
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toContain('/icon.svg')
    const favicon = await fetch(`${WEB}/favicon.ico`)
    expect({ status: favicon.status, type: favicon.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'image/svg+xml',
    })
    const robots = await (await fetch(`${WEB}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${WEB}/sitemap.xml`)
    expect(robots).toContain('Disallow: /preview/')
    const feed = await fetch(`${WEB}/resources/feed.xml`)
    expect(feed.headers.get('content-type')).toContain('application/rss+xml')
    const rss = await feed.text()
    expect(rss).toContain(`<link>${WEB}/resources/${SEED_ARTICLE.slug}</link>`)
    expect(rss).toContain('<dc:creator>Kathryn Fayle</dc:creator>')
    await page.close()
  })

  it('sends an article with no script files: only the inline quick-exit script runs (size printed)', async () => {
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url())
    })
    await page.goto(`${WEB}/resources/${SEED_ARTICLE.slug}`, { waitUntil: 'load' })
    await page.waitForTimeout(500)
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents()
    const gzipped = gzipSync(Buffer.from(inline.join('\n')), { level: 9 }).length
    console.log(
      `article first-load JS: ${scripts.length} files, ${inline.length} inline script(s), ${(gzipped / 1024).toFixed(1)} KiB gzipped`,
    )
    expect(scripts).toEqual([])
    expect(inline).toHaveLength(1)
    expect(inline[0]).toContain('quick-exit')
    // Still the whole article, with its links: the page needs no script to be read or left.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED_ARTICLE.title)
    await page.getByRole('link', { name: 'Resource library' }).first().click()
    await page.waitForURL(`${WEB}/resources`)
    await page.close()
  })
})
