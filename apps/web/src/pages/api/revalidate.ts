import type { NextApiRequest, NextApiResponse } from 'next'

import { settings } from '@/lib/settings'
import { checkAuthorization, checkBody, NOT_CACHED } from '@/revalidate/request'

type Answer = { revalidated: string[]; failed: string[]; notCached?: string[] } | { message: string }

/**
 * The CMS announces changed content here, after its transaction commits:
 * POST {"paths": [...]} with "Authorization: Bearer <REVALIDATE_SECRET>". Each page is rendered
 * again at once with res.revalidate (Next's on-demand revalidation): the next visitor gets the
 * new version, a page whose document is gone becomes a 404, and an address that was a 404
 * shows the newly published page.
 */
export default async function revalidate(req: NextApiRequest, res: NextApiResponse<Answer>) {
  res.setHeader('Cache-Control', 'no-store')
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    return res.status(405).json({ message: 'Use POST with a JSON body {"paths": [...]}.' })
  }
  const denied = checkAuthorization(req.headers.authorization, settings().REVALIDATE_SECRET)
  if (denied && !denied.ok) return res.status(denied.status).json({ message: denied.message })
  if (!req.headers['content-type']?.includes('application/json')) return res.status(400).json({ message: 'Send the body as JSON (Content-Type: application/json).' })

  const checked = checkBody(req.body)
  if (!checked.ok) return res.status(checked.status).json({ message: checked.message })

  const revalidated: string[] = []
  const notCached: string[] = []
  const failed: string[] = []
  // One at a time: each is a full render, and the CMS waits for the answer anyway.
  for (const path of checked.paths) {
    if (NOT_CACHED.has(path)) {
      notCached.push(path)
      continue
    }
    try {
      await res.revalidate(path)
      revalidated.push(path)
    } catch (err) {
      failed.push(path)
      console.warn(err instanceof Error ? err.message : err)
    }
  }
  return res.status(200).json({ revalidated, failed, ...(notCached.length && { notCached }) })
}

// The body is a list of paths: a small limit keeps a bad client from making the server parse megabytes.
export const config = { api: { bodyParser: { sizeLimit: '256kb' } } }
