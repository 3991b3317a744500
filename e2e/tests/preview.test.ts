import type { Browser } from 'playwright-core'

import { signIn } from './helpers/admin'
import { launch } from './helpers/browser'
import { CMS, SEED_ARTICLE, WEB } from './helpers/env'

let browser: Browser
beforeAll(async () => (browser = await launch()))
afterAll(async () => browser?.close())

describe('draft preview', () => {
  it('shows an editor a draft that an anonymous visitor cannot see', async () => {
    const editorContext = await browser.newContext()
    const admin = await editorContext.newPage()
    await signIn(admin)

    // A draft change to the published seed article, and a brand-new draft, saved through REST with the editor's session.
    const draftTitle = `Draft only: a gentler beginning ${Date.now()}`
    const saved = await admin.evaluate(
      async ({ cms, slug, title }) => {
        const find = await (
          await fetch(`${cms}/api/articles?where[slug][equals]=${slug}&depth=0`, { credentials: 'include' })
        ).json()
        const id = find.docs[0].id
        const patch = await fetch(`${cms}/api/articles/${id}?draft=true`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title }),
        })
        return patch.status
      },
      { cms: CMS, slug: SEED_ARTICLE.slug, title: draftTitle },
    )
    expect(saved).toBe(200)

    // Anonymous: the published title, never the draft; no preview without a session.
    const anon = await (await browser.newContext()).newPage()
    await anon.goto(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    await expect(anon.locator('h1').textContent()).resolves.toBe(SEED_ARTICLE.title)
    const refused = await anon.goto(`${WEB}/api/preview?path=/resources/${SEED_ARTICLE.slug}`)
    expect(refused?.status()).toBe(401)
    await anon.goto(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    await expect(anon.locator('h1').textContent()).resolves.toBe(SEED_ARTICLE.title)
    // The editors' article page, asked for without draft mode (or with a forged cookie), sends
    // the visitor to the published page.
    await anon.context().addCookies([{ name: '__prerender_bypass', value: 'forged', url: WEB }])
    await anon.goto(`${WEB}/preview/resources/${SEED_ARTICLE.slug}`)
    expect(new URL(anon.url()).pathname).toBe(`/resources/${SEED_ARTICLE.slug}`)
    await expect(anon.locator('h1').textContent()).resolves.toBe(SEED_ARTICLE.title)

    // The editor: the preview route checks the session with the CMS, turns on draft mode and
    // redirects; in draft mode an article is shown by the editors' page, with live preview.
    const preview = await editorContext.newPage()
    await preview.goto(`${WEB}/api/preview?path=/resources/${SEED_ARTICLE.slug}`)
    expect(new URL(preview.url()).pathname).toBe(`/preview/resources/${SEED_ARTICLE.slug}`)
    await expect(preview.locator('h1').textContent()).resolves.toBe(draftTitle)
    await expect(preview.getByRole('region', { name: 'Preview' }).count()).resolves.toBe(1)

    // Leaving preview shows the published version again.
    await preview.getByRole('link', { name: 'Leave preview' }).click()
    await preview.waitForURL(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    await expect(preview.locator('h1').textContent()).resolves.toBe(SEED_ARTICLE.title)

    const bad = await preview.goto(`${WEB}/api/preview?path=https://elsewhere.example/`)
    expect(bad?.status()).toBe(400)
    await editorContext.close()
  })

  it('the admin offers the preview button pointing at the web preview route', async () => {
    const context = await browser.newContext()
    const admin = await context.newPage()
    await signIn(admin)
    const found = await admin.evaluate(
      async (cms) =>
        (await (await fetch(`${cms}/api/articles?limit=1&depth=0`, { credentials: 'include' })).json()).docs[0].id,
      CMS,
    )
    await admin.goto(`${CMS}/admin/collections/articles/${found}`)
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      admin
        .locator('#preview-button, .preview-btn, button[aria-label="Preview"], a[aria-label="Preview"]')
        .first()
        .click(),
    ])
    await popup.waitForLoadState()
    expect(popup.url()).toMatch(new RegExp(`^${WEB}/preview/resources/`))
    await context.close()
  })

  it('live preview in the admin shows the page and refreshes it when the editor saves', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    const admin = await context.newPage()
    await signIn(admin)
    const id = await admin.evaluate(
      async ({ cms, slug }) =>
        (
          await (
            await fetch(`${cms}/api/articles?where[slug][equals]=${slug}&depth=0`, { credentials: 'include' })
          ).json()
        ).docs[0].id,
      { cms: CMS, slug: SEED_ARTICLE.slug },
    )
    await admin.goto(`${CMS}/admin/collections/articles/${id}`)
    await admin.locator('#live-preview-toggler').click()
    const frame = admin
      .frameLocator('iframe.live-preview-iframe, .live-preview-window iframe, iframe[title*="review"]')
      .first()
    await frame.locator('h1').waitFor({ timeout: 30_000 })

    const edited = `Live edit ${Date.now()}`
    await admin.locator('#field-title').fill(edited)
    await expect(frame.locator('h1', { hasText: edited }).waitFor({ timeout: 15_000 })).resolves.toBeUndefined()
    await context.close()
  })
})
