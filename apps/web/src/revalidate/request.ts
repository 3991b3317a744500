import { timingSafeEqual } from 'node:crypto'

import { isSafeSitePath } from '@resilient-mind/content/routes'

/**
 * What the CMS sends to /api/revalidate when content changes: the site paths that show the
 * changed document (pathsForChange in packages/content). Checked here, apart from Next, so the
 * rules can be tested without a server.
 */
export const MAX_PATHS = 200
export const MAX_PATH_LENGTH = 1024

/**
 * Paths that are not kept in Next's page cache, so there is nothing to refresh: the feed and
 * the contact form are rendered per request, the sitemap keeps its read a minute (app/sitemap.ts).
 */
export const NOT_CACHED = new Set(['/resources/feed.xml', '/sitemap.xml', '/contact'])

export type Checked = { ok: true; paths: string[] } | { ok: false; status: 400 | 401 | 503; message: string }

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function checkAuthorization(header: string | undefined, secret: string | undefined): Checked | null {
  if (!secret)
    return {
      ok: false,
      status: 503,
      message: 'This site has no REVALIDATE_SECRET set, so it cannot accept revalidation requests.',
    }
  const given = header?.startsWith('Bearer ') ? header.slice(7) : ''
  if (!given || !sameSecret(given, secret))
    return {
      ok: false,
      status: 401,
      message: 'Missing or wrong secret: send "Authorization: Bearer <REVALIDATE_SECRET>".',
    }
  return null
}

/** A path on this site: absolute, no scheme or host, no query or fragment, no dot segments. */
const isPagePath = (path: string) =>
  isSafeSitePath(path) &&
  path.length <= MAX_PATH_LENGTH &&
  !/[?#\s]/.test(path) &&
  !path.split('/').some((s) => s === '.' || s === '..')

/** The body: {"paths": ["/", "/resources/a-slug", …]}, at most MAX_PATHS, returned without repeats. */
export function checkBody(body: unknown): Checked {
  const paths =
    body && typeof body === 'object' && !Array.isArray(body) ? (body as { paths?: unknown }).paths : undefined
  if (!Array.isArray(paths) || paths.length === 0) {
    return {
      ok: false,
      status: 400,
      message: 'The body must be JSON like {"paths": ["/", "/resources/an-article"]}: a non-empty list of paths.',
    }
  }
  if (paths.length > MAX_PATHS)
    return {
      ok: false,
      status: 400,
      message: `Send at most ${MAX_PATHS} paths at once (got ${paths.length}); split them into several requests.`,
    }
  const bad = paths.find((p) => typeof p !== 'string' || !isPagePath(p))
  if (bad !== undefined) {
    return {
      ok: false,
      status: 400,
      message: `Each path must be a path on this site such as "/resources/an-article" (no host, query or "..", at most ${MAX_PATH_LENGTH} characters); got ${JSON.stringify(bad)?.slice(0, 200)}.`,
    }
  }
  return { ok: true, paths: [...new Set(paths as string[])] }
}
