import type { IncomingHttpHeaders } from 'node:http'

/**
 * Whether a POST may come from where it says it comes from. A browser names the page that sent
 * a request in Origin (and, in Sec-Fetch-Site, how it relates to this site): a form on another
 * site posting here (cross-site request forgery, or a spammer's page making visitors' browsers
 * send requests) is refused. Requests without either header are not from a browser page
 * (curl, a server) and are left to the rate limit. This site's origin is WEB_PUBLIC_URL's, or
 * the Host the request was sent to (a developer's http://127.0.0.1:3001 as well as localhost).
 */
export function isCrossSite(headers: IncomingHttpHeaders, webPublicUrl: string): boolean {
  const origin = first(headers.origin)
  if (origin !== undefined) {
    if (origin === new URL(webPublicUrl).origin) return false
    const parsed = URL.parse(origin)
    const host = first(headers.host)
    return !(parsed && /^https?:$/.test(parsed.protocol) && host !== undefined && parsed.host === host.toLowerCase())
  }
  const site = first(headers['sec-fetch-site'])
  return site !== undefined && site !== 'same-origin' && site !== 'none'
}

export const CROSS_SITE_MESSAGE =
  'This request came from another website, so it was not sent. To ask for an appointment, use the form on our contact page. If you are in crisis, call or text 988, or call 911 in an emergency.'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
