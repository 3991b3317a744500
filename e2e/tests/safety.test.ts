import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, launch, watchForeignRequests } from './helpers/browser'
import { CMS, EDITOR, SEED_ARTICLE, WEB } from './helpers/env'

/**
 * Visitor safety and appointment requests: the crisis notice and quick exit on every page,
 * leaving for good with quick exit, the request form with and without JavaScript, privacy
 * (no other hosts, no cookies) and accessibility of the form's three states.
 */
const NEUTRAL = 'https://www.weather.gov/'
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

/** The neutral site is another host this machine cannot reach: answer for it in the browser. */
async function neutralSiteContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options)
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Forecast</h1>' }),
  )
  return context
}

/** Each browser test fills the form from its own address, as separate visitors would. */
let visitor = 0
async function asVisitor(context: BrowserContext) {
  visitor += 1
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${visitor}` })
}

async function sitemapPaths(): Promise<string[]> {
  const xml = await (await fetch(`${WEB}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname + new URL(m[1]).search)
}

async function adminToken(): Promise<string> {
  const res = await fetch(`${CMS}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(EDITOR),
  })
  return ((await res.json()) as { token: string }).token
}

async function storedInquiries(name: string) {
  const res = await fetch(`${CMS}/api/inquiries?where[name][equals]=${encodeURIComponent(name)}`, {
    headers: { authorization: `JWT ${await adminToken()}` },
  })
  return ((await res.json()) as { docs: { name: string; sessionFormat: string; service?: { slug: string } | null }[] })
    .docs
}

describe('on every page in the sitemap', () => {
  it('shows the crisis notice and a quick-exit link, and sets no cookie', async () => {
    const paths = await sitemapPaths()
    expect(paths).toEqual(expect.arrayContaining(['/', '/resources', '/services', '/contact', '/legal/privacy']))
    expect(paths.length).toBeGreaterThanOrEqual(15)
    for (const path of paths) {
      const res = await fetch(`${WEB}${path}`)
      const html = await res.text()
      expect({ path, status: res.status }).toEqual({ path, status: 200 })
      expect({ path, crisis: /aria-label="Crisis support"[\s\S]*?988[\s\S]*?911/.test(html) }).toEqual({
        path,
        crisis: true,
      })
      expect({ path, quickExit: html.includes(`class="quick-exit"`) && html.includes(`href="${NEUTRAL}"`) }).toEqual({
        path,
        quickExit: true,
      })
      expect({ path, setCookie: res.headers.get('set-cookie') }).toEqual({ path, setCookie: null })
    }
  })

  it('puts the crisis notice within the first screen on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true })
    const page = await context.newPage()
    for (const path of ['/', '/resources/hope-and-healing-for-those-who-have-betrayed', '/contact']) {
      await page.goto(`${WEB}${path}`)
      const box = await page.getByRole('complementary', { name: 'Crisis support' }).first().boundingBox()
      expect(box).not.toBeNull()
      expect(box!.y + box!.height).toBeLessThanOrEqual(640)
      const exit = await page.locator('.quick-exit').boundingBox()
      expect(exit!.y + exit!.height).toBeLessThanOrEqual(640)
    }
    await context.close()
  })
})

describe('quick exit', () => {
  it('leaves for the neutral site with one click, and Back does not return to the page', async () => {
    const context = await neutralSiteContext()
    const page = await context.newPage()
    await expectQuickExitLeavesForGood(page)
    await context.close()
  })

  it('is the second stop for the keyboard, after the skip link, and Escape twice leaves', async () => {
    const context = await neutralSiteContext()
    const page = await context.newPage()
    await page.goto('about:blank')
    await page.goto(`${WEB}/services`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
    )
    expect(focused).toMatch(/Quick exit/)
    await expectEscapeTwiceLeavesForGood(page)
    await context.close()
  })

  it('leaves for good even before the page’s JavaScript has loaded', async () => {
    const context = await neutralSiteContext()
    const page = await context.newPage()
    // The site's scripts never arrive (a slow phone, mid-download): only the inline script runs.
    await page.route('**/_next/static/**/*.js', (route) => route.abort())
    await expectQuickExitLeavesForGood(page)
    await context.close()
  })

  it('leaves for good from an article, a page with no script files at all', async () => {
    const context = await neutralSiteContext()
    const page = await context.newPage()
    await page.goto('about:blank')
    await page.goto(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    await expectEscapeTwiceLeavesForGood(page)
    await context.close()
  })

  it('works without JavaScript as a plain link', async () => {
    const context = await neutralSiteContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${WEB}/`)
    await page.getByRole('link', { name: /Quick exit/ }).click()
    await page.waitForURL(NEUTRAL)
    await context.close()
  })
})

