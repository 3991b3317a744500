import type { Page, Response } from 'playwright-core'

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

/** The collections whose admin forms the tests drive. */
type Edited = 'articles' | 'pages'

const isSaveOf = (collection: Edited, url: string) => new RegExp(`^/api/${collection}(/|$)`).test(new URL(url).pathname)

/** Whether a request to `url` is an autosave of a document of `collection`. */
export const isAutosaveOf = (collection: Edited, url: string) =>
  isSaveOf(collection, url) && new URL(url).searchParams.get('autosave') === 'true'

/** A save's answer, which must be a success: a refused one fails at once, with what the CMS said. */
async function succeeded(answer: Promise<Response>, what: string): Promise<Response> {
  const res = await answer
  if (!res.ok()) throw new Error(`${what} was answered ${res.status()}: ${(await res.text()).slice(0, 500)}`)
  return res
}

/** The admin's save of a document with the given status, once answered. */
function saved(page: Page, collection: Edited, status: 'published' | 'draft') {
  const answer = page.waitForResponse(
    (res) =>
      isSaveOf(collection, res.url()) &&
      ['POST', 'PATCH'].includes(res.request().method()) &&
      (res.request().postData() ?? '').includes(`"_status":"${status}"`),
    { timeout: 30_000 },
  )
  return succeeded(answer, `Saving as ${status}`)
}

/**
 * The autosave that carries `text`, once answered. When an autosave's answer comes back, the
 * admin sets the form's fields to what that request saved, so an edit made while it was out is
 * lost (payloadcms/payload#17676: a block's text typed meanwhile, then published empty, or an
 * unlocked slug locked again). A test, like an editor who waits for "saved", lets the autosave
 * of each edit finish before the next one. Start waiting before the edit.
 */
export function autosaved(page: Page, collection: Edited, text: string) {
  const answer = page.waitForResponse(
    (res) => isAutosaveOf(collection, res.url()) && (res.request().postData() ?? '').includes(text),
    { timeout: 30_000 },
  )
  return succeeded(answer, 'The autosave')
}

/**
 * Clicks Publish and waits for the CMS to accept the save; returns when the click happened and
 * the request the admin sent.
 */
export async function publish(page: Page, collection: Edited = 'articles') {
  const button = page.locator('#action-save')
  await button.waitFor({ state: 'visible' })
  const answer = saved(page, collection, 'published')
  const clickedAt = Date.now()
  await button.click()
  return { clickedAt, request: (await answer).request() }
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
  const answer = saved(page, 'articles', 'draft')
  const clickedAt = Date.now()
  await confirm.click()
  await answer
  return clickedAt
}
