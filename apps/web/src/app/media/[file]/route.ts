import { joinUrl } from '@resilient-mind/content/routes'

import { settings } from '@/lib/settings'

/**
 * Uploaded images, served from this site's origin so a visitor's browser never contacts
 * another host. The CMS applies its own access rules; files are immutable per name.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (!/^[^/\\\u0000-\u001f]+$/.test(file) || file.startsWith('.')) return notFound()
  const { CMS_INTERNAL_URL } = settings()
  let upstream: Response
  try {
    upstream = await fetch(joinUrl(CMS_INTERNAL_URL, `/api/media/file/${encodeURIComponent(file)}`), {
      cache: 'no-store',
    })
  } catch {
    return unavailable()
  }
  if (upstream.ok && upstream.body) {
    return new Response(upstream.body, {
      headers: {
        'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
        'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
      },
    })
  }
  if (upstream.status < 500) return notFound()
  // A CMS that fails on a file it has no record of (or whose record has lost its file) still
  // means: no such image. Only a file the CMS knows about is worth a "try again later".
  return (await cmsHasMedia(CMS_INTERNAL_URL, file)) === false ? notFound() : unavailable()
}

async function cmsHasMedia(cmsUrl: string, filename: string): Promise<boolean | null> {
  try {
    const query = new URLSearchParams({
      'where[filename][equals]': filename,
      limit: '1',
      depth: '0',
      'select[filename]': 'true',
    })
    const res = await fetch(joinUrl(cmsUrl, `/api/media?${query}`), { cache: 'no-store' })
    if (!res.ok) return null
    return ((await res.json()) as { totalDocs?: number }).totalDocs !== 0
  } catch {
    return null
  }
}

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
const unavailable = () =>
  new Response('The image cannot be loaded right now.', {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
