import { editorToken, lexical } from './helpers/cms'
import { CMS, WEB } from './helpers/env'

/**
 * A practice page end to end: staff publish a page built from blocks, it is on the website
 * (no framework JavaScript, the site's chrome, its questions as FAQPage JSON-LD); they rename
 * it, and the old address leads to the new one with a permanent redirect answered from the
 * website's cache; an old WordPress address they add leads there too.
 * (Through the CMS's REST API as an editor: the admin's own form is Payload's.)
 */
const WITHIN_MS = 5000
let token: string
let id: number

async function api(method: 'POST' | 'PATCH', path: string, data: Record<string, unknown>) {
  const res = await fetch(`${CMS}/api/${path}?depth=0`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { doc: { id: number; slug: string } }).doc
}

/** Fetches without following redirects until `ok` holds, or fails after WITHIN_MS. */
async function until(path: string, ok: (res: Response, html: string) => boolean) {
  const started = Date.now()
  for (;;) {
    const res = await fetch(`${WEB}${path}`, { redirect: 'manual' })
    const html = await res.text()
    if (ok(res, html)) return { res, html }
    if (Date.now() - started > WITHIN_MS) throw new Error(`${path}: status ${res.status} after ${WITHIN_MS} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

beforeAll(async () => {
  token = await editorToken()
})

it('a published page of blocks is on the site, without framework JavaScript, with its questions for search engines', async () => {
  // Visited before it exists: a 404, kept in the cache until the page is announced.
  expect((await fetch(`${WEB}/what-to-expect`)).status).toBe(404)
  const doc = await api('POST', 'pages', {
    title: 'What to expect',
    _status: 'published',
    layout: [
      { blockType: 'richText', content: lexical('Walking into a first session can feel daunting.') },
      {
        blockType: 'faq',
        heading: 'Questions',
        items: [{ question: 'Can I bring my partner?', answer: 'Yes, if you both want to.' }],
      },
      { blockType: 'callToAction', label: 'Request an appointment', type: 'contact' },
    ],
  })
  id = doc.id
  const { html } = await until('/what-to-expect', (res) => res.status === 200)
  expect(html).toContain('<h1>What to expect</h1>')
  expect(html).toContain('Walking into a first session can feel daunting.')
  expect(html).toContain('<summary>Can I bring my partner?</summary>')
  expect(html).toMatch(/"@type":"FAQPage"/)
  expect(html).toMatch(/href="\/contact"[^>]*>Request an appointment/)
  expect(html).toContain('Quick exit') // the site's chrome
  expect(html).not.toMatch(/<script[^>]+src="\/_next\//)
})

it('renamed, its old address leads to the new one with a permanent redirect', async () => {
  await api('PATCH', `pages/${id}`, { slug: 'your-first-session', _status: 'published' })
  await until('/your-first-session', (res) => res.status === 200)
  const { res } = await until('/what-to-expect', (r) => r.status === 308)
  expect(res.headers.get('location')).toMatch(/\/your-first-session$/)
  // Followed, as a browser does.
  const followed = await fetch(`${WEB}/what-to-expect`)
  expect(followed.url).toBe(`${WEB}/your-first-session`)
  expect(await followed.text()).toContain('<h1>What to expect</h1>')
})

it('an old WordPress address staff add leads to the page', async () => {
  await api('POST', 'redirects', {
    from: '/2025/03/18/first-session/',
    to: { type: 'custom', url: '/your-first-session' },
  })
  const { res } = await until('/2025/03/18/first-session', (r) => r.status === 308)
  expect(res.headers.get('location')).toMatch(/\/your-first-session$/)
  const followed = await fetch(`${WEB}/2025/03/18/first-session/`)
  expect(followed.status).toBe(200)
  expect(followed.url).toBe(`${WEB}/your-first-session`)
})
