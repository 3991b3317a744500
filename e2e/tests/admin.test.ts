import type { Browser, Page } from 'playwright-core'

import { autosaved, draftArticle, signIn } from './helpers/admin'
import { axeViolations, launch } from './helpers/browser'
import { CMS, WEB } from './helpers/env'

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launch()
  page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage()
  await signIn(page)
})
afterAll(async () => browser?.close())

/** The admin's REST API as the signed-in person, from inside the admin (its session cookie, same origin). */
const api = (path: string) =>
  page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    if (!res.ok) throw new Error(`${url} answered ${res.status}`)
    return res.json()
  }, `${CMS}${path}`)

/** Every article the signed-in person can see, drafts included. */
const articleCount = async () => (await api('/api/articles?draft=true&limit=1&depth=0')).totalDocs as number

/**
 * Violations of axe's serious and critical rules that come from Payload's own admin markup, which
 * this project cannot change without patching Payload. Each is allowed only on the elements
 * named here, so a new violation, or one of these rules on our own components, fails the test.
 */
const UPSTREAM: Record<string, string> = {
  // react-select's dropdown arrow (relationship and upload fields) is aria-hidden yet focusable.
  'aria-hidden-focus': '.react-select',
  // Lexical's editable area has no accessible name; Payload offers no option to give it one.
  'aria-input-field-name': '.rich-text-lexical',
  // Icon-only buttons: Lexical's toolbar, the publish menu's arrow and the date picker's clear button.
  'button-name': '.rich-text-lexical .fixed-toolbar, .doc-controls, .date-time-picker',
  // The document tabs: "Versions" with its count as visible text, and a <ul> holding non-<li> children.
  'label-content-name-mismatch': '.doc-tabs',
  list: '.doc-tabs',
  // The date picker's input is not tied to the field's <label>.
  label: '.date-time-picker',
}

