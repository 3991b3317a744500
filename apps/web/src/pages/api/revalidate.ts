import type { NextApiRequest, NextApiResponse } from 'next'

import { readCappedBody } from '@/inquiry/body'
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

  const bytes = await readCappedBody(req, MAX_BODY_BYTES).catch(() => null)
  if (!bytes) return res.status(413).json({ message: `The body must be at most ${MAX_BODY_BYTES / 1024} KB: send at most 200 paths a request.` })
  let body: unknown
  try {
    body = JSON.parse(bytes.toString('utf8'))
  } catch {
    body = undefined
  }
  const checked = checkBody(body)
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

// Read here (not by Next's parser) so a bad body gets the same clear message as a wrong shape.
export const config = { api: { bodyParser: false } }

// 200 paths of a few dozen characters; far below this.
const MAX_BODY_BYTES = 256 * 1024
