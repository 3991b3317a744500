import { fixtureBody } from '../fixtures/content'
import { sleep } from '../servers'
import { median, round } from '../stats'

export type PublishResult = { runs: number[]; medianMs: number; maxMs: number; pollIntervalMs: number; page: string }

type Login = { token: string }

async function login(cms: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`Editor login failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as Login).token
}

/**
 * Publish to visible: an editor publishes a new article through the CMS REST API (the same
 * request the admin sends), and the clock stops when the website's library page, polled
 * every few milliseconds, shows its title. Covers the CMS write, its revalidation call to the
 * web, and the web re-rendering with fresh data. The articles are deleted afterwards.
 */
export async function publishToVisible(opts: {
  cms: string
  web: string
  editor: { email: string; password: string }
  authorId: string | number
  topicId: string | number
  runs: number
  timeoutMs?: number
}): Promise<PublishResult> {
  const token = await login(opts.cms, opts.editor.email, opts.editor.password)
  const auth = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const page = `${opts.web}/resources`
  const pollIntervalMs = 20
  const times: number[] = []
  const created: (string | number)[] = []
  const stamp = Date.now().toString(36)
  try {
    // Make sure the page is cached before the first publish, as it is for visitors.
    await (await fetch(page)).text()
    for (let i = 1; i <= opts.runs; i++) {
      const title = `Fixture publish test ${stamp} ${i}`
      const started = performance.now()
      const res = await fetch(`${opts.cms}/api/articles`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          title,
          body: fixtureBody(900_000 + i),
          author: opts.authorId,
          topics: [opts.topicId],
          _status: 'published',
        }),
      })
      if (!res.ok) throw new Error(`Publishing failed: ${res.status} ${await res.text()}`)
      created.push(((await res.json()) as { doc: { id: string | number } }).doc.id)
      for (;;) {
        const html = await (await fetch(page)).text()
        if (html.includes(title)) break
        if (performance.now() - started > (opts.timeoutMs ?? 60_000)) {
          throw new Error(`"${title}" did not appear on ${page} within ${(opts.timeoutMs ?? 60_000) / 1000}s`)
        }
        await sleep(pollIntervalMs)
      }
      times.push(performance.now() - started)
      await sleep(200)
    }
  } finally {
    for (const id of created)
      await fetch(`${opts.cms}/api/articles/${id}`, { method: 'DELETE', headers: auth }).catch(() => undefined)
  }
  return {
    runs: times.map((t) => round(t, 0)),
    medianMs: round(median(times), 0),
    maxMs: round(Math.max(...times), 0),
    pollIntervalMs,
    page,
  }
}
