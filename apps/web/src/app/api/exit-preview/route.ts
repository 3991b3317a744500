import { isSafeSitePath } from '@resilient-mind/content'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode and returns to the page (or the page the editor came from). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const url = new URL(request.url)
  const wanted = url.searchParams.get('path')
  const referer = request.headers.get('referer')
  const fromReferer = referer && new URL(referer).host === url.host ? new URL(referer).pathname : null
  redirect(isSafeSitePath(wanted) ? wanted : isSafeSitePath(fromReferer) ? fromReferer : '/')
}
