import { joinUrl } from '@resilient-mind/content/routes'

import { settings } from '@/lib/settings'

/**
 * Uploaded images, served from this site's origin so a visitor's browser never contacts
 * another host. The CMS applies its own access rules; files are immutable per name.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (!/^[^/\\]+$/.test(file) || file.startsWith('.')) return new Response('Not found', { status: 404 })
  let upstream: Response
  try {
    upstream = await fetch(joinUrl(settings().CMS_INTERNAL_URL, `/api/media/file/${encodeURIComponent(file)}`), { cache: 'no-store' })
  } catch {
    return new Response('The image cannot be loaded right now.', { status: 503 })
  }
  if (!upstream.ok || !upstream.body) return new Response('Not found', { status: upstream.status === 404 ? 404 : 502 })
  return new Response(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
    },
  })
}
