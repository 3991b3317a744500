import { CMS, EDITOR, REVALIDATE_SECRET } from './env'

/** The CMS's REST API as an editor, for tests that change content without the admin's UI. */
export async function editorToken(): Promise<string> {
  const res = await fetch(`${CMS}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(EDITOR),
  })
  if (!res.ok) throw new Error(`login failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

type Doc = { id: number; slug: string; title: string; [key: string]: unknown }

export async function findBySlug(collection: string, slug: string, token: string): Promise<Doc> {
  const res = await fetch(
    `${CMS}/api/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&draft=true`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const doc = ((await res.json()) as { docs: Doc[] }).docs[0]
  if (!doc) throw new Error(`no ${collection} with slug ${slug}`)
  return doc
}

export async function update(
  collection: string,
  id: number,
  data: Record<string, unknown>,
  token: string,
): Promise<Doc> {
  const res = await fetch(`${CMS}/api/${collection}/${id}?depth=0`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
  if (!res.ok) throw new Error(`PATCH ${collection}/${id}: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { doc: Doc }).doc
}

/** Announces changed paths to one website process, as the CMS does. */
export async function announce(web: string, paths: string[]) {
  const res = await fetch(`${web}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${REVALIDATE_SECRET}` },
    body: JSON.stringify({ paths }),
  })
  return {
    status: res.status,
    body: (await res.json()) as { revalidated?: string[]; failed?: string[]; message?: string },
  }
}

/** Fetches a page until `ok` holds for its HTML, or the time is up; returns how long it took. */
export async function until(
  url: string,
  ok: (html: string, status: number) => boolean,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now()
  for (;;) {
    const res = await fetch(url)
    const html = await res.text()
    if (ok(html, res.status)) return Date.now() - started
    if (Date.now() - started > timeoutMs)
      throw new Error(`${url} did not change as expected within ${timeoutMs} ms (status ${res.status})`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A rich text body of one paragraph, as the admin's editor stores it. */
export const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})
