import type { Browser } from 'playwright-core'

import { axeViolations, launch } from './helpers/browser'
import { SEED_ARTICLE, WEB } from './helpers/env'

let browser: Browser
beforeAll(async () => (browser = await launch()))
afterAll(async () => browser?.close())

describe('accessibility (axe-core, WCAG 2.1 A/AA and best practices)', () => {
  it.each([
    ['home', '/'],
    ['library', '/resources'],
    ['library search', '/search?q=trust'],
    ['article', `/resources/${SEED_ARTICLE.slug}`],
    ['author', '/authors/kathryn-fayle'],
    ['services', '/services'],
    ['service', '/services/couples-therapy-after-betrayal'],
    ['not found', '/resources/no-such-article'],
  ])('%s page has no violations', async (_name, path) => {
    const page = await browser.newPage()
    await page.goto(`${WEB}${path}`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('offers a skip link as the first stop of the keyboard, leading to the main content', async () => {
    const page = await browser.newPage()
    await page.goto(`${WEB}/resources/${SEED_ARTICLE.slug}`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }))
    expect(focused).toEqual({ text: 'Skip to main content', href: '#main' })
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    // Landmarks: one banner, one main, one contentinfo; headings start at h1 and never skip a level.
    const levels = await page.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])))
    expect(levels[0]).toBe(1)
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]).toBeLessThanOrEqual(1))
    await expect(page.locator('header.site-header').count()).resolves.toBe(1)
    await expect(page.locator('main#main').count()).resolves.toBe(1)
    await expect(page.locator('footer.site-footer').count()).resolves.toBe(1)
    await page.close()
  })
})
