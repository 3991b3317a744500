import { graphqlLockRefusal, isLocksPath, restLockRefusal } from '../access/documentLocks'
import { MAX_JSON_BODY_BYTES, MAX_MULTIPART_BYTES, megabytes } from './limits'
import { pathProblem } from './paths'

/**
 * Checks what the route handlers receive before Payload reads it: the path, and the body's
 * size and syntax. Payload buffers a JSON body whole and answers 500 to a malformed multipart
 * body or a GraphQL body that is not JSON; here those get a 413 or a 400 with a readable
 * message. What a request asks for (ids, where, page, limit) is checked in
 * src/hooks/requestGuards.ts, which also covers GraphQL and the Local API. Document locks,
 * which Payload offers to every signed-in user, are kept to staff here (src/access/documentLocks.ts).
 */

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

const fail = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** Payload takes `where` and `data` in the query string as JSON too (and answers 500 to bad JSON). */
function queryProblem(url: URL): string | undefined {
  for (const key of ['where', 'data']) {
    const value = url.searchParams.get(key)
    if (value === null || value === '') continue
    try {
      JSON.parse(value)
    } catch {
      return `"${key}" is not valid: use ${key}[field][operator]=value, or JSON.`
    }
  }
}

/** Reads the body up to `max` bytes; `undefined` when it is larger. */
async function readLimited(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > max) return undefined
  if (!request.body) return new Uint8Array(new ArrayBuffer(0))
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(total))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

async function multipartProblem(request: Request): Promise<string | undefined> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return 'The form data could not be read (a malformed multipart body).'
  }
  const data = form.get('_payload')
  if (typeof data === 'string') {
    try {
      JSON.parse(data)
    } catch {
      return 'The _payload field must be JSON.'
    }
  }
}

/**
 * The REST address the route serves: Payload routes by the catch-all's decoded segments; the
 * URL's own segments are checked as well, so neither spelling slips past.
 */
async function restSegments(url: URL, context: unknown): Promise<string[][]> {
  const fromUrl = url.pathname
    .split('/')
    .map((s) => decodeURIComponent(s))
    .filter(Boolean)
    .slice(1) // after "api"
  const params = await (context as { params?: Promise<{ slug?: unknown }> } | undefined)?.params
  const slug = Array.isArray(params?.slug) ? params.slug.map(String) : []
  return [fromUrl, slug]
}

export function withRequestChecks<C>(handler: Handler<C>, { graphql = false } = {}): Handler<C> {
  return async (request, context) => {
    const url = new URL(request.url)
    const problem = pathProblem(url) ?? queryProblem(url)
    if (problem) return fail(400, problem)
    const locks = !graphql && (await restSegments(url, context)).some(isLocksPath)
    if (!['POST', 'PATCH', 'PUT'].includes(request.method)) {
      const refused = locks ? await restLockRefusal(request, undefined) : undefined
      return refused ?? handler(request, context)
    }

    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    const multipart = type.startsWith('multipart/')
    const max = multipart ? MAX_MULTIPART_BYTES : MAX_JSON_BODY_BYTES
    const body = await readLimited(request, max)
    if (!body)
      return fail(413, `The request is too large: at most ${megabytes(max)}${multipart ? ' with the file' : ''}.`)

    const copy = () =>
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: body.byteLength ? body : null,
      })
    if (multipart && body.byteLength) {
      const bad = await multipartProblem(copy())
      if (bad) return fail(400, bad)
    }
    if (graphql) {
      let parsed: unknown
      try {
        parsed = JSON.parse(new TextDecoder().decode(body))
      } catch {
        return fail(400, 'A GraphQL request must be a JSON body such as {"query": "{ Articles { docs { title } } }"}.')
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        return fail(400, 'A GraphQL request must be a JSON object with a "query".')
      const refused = await graphqlLockRefusal(request.headers, parsed)
      if (refused) return refused
    } else if (locks) {
      const refused = await restLockRefusal(request, body)
      if (refused) return refused
    }
    return handler(copy(), context)
  }
}
