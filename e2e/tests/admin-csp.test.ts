import type { Browser, Page } from 'playwright-core'

import { signIn } from './helpers/admin'
import { launch } from './helpers/browser'
import { CMS, SEED_ARTICLE, WEB } from './helpers/env'

/**
 * The admin under its real, enforced Content-Security-Policy (apps/cms/src/proxy.ts): the main
 * screens work and nothing is refused, and nothing loads from another host (no gravatar).
 * A policy that is too strict shows up here as a violation; one that is too loose, in
 * apps/cms/tests/unit/security-headers.test.ts.
 */
let browser: Browser
let page: Page
const violations: string[] = []
const foreign: string[] = []

beforeAll(async () => {
  browser = await launch()
  page = await browser.newPage()
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(`${v} on ${page.url()}`))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.effectiveDirective} ${e.blockedURI}`,
      ),
    ),
  )
  page.on('request', (req) => {
    const url = req.url()
    // Live Preview frames the website: the one other origin the admin may show.
    if (!url.startsWith(CMS) && !url.startsWith(WEB) && !/^(data|blob):/.test(url)) foreign.push(url)
  })
})
afterAll(async () => {
  await restoreArticlePreference()
  await browser?.close()
})

/**
 * Opening Live Preview is remembered for the editor (Payload's `collection-articles`
 * preference), so every later test would find the article editor split in two. The test puts
 * the preference back as it found it, through Payload's preferences REST endpoints.
 */
const ARTICLE_PREFERENCE = `${CMS}/api/payload-preferences/collection-articles`
// Payload takes the session cookie from a request that names an allowed origin (its csrf list).
const asTheAdmin = { headers: { origin: CMS } }
let articlePreference: unknown

async function rememberArticlePreference() {
  const res = await page.request.get(ARTICLE_PREFERENCE, asTheAdmin)
  // An editor who never chose has none: Payload answers with `value: null`.
  if (!res.ok()) throw new Error(`reading the editor's preference: HTTP ${res.status()}`)
  articlePreference = ((await res.json()) as { value: unknown }).value
}

async function restoreArticlePreference() {
  if (articlePreference === undefined) return
  const res =
    articlePreference === null
      ? await page.request.delete(ARTICLE_PREFERENCE, asTheAdmin)
      : await page.request.post(ARTICLE_PREFERENCE, { ...asTheAdmin, data: { value: articlePreference } })
  if (!res.ok() && res.status() !== 404) throw new Error(`restoring the editor's preference: HTTP ${res.status()}`)
}

it('sends a nonce policy that forbids framing', async () => {
  const res = await page.goto(`${CMS}/admin/login`)
  const headers = res!.headers()
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
})

it('the main admin screens work under it without a single violation', async () => {
  await signIn(page)
  await rememberArticlePreference()
  await page.goto(`${CMS}/admin/collections/articles`)
  await page.locator('.table a, table a').first().waitFor()
  // Then the seed article, by its id: Payload reopens the tab an editor last chose on a document
  // (a preference), and other tests leave articles of their own on other tabs than the body's.
  const seed = await page.request.get(
    `${CMS}/api/articles?where[slug][equals]=${SEED_ARTICLE.slug}&depth=0&select[slug]=true`,
    asTheAdmin,
  )
  const seedId = seed.ok() ? ((await seed.json()) as { docs: { id: number }[] }).docs[0]?.id : undefined
  if (seedId === undefined) throw new Error(`The seed article was not found: HTTP ${seed.status()}`)
  await page.goto(`${CMS}/admin/collections/articles/${seedId}`)
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.waitFor()
  await editor.click()
  await page.keyboard.type(' csp')
  // Live Preview frames the website; it may already be open (the preview tests leave it so).
  if ((articlePreference as { editViewType?: string } | null)?.editViewType !== 'live-preview')
    await page.locator('#live-preview-toggler, .live-preview-toggler').first().click()
  await page.locator('iframe').first().waitFor({ state: 'attached' })
  await page.goto(`${CMS}/admin/collections/media/create`)
  await page.locator('input[type="file"]').first().waitFor({ state: 'attached' })
  await page.goto(`${CMS}/admin/globals/practice`)
  // Its form opens on the tab last chosen (the admin tests leave it on "Safety & legal").
  await page.locator('.tabs-field__tab-button', { hasText: 'About' }).click()
  await page.locator('#field-name').waitFor()
  await page.goto(`${CMS}/admin/account`)
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
  expect(foreign).toEqual([])
})
