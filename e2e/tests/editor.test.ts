import type { Browser, Page } from 'playwright-core'

import { draftArticle, publish, signIn, unpublish } from './helpers/admin'
import { launch } from './helpers/browser'
import { REVALIDATE_SECRET, WEB } from './helpers/env'

let browser: Browser
beforeAll(async () => (browser = await launch()))
afterAll(async () => browser?.close())

/** Reloads a page (the library unless told) until the article is shown or gone; returns when it was. */
async function pollForArticle(
  page: Page,
  title: string,
  wantVisible: boolean,
  timeoutMs: number,
  path = '/resources',
): Promise<number> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    await page.goto(`${WEB}${path}`)
    const visible = (await page.getByRole('link', { name: title }).count()) > 0
    if (visible === wantVisible) return Date.now()
    await page.waitForTimeout(150)
  }
  throw new Error(`"${title}" was ${wantVisible ? 'not shown' : 'still shown'} on ${path} after ${timeoutMs} ms`)
}

describe('an editor', () => {
  it('publishes an article in the admin and sees it on the library and home within 5 s; unpublishing removes it, and its page', async () => {
    const admin = await (await browser.newContext()).newPage()
    const visitor = await (await browser.newContext()).newPage()
    const title = `Small steps toward calm ${Date.now()}`

    // The library and home are cached before the change, as they would be on a live site.
    for (const path of ['/resources', '/']) {
      await pollForArticle(visitor, title, false, 5000, path)
      await visitor.goto(`${WEB}${path}`)
    }

    await signIn(admin)
    await draftArticle(admin, title, 'Breathing slowly for a minute can settle a racing mind.')
    const { clickedAt: publishedAt } = await publish(admin)
    const visibleAt = await pollForArticle(visitor, title, true, 5000)
    const publishToVisible = visibleAt - publishedAt
    console.log(`publish-to-visible: ${publishToVisible} ms`)
    expect(publishToVisible).toBeLessThan(5000)
    expect((await pollForArticle(visitor, title, true, 5000, '/')) - publishedAt).toBeLessThan(5000) // "Latest from the resource library"

    // The article's own page (the Pages Router one, without JavaScript), cached as visitors see it.
    const articleUrl = (await visitor.getByRole('link', { name: title }).first().getAttribute('href'))!
    for (let i = 0; i < 2; i++) expect((await fetch(`${WEB}${articleUrl}`)).status).toBe(200)
    expect((await fetch(`${WEB}${articleUrl}`)).headers.get('x-nextjs-cache')).toBe('HIT')

    const unpublishedAt = await unpublish(admin)
    const goneAt = await pollForArticle(visitor, title, false, 5000)
    console.log(`unpublish-to-gone: ${goneAt - unpublishedAt} ms`)
    // Its cached page goes too: the CMS's announcement reaches the article's cache tags.
    const articleDeadline = unpublishedAt + 5000
    let articleStatus = 200
    while (articleStatus !== 404 && Date.now() < articleDeadline) {
      articleStatus = (await fetch(`${WEB}${articleUrl}`)).status
      if (articleStatus !== 404) await visitor.waitForTimeout(150)
    }
    expect({ articleUrl, status: articleStatus }).toEqual({ articleUrl, status: 404 })
    await pollForArticle(visitor, title, false, 5000, '/')
    await admin.context().close()
    await visitor.context().close()
  })
})

describe('the revalidation route', () => {
  const post = (body: string, auth?: string) =>
    fetch(`${WEB}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth && { authorization: auth }) },
      body,
    })

  it('answers 401 without the shared secret or with a wrong one', async () => {
    for (const auth of [undefined, 'Bearer wrong-secret', REVALIDATE_SECRET]) {
      const res = await post('{"paths":["/"]}', auth)
      expect(res.status).toBe(401)
      expect((await res.json()).message).toContain('Authorization: Bearer')
    }
  })

  it('answers 400 with a reason for a body it cannot use', async () => {
    const auth = `Bearer ${REVALIDATE_SECRET}`
    for (const [body, reason] of [
      ['not json', '{"paths": ['],
      ['{}', '{"paths": ['],
      ['{"tags":["articles"]}', '{"paths": ['],
      ['{"paths":[]}', 'non-empty list of paths'],
      ['{"paths":[42]}', 'Each path must be a path on this site'],
      ['{"paths":["https://elsewhere.example/"]}', 'Each path must be a path on this site'],
    ]) {
      const res = await post(body, auth)
      expect({ body, status: res.status }).toEqual({ body, status: 400 })
      expect((await res.json()).message).toContain(reason)
    }
  })

  it('renders each path again at once, once however often it is named; an address with nothing there becomes a 404', async () => {
    const res = await post(
      JSON.stringify({ paths: ['/', '/resources', '/', '/no/such/page', '/resources/feed.xml'] }),
      `Bearer ${REVALIDATE_SECRET}`,
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      // Any other address is a practice page's (pages/[...path].tsx): with none there, a 404.
      revalidated: ['/', '/resources', '/no/such/page'],
      failed: [],
      notCached: ['/resources/feed.xml'],
    })
    expect((await fetch(`${WEB}/no/such/page`)).status).toBe(404)
    const home = await fetch(`${WEB}/`)
    expect({ status: home.status, cache: home.headers.get('x-nextjs-cache') }).toEqual({ status: 200, cache: 'HIT' })
  })
})
