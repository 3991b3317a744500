import fs from 'node:fs'
import { createRequire } from 'node:module'

import { chromium, type Browser, type Page } from 'playwright-core'

const require = createRequire(import.meta.url)

/** Debian's Chromium (apt-get install chromium), driven headless. */
export async function launch(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
  if (!executablePath) throw new Error('Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH).')
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Runs axe-core in the page and returns its violations (rule id, impact, the first `maxNodes` offending nodes). */
export async function axeViolations(page: Page, maxNodes = 3) {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  // Evaluated by the test driver, not added as an inline <script>, which the site's
  // Content-Security-Policy rightly blocks.
  await page.evaluate(source)
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })
  })
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, maxNodes).map((n) => n.target.join(' ')),
  }))
}

/** Every request the page made to a host other than the website's own. */
export function watchForeignRequests(page: Page, ownOrigin: string): string[] {
  const foreign: string[] = []
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(ownOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  return foreign
}
