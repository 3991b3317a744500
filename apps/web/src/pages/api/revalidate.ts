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
  if (!req.headers['content-type']?.includes('application/json'))
    return res.status(400).json({ message: 'Send the body as JSON (Content-Type: application/json).' })

  const bytes = await readCappedBody(req, MAX_BODY_BYTES).catch(() => null)
  if (!bytes)
    return res
      .status(413)
      .json({ message: `The body must be at most ${MAX_BODY_BYTES / 1024} KB: send at most 200 paths a request.` })
  let body: unknown
  try {
    body = JSON.parse(bytes.toString('utf8'))
  } catch {
    body = undefined
  }
  const checked = checkBody(body)
  if (!checked.ok) return res.status(checked.status).json({ message: checked.message })

  const notCached = checked.paths.filter((path) => NOT_CACHED.has(path))
  const toRender = checked.paths.filter((path) => !NOT_CACHED.has(path))
  const rendered = new Map<string, boolean>()
  // A few at a time: each is a full render reading the CMS, and the CMS waits for the answer.
  // The CMS lists the most visited paths first, so they are refreshed first.
  for (let i = 0; i < toRender.length; i += RENDERS_AT_ONCE) {
    await Promise.all(
      toRender.slice(i, i + RENDERS_AT_ONCE).map(async (path) => {
        try {
          await res.revalidate(path)
          rendered.set(path, true)
        } catch (err) {
          rendered.set(path, false)
          console.warn(err instanceof Error ? err.message : err)
        }
      }),
    )
  }
  const revalidated = toRender.filter((path) => rendered.get(path))
  const failed = toRender.filter((path) => !rendered.get(path))
  return res.status(200).json({ revalidated, failed, ...(notCached.length && { notCached }) })
}

// Read here (not by Next's parser) so a bad body gets the same clear message as a wrong shape.
export const config = { api: { bodyParser: false } }

// 200 paths of a few dozen characters; far below this.
const MAX_BODY_BYTES = 256 * 1024
const RENDERS_AT_ONCE = 4
