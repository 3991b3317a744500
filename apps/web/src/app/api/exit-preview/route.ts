import { safeSitePath } from '@resilient-mind/content'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode and returns to the page (or the page the editor came from, if on this site). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const url = new URL(request.url)
  redirect(safeSitePath(url.searchParams.get('path')) ?? safeSitePath(sameSiteReferer(request, url)) ?? '/')
}

function sameSiteReferer(request: Request, url: URL): string | null {
  const referer = URL.parse(request.headers.get('referer') ?? '')
  return referer && referer.host === url.host ? `${referer.pathname}${referer.search}` : null
}
