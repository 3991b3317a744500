import type { Page } from 'playwright-core'

import { CMS, EDITOR } from './env'

/**
 * An admin screen's first render is heavy, and `npm test` runs the suites two at a time on the
 * CI machine's 2 cores: it can take longer than Playwright's 30-s default to appear.
 */
const ADMIN_SCREEN_TIMEOUT_MS = 60_000

/** Signs in through the admin's login form, as an editor would; the page then waits for admin screens as long as they may take. */
export async function signIn(page: Page) {
  page.setDefaultTimeout(ADMIN_SCREEN_TIMEOUT_MS)
  await page.goto(`${CMS}/admin/login`)
  await page.locator('input[name="email"]').fill(EDITOR.email)
  await page.locator('input[name="password"]').fill(EDITOR.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}

/** Writes a new article in the admin (title, body, author) without publishing it yet. */
export async function draftArticle(page: Page, title: string, paragraph: string) {
  await page.goto(`${CMS}/admin/collections/articles/create`)
  await page.locator('#field-title').fill(title)
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await editor.pressSequentially(paragraph)
  // The author is on the form's Settings tab.
  const author = page.locator('#field-author')
  if (!(await author.isVisible())) await page.locator('.tabs-field__tab-button', { hasText: 'Settings' }).click()
  await author.click()
  await page.locator('.rs__option', { hasText: 'Kathryn Fayle' }).first().click()
}

/** Resolves when the admin's save of an article with the given status has been answered OK. */
function savedArticle(page: Page, status: 'published' | 'draft') {
  return page.waitForResponse(
    (res) =>
      /\/api\/articles(\/|\?|$)/.test(new URL(res.url()).pathname + new URL(res.url()).search) &&
      ['POST', 'PATCH'].includes(res.request().method()) &&
      res.ok() &&
      (res.request().postData() ?? '').includes(`"_status":"${status}"`),
    { timeout: 30_000 },
  )
}

/** Clicks Publish and waits for the admin to confirm; returns when the click happened. */
export async function publish(page: Page): Promise<number> {
  const button = page.locator('#action-save')
  await button.waitFor({ state: 'visible' })
  const saved = savedArticle(page, 'published')
  const clickedAt = Date.now()
  await button.click()
  await saved
  return clickedAt
}

/** Unpublishes the open document through the admin's document controls. */
export async function unpublish(page: Page): Promise<number> {
  const trigger = page.locator('#action-unpublish')
  if (!(await trigger.isVisible())) {
    // The Unpublish action lives in a popup menu next to the publish button.
    await page.locator('.doc-controls .popup-button, .doc-controls__popup .popup-button').last().click()
  }
  await trigger.click()
  const confirm = page.locator('#confirm-action')
  await confirm.waitFor({ state: 'visible' })
  const saved = savedArticle(page, 'draft')
  const clickedAt = Date.now()
  await confirm.click()
  await saved
  return clickedAt
}
