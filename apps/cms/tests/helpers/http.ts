import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import config from '../../src/payload.config'
import { withRequestChecks } from '../../src/security/routeGuard'

/**
 * Calls the CMS's real Next route handlers (the same functions app/(payload)/api mounts) with
 * real Request objects, so tests see exactly what an HTTP client would: status, headers, JSON.
 */
const BASE = 'http://localhost:3000'
// Wrapped exactly as src/app/(payload)/api/*/route.ts wraps them.
const handlers = {
  GET: withRequestChecks(REST_GET(config)),
  POST: withRequestChecks(REST_POST(config)),
  PATCH: withRequestChecks(REST_PATCH(config)),
  DELETE: withRequestChecks(REST_DELETE(config)),
}
const graphql = withRequestChecks(GRAPHQL_POST(config), { graphql: true })

export type HttpResult = { status: number; body: any; headers: Headers }

export async function rest(
  method: keyof typeof handlers,
  pathAndQuery: string,
  init: {
    body?: unknown
    rawBody?: string
    token?: string
    headers?: Record<string, string>
    formData?: FormData
  } = {},
): Promise<HttpResult> {
  const url = new URL(`/api/${pathAndQuery.replace(/^\/+/, '')}`, BASE)
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.authorization = `JWT ${init.token}`
  let body: BodyInit | undefined
  if (init.formData) body = init.formData
  else if (init.rawBody !== undefined) body = init.rawBody
  else if (init.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(init.body)
  }
  const request = new Request(url, { method, headers, body })
  // Next hands the route its path segments decoded.
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s)
      } catch {
        return s
      }
    })
  const res = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, headers: res.headers }
}

export async function gql(
  query: string,
  token?: string,
  init: { headers?: Record<string, string>; variables?: Record<string, unknown> } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers }
  if (token) headers.authorization = `JWT ${token}`
  const body = JSON.stringify({ query, variables: init.variables })
  const res = await graphql(new Request(`${BASE}/api/graphql`, { method: 'POST', headers, body }), undefined)
  return { status: res.status, body: await res.json(), headers: res.headers }
}

/** A GraphQL POST with a raw body, for bodies that are not JSON. */
export async function gqlRaw(body: string, contentType = 'application/json'): Promise<HttpResult> {
  const res = await graphql(
    new Request(`${BASE}/api/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body }),
    undefined,
  )
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, headers: res.headers }
}
