import { libraryHref, sitePaths } from '@resilient-mind/content/routes'
import { NextResponse, type NextRequest } from 'next/server'

import { settings } from '@/lib/settings'
import { contentSecurityPolicy } from '@/security/contentSecurityPolicy.mjs'

/**
 * Runs before routing, for a few kinds of request only (see the matcher below); visitors'
 * pages without a "%" never run it.
 *
 * Addresses that cannot be decoded (/resources/%E0%A4, a broken escape from a mangled link)
 * get a 400 page a person can read. Next itself answers them with a bare 500 "Internal Server
 * Error": its 400 path needs a Pages Router error page (pages/_error) this site does not have.
 * The matcher runs this only for paths with a "%" in them (measured: no change in the CPU time
 * of other requests); nginx already rejects malformed escapes, not escapes of invalid UTF-8.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse(BAD_ADDRESS_PAGE, {
      status: 400,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  if (isOldLibraryAddress(request)) return oldLibraryRedirect(request)
  return isEditorRequest(request) ? withEditorPolicy(request) : NextResponse.next()
}

/** The draft-mode cookie Next sets (draftMode().enable()): only editors previewing have it. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

const isEditorRequest = ({ nextUrl, cookies }: NextRequest) =>
  nextUrl.pathname.startsWith('/preview/') || nextUrl.pathname === '/api/preview' || cookies.has(DRAFT_MODE_COOKIE)

/**
 * What editors see, in the admin's live preview or after its Preview button, gets a policy made
 * for each request (next.config's is fixed when the site is built):
 * - the CMS's origin may frame it (live preview), read from the settings when the server runs;
 *   visitors' pages may only be framed by this site;
 * - the preview pages run Next's client code (live preview), whose inline scripts are allowed
 *   by a nonce: Next reads it from the request's Content-Security-Policy and puts it on its own
 *   scripts. Draft-mode pages are rendered per request, so a nonce is never cached with a page.
 */
function withEditorPolicy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy({
    cmsPublicUrl: settings().CMS_PUBLIC_URL,
    nonce,
    dev: process.env.NODE_ENV === 'development',
  })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

/**
 * The library's views were once /resources?q=&topic=&page=, and links to them have been
 * shared: each moves for good to its own address (libraryHref).
 */
const isOldLibraryAddress = ({ nextUrl }: NextRequest) =>
  nextUrl.pathname === sitePaths.library && ['q', 'topic', 'page'].some((key) => nextUrl.searchParams.has(key))

function oldLibraryRedirect({ nextUrl }: NextRequest) {
  const params = nextUrl.searchParams
  const target = libraryHref({ q: params.get('q'), topic: params.get('topic'), page: params.get('page') })
  return NextResponse.redirect(new URL(target, nextUrl), 308)
}

// Only these requests run the proxy at all, so every other one is spared its cost. (Next reads
// this statically: it must be written out literally.)
export const config = {
  matcher: [
    '/:path(.*%.*)',
    '/preview/:path*',
    '/api/preview',
    { source: '/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    { source: '/resources', has: [{ type: 'query', key: 'q' }] },
    { source: '/resources', has: [{ type: 'query', key: 'topic' }] },
    { source: '/resources', has: [{ type: 'query', key: 'page' }] },
  ],
}

// Without a style attribute: the site's policy allows no inline style, and the browser's own
// styles keep this short page readable.
const BAD_ADDRESS_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>That address is not valid</title></head>
<body>
<h1>That address is not valid</h1>
<p>Part of the link is garbled, perhaps when it was copied. You can go to the <a href="/resources">resource library</a> or the <a href="/">home page</a>.</p>
</body></html>`