describe('the admin, as staff meet it', () => {
  it('shows the practice’s name and mark, and a dashboard that starts staff off', async () => {
    await page.goto(`${CMS}/admin`)
    const start = page.locator('section.start-here')
    await start.waitFor()
    await expect(start.getByRole('heading', { name: 'Start here' }).count()).resolves.toBe(1)
    for (const link of ['Write an article', 'My drafts', 'Scheduled', 'New appointment requests']) {
      await expect(start.getByRole('link', { name: link }).count()).resolves.toBe(1)
    }
    await expect(start.getByText(/requests? (is|are) waiting for a reply/).count()).resolves.toBe(1)
    // Payload's own logo is gone from the navigation; the practice's mark is there.
    await expect(page.locator('svg.graphic-icon').count()).resolves.toBe(0)
    await expect(page.locator('link[rel="icon"][href="/practice-icon.svg"]').count()).resolves.toBeGreaterThan(0)

    await page.context().clearCookies()
    await page.goto(`${CMS}/admin/login`)
    await expect(page.locator('.practice-logo__name').textContent()).resolves.toBe(
      'Resilient Mind Counseling and Coaching',
    )
    await signIn(page)
  })

  it('"Create new" leaves no untitled draft behind when staff back out', async () => {
    const before = await articleCount()
    expect((await api('/api/users/me')).user?.email).toBeTruthy() // counted as staff, so drafts are included
    await page.goto(`${CMS}/admin/collections/articles/create`)
    await page.locator('#field-title').waitFor()
    await page.waitForTimeout(3000) // longer than the autosave interval
    expect(new URL(page.url()).pathname).toBe('/admin/collections/articles/create')
    await page.goto(`${CMS}/admin/collections/articles`)
    expect(await articleCount()).toBe(before)
  })

  it('the body editor has a visible toolbar with headings, lists, links and quotes', async () => {
    await page.goto(`${CMS}/admin/collections/articles/create`)
    const toolbar = page.locator('.rich-text-lexical .fixed-toolbar').first()
    await toolbar.waitFor({ state: 'visible' })
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    // The block-type menu holds the headings (h2-h4: the page owns h1), lists and quote; links are a button.
    await toolbar.locator('.toolbar-popup__dropdown-text').click()
    for (const key of ['h2', 'h3', 'h4', 'unorderedList', 'orderedList', 'blockquote']) {
      await expect(page.locator(`.toolbar-popup__dropdown-item-${key}`).count()).resolves.toBe(1)
    }
    await expect(page.locator('.toolbar-popup__dropdown-item-h1').count()).resolves.toBe(0)
    await page.keyboard.press('Escape')
    await expect(toolbar.locator('.toolbar-popup__button-link').count()).resolves.toBe(1)
  })

  it('an excerpt left alone follows the body after the first save, and the SEO checks pass', async () => {
    const title = `Excerpt follows ${Date.now()}`
    await draftArticle(page, title, 'Half a sen')
    const created = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/articles' && r.ok(),
    )
    await page.locator('#action-save-draft').click()
    await created
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.press('End')
    const typed = autosaved(page, 'articles', 'how slowly it returns.')
    await editor.pressSequentially('tence grew into a full thought about trust, and how slowly it returns.')
    await typed
    const id = new URL(page.url()).pathname.split('/').pop()
    const doc = await api(`/api/articles/${id}?draft=true&depth=0`)
    expect(doc.excerpt).toBe('Half a sentence grew into a full thought about trust, and how slowly it returns.')
    expect(doc.meta.title).toBe(title)

    expect(doc.meta.description).toBe(doc.excerpt)

    // As staff find it when they come back: title and description pass; this draft has no image.
    await page.reload()
    await page.locator('.tabs-field__tab-button', { hasText: 'SEO' }).click()
    await page.getByText(/checks are passing/).waitFor()
    await expect(page.getByText('2/3 checks are passing').count()).resolves.toBe(1)
    // The search preview shows the article's address on the website, not "https://...".
    await page
      .locator(`a[href="${new URL(`/resources/${doc.slug}`, WEB)}"]`)
      .first()
      .waitFor({ timeout: 10_000 })
    await expect(page.getByText('https://...').count()).resolves.toBe(0)
  })

  it('schedules in the practice’s time zone, and says the publication date is not a scheduler', async () => {
    await expect(page.getByText('changing it does not schedule anything').count()).resolves.toBe(1)
    // "Schedule Publish" is in the menu next to Publish (the arrow); try the document's menus in turn.
    const schedule = page.getByText(/Schedule Publish/i).first()
    for (const trigger of await page.locator('.doc-controls .popup-button').all()) {
      await trigger.click()
      if (await schedule.isVisible()) break
      await page.keyboard.press('Escape')
    }
    await schedule.click()
    const picker = page.locator('.schedule-publish .timezone-picker')
    await picker.waitFor()
    await expect(picker.textContent()).resolves.toContain('Central (Texas) – Chicago')
    await page.keyboard.press('Escape')
  })

  it('labels say what things are and where they show', async () => {
    await page.goto(`${CMS}/admin/globals/practice`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Safety & legal' }).click()
    for (const label of ['Crisis notice (on every page)', 'Quick exit goes to']) {
      await expect(page.locator('label', { hasText: label }).count()).resolves.toBe(1)
    }
    await expect(page.getByText('Quick Exit Url').count()).resolves.toBe(0)
  })

  it('the article edit page has no serious or critical accessibility violations of our own (axe)', async () => {
    const id = (await api('/api/articles?limit=1&depth=0')).docs[0].id
    await page.goto(`${CMS}/admin/collections/articles/${id}`)
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().waitFor()
    await page.waitForTimeout(1000)
    const serious = (await axeViolations(page, 50)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    const ours: string[] = []
    for (const v of serious) {
      for (const target of v.nodes) {
        const within = UPSTREAM[v.id]
        const upstream = within
          ? await page
              .locator(target)
              .first()
              .evaluate((el, sel) => Boolean(el.closest(sel)), within)
          : false
        if (!upstream) ours.push(`${v.id}: ${target}`)
      }
    }
    expect(ours).toEqual([])
    // Say so when Payload fixes one, so the list above shrinks with it.
    console.log(`axe serious/critical rules on the article edit page: ${serious.map((v) => v.id).join(', ') || 'none'}`)
  })
})
