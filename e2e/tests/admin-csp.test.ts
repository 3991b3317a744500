import type { Browser, Page } from 'playwright-core'

import { signIn } from './helpers/admin'
import { launch } from './helpers/browser'
import { CMS, WEB } from './helpers/env'

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
afterAll(async () => browser?.close())

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
  await page.goto(`${CMS}/admin/collections/articles`)
  await page.locator('.table a, table a').first().click()
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.waitFor()
  await editor.click()
  await page.keyboard.type(' csp')
  await page.locator('#live-preview-toggler, .live-preview-toggler').first().click()
  await page.locator('iframe').first().waitFor({ state: 'attached' })
  await page.goto(`${CMS}/admin/collections/media/create`)
  await page.locator('input[type="file"]').first().waitFor({ state: 'attached' })
  await page.goto(`${CMS}/admin/globals/practice`)
  await page.locator('#field-name').waitFor()
  await page.goto(`${CMS}/admin/account`)
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
  expect(foreign).toEqual([])
})
