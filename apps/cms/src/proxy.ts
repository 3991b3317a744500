import { NextResponse, type NextRequest } from 'next/server'

import { adminContentSecurityPolicy } from './security/headers'
import { pathProblem } from './security/paths'

/**
 * Runs before Next routes a request:
 * - a path that is not valid UTF-8 gets a 400 here, since Next answers 500 when it cannot
 *   decode the path for its routes (the admin's and the API's alike);
 * - every page gets a fresh nonce and the Content-Security-Policy that uses it (Next puts the
 *   nonce on its own scripts when the request carries the policy). The API's headers are
 *   static, in next.config.mjs.
 * API requests reach it only when their path has a percent escape (see `config`): only an escape
 * can be undecodable or spell a control character, since Node refuses raw ones with a 400.
 */
export function proxy(request: NextRequest) {
  const problem = pathProblem(new URL(request.url))
  if (problem) return NextResponse.json({ errors: [{ message: problem }] }, { status: 400 })
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = adminContentSecurityPolicy({
    nonce,
    websiteOrigin: new URL(process.env.WEB_PUBLIC_URL || 'http://localhost:3001').origin,
    dev: process.env.NODE_ENV === 'development',
    https: (process.env.CMS_PUBLIC_URL ?? '').startsWith('https:'),
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    // Pages: every address except Next's static files and the API.
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
    // The API (JSON and media, no nonce to give) only for the path check: a path with an escape.
    '/api/(.*%.*)',
  ],
}