/** From a page opened after about:blank, quick exit reaches the neutral site and Back skips the page. */
async function expectQuickExitLeavesForGood(page: Page) {
  await page.goto('about:blank')
  await page.goto(`${WEB}/resources`)
  await page.getByRole('link', { name: /Quick exit/ }).click()
  await page.waitForURL(NEUTRAL)
  await page.goBack()
  expect(page.url()).toBe('about:blank')
}

/** Escape twice reaches the neutral site, and Back skips the page (opened after about:blank). */
async function expectEscapeTwiceLeavesForGood(page: Page) {
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.waitForURL(NEUTRAL)
  await page.goBack()
  expect(page.url()).toBe('about:blank')
}

async function fillRequest(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Email address').fill('visitor@example.org')
  await page.getByLabel('Virtual (online)').check()
  await page.getByLabel('Anything we should know').fill('Weekday evenings')
  await page.getByLabel(/I agree to be contacted/).check()
}

describe('the appointment request form', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript (a plain form post)', false],
  ])('%s: shows a message beside each bad field, then succeeds', async (_label, javaScriptEnabled) => {
    const context = await browser.newContext({ javaScriptEnabled })
    await asVisitor(context)
    const page = await context.newPage()
    const foreign = watchForeignRequests(page, WEB)
    const cookies: string[] = []
    page.on('response', async (res) => {
      const header = await res.headerValue('set-cookie')
      if (header) cookies.push(`${res.url()}: ${header}`)
    })

    await page.goto(`${WEB}/services/coaching`)
    await page.getByRole('link', { name: /Request an appointment for coaching/ }).click()
    await page.waitForURL(`${WEB}/contact?service=coaching`)
    await expect(page.getByLabel('Service').inputValue()).resolves.toBe('coaching')

    await page.getByLabel('Email address').fill('not-an-email')
    await page.getByRole('button', { name: 'Send request' }).click()
    const alert = page.locator('.form-summary[role="alert"]')
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toContain('Please correct the fields marked below.')
    await expect(page.locator('#name-error').textContent()).resolves.toBe('Please tell us your name.')
    await expect(page.locator('#email-error').textContent()).resolves.toMatch(/does not look right/)
    await expect(page.locator('#consent-error').textContent()).resolves.toMatch(/confirm that we may contact you/)
    await expect(page.getByLabel('Your name').getAttribute('aria-describedby')).resolves.toBe('name-error')
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('not-an-email') // kept what was typed
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]) // axe itself needs JavaScript

    const name = `Form visitor ${javaScriptEnabled ? 'js' : 'nojs'}`
    await fillRequest(page, name)
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForURL(`${WEB}/contact/thanks`)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/request was sent/)
    await expect(page.getByRole('heading', { name: 'What happens next' }).count()).resolves.toBe(1)
    await expect(page.locator('main').getByRole('region', { name: 'Crisis support' }).count()).resolves.toBe(1)
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])

    const stored = await storedInquiries(name)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      sessionFormat: 'virtual',
      service: expect.objectContaining({ slug: 'coaching' }),
    })
    expect(foreign).toEqual([])
    expect(cookies).toEqual([])
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('has no accessibility violations when first opened', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${WEB}/contact`)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

describe('POST /api/inquiries', () => {
  const post = (body: unknown, ip: string) =>
    fetch(`${WEB}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    })
  const good = {
    name: 'Api Visitor',
    email: 'api@example.org',
    preferredContact: 'email',
    sessionFormat: 'either',
    consent: true,
  }

  it('answers 400 with a message per field', async () => {
    const res = await post({ ...good, email: 'nope', sessionFormat: 'hybrid' }, '203.0.113.50')
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: Record<string, string> }
    expect(Object.keys(body.errors).sort()).toEqual(['email', 'sessionFormat'])
  })

  it('stores 5 requests an hour from one client, then answers 429 with a readable message', async () => {
    const ip = '203.0.113.77'
    for (let i = 0; i < 5; i++) expect((await post({ ...good, name: `Rate ${i}` }, ip)).status).toBe(201)
    const sixth = await post({ ...good, name: 'Rate 6' }, ip)
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await sixth.json()) as { message: string }).message).toMatch(/wait an hour/)
    expect(await storedInquiries('Rate 6')).toHaveLength(0)
    expect((await post({ ...good, name: 'Other client' }, '203.0.113.78')).status).toBe(201)
  })

  it('drops a filled honeypot without storing it', async () => {
    expect((await post({ ...good, name: 'Honeypot bot', website: 'http://spam.example' }, '203.0.113.90')).status).toBe(
      201,
    )
    expect(await storedInquiries('Honeypot bot')).toHaveLength(0)
  })
})
