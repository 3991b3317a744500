import type { Browser } from 'playwright-core'

import { autosaved, isAutosaveOf, publish, signIn } from './helpers/admin'
import { launch } from './helpers/browser'
import { editorToken } from './helpers/cms'
import { CMS, WEB } from './helpers/env'
import { serverLogTails } from './helpers/serverLogs'

/**
 * Staff in the admin, in a real Chromium: a new page with a text block, published, is on the
 * website; renamed in the admin, its old address leads to the new one.
 */
let browser: Browser
beforeAll(async () => (browser = await launch()))
afterAll(async () => browser?.close())

/**
 * How long a change may take to show: not a speed check (the bench times publish to visible),
 * but room for the CMS's announcement, and its retries, while CI runs other suites beside this one.
 */
const WITHIN_MS = 15_000

async function until(
  path: string,
  ok: (status: number, location: string | null, html: string) => boolean,
  explain: () => Promise<string> = async () => serverLogTails(),
  timeoutMs = WITHIN_MS,
) {
  const started = Date.now()
  for (;;) {
    const res = await fetch(`${WEB}${path}`, { redirect: 'manual' })
    const html = await res.text()
    if (ok(res.status, res.headers.get('location'), html)) return
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `${path}: status ${res.status} (x-nextjs-cache: ${res.headers.get('x-nextjs-cache')}) after ${timeoutMs} ms\n${await explain().catch((err) => `(could not say more: ${err})`)}`,
      )
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * What the CMS holds for a renamed page, for the failure message of a rename that never showed
 * on the site: the published pages at either address, the redirect, and what the servers logged.
 */
async function renameState(oldSlug: string, newSlug: string): Promise<string> {
  const auth = { authorization: `JWT ${await editorToken()}` }
  const read = async (query: string) => {
    const res = await fetch(`${CMS}/api/${query}`, { headers: auth })
    return `${query.split('?')[0]}: ${res.status} ${JSON.stringify(((await res.json()) as { docs?: unknown }).docs ?? '')}`
  }
  return [
    await read(
      `pages?where[slug][in]=${oldSlug},${newSlug}&depth=0&select[slug]=true&select[_status]=true&select[updatedAt]=true`,
    ),
    await read(`redirects?where[from][equals]=/${oldSlug}&depth=0`),
    serverLogTails(),
  ].join('\n')
}

type Page = import('playwright-core').Page

/**
 * The admin may autosave the page once more just after it is published (when an edit's autosave
 * was still due); the test lets it finish before the next edit (see `autosaved`). It waits a few
 * autosave intervals for one that starts after the publish was answered; if none comes, it goes on.
 */
const autosaveAfterPublish = (page: Page) =>
  page
    .waitForRequest((req) => isAutosaveOf('pages', req.url()), { timeout: 4_000 })
    .then((req) => req.response())
    .catch(() => null)

it('an editor builds a page from blocks, publishes it, renames it, and the old link leads to it', async () => {
  const admin = await (await browser.newContext()).newPage()
  await signIn(admin)
  const stamp = Date.now()
  await admin.goto(`${CMS}/admin/collections/pages/create`)
  // The first autosave gives the new page its address in the admin: let it finish too.
  const withTitle = autosaved(admin, 'pages', `Our approach ${stamp}`)
  await admin.locator('#field-title').fill(`Our approach ${stamp}`)
  await withTitle
  const withBlock = autosaved(admin, 'pages', '"blockType":"richText"')
  await admin.locator('.blocks-field__drawer-toggler').first().click()
  await admin
    .locator('.blocks-drawer__block .thumbnail-card')
    .filter({ hasText: /^Text$/ })
    .first()
    .click()
  await withBlock
  const editor = admin.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  const withText = autosaved(admin, 'pages', 'We listen first.')
  await editor.pressSequentially('We listen first.')
  await withText
  await publish(admin, 'pages')
  await autosaveAfterPublish(admin)
  const slug = `our-approach-${stamp}`
  await until(`/${slug}`, (status, _, html) => status === 200 && html.includes('We listen first.'))

  // The slug follows the title until an editor unlocks it (Payload's slug field).
  await admin.locator('#field-slug-lock').click()
  const withSlug = autosaved(admin, 'pages', `how-we-work-${stamp}`)
  await admin.locator('#field-slug').fill(`how-we-work-${stamp}`)
  await withSlug
  // What was published is the new address, not one an autosave put back.
  expect((await publish(admin, 'pages')).request.postData()).toContain(`how-we-work-${stamp}`)
  await until(`/how-we-work-${stamp}`, (status, _, html) => status === 200 && html.includes('We listen first.'))
  await until(
    `/${slug}`,
    (status, location) => status === 308 && Boolean(location?.endsWith(`/how-we-work-${stamp}`)),
    () => renameState(slug, `how-we-work-${stamp}`),
  )
  await admin.context().close()
})
