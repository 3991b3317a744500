import { currentUser, safeSitePath } from '@resilient-mind/content'
import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { settings } from '@/lib/settings'

const page = (status: number, title: string, text: string) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`,
    {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    },
  )

/**
 * The admin's Preview button lands here with ?path=/resources/slug. The editor's CMS session
 * (the payload-token cookie the admin set) is checked with the CMS itself; only then is draft
 * mode turned on and the editor sent to the page.
 */
export async function GET(request: Request) {
  const path = safeSitePath(new URL(request.url).searchParams.get('path'))
  if (!path)
    return page(
      400,
      'Nothing to preview',
      'The preview link must name a page on this site, for example ?path=/resources/my-article.',
    )
  const token = (await cookies()).get('payload-token')?.value
  let user
  try {
    user = await currentUser(settings().CMS_INTERNAL_URL, token)
  } catch {
    return page(
      503,
      'Preview unavailable',
      'The CMS could not be reached to check your session. Please try again in a moment.',
    )
  }
  if (!user)
    return page(
      401,
      'Sign in to preview',
      'Previews are for signed-in staff. Sign in to the CMS admin, then use its Preview button again.',
    )
  ;(await draftMode()).enable()
  redirect(path)
}
