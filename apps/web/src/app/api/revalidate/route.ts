import { timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { settings } from '@/lib/settings'

const MAX_TAGS = 100
const MAX_TAG_LENGTH = 256

const answer = (status: number, message: string) => Response.json({ revalidated: false, message }, { status })

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The CMS announces changed content here: POST {"tags": [...]} with
 * "Authorization: Bearer <REVALIDATE_SECRET>". The tags expire at once, so the next visitor
 * gets the new version (not a stale copy while it refreshes).
 */
export async function POST(request: Request) {
  const secret = settings().REVALIDATE_SECRET
  if (!secret) return answer(503, 'This site has no REVALIDATE_SECRET set, so it cannot accept revalidation requests.')
  const auth = request.headers.get('authorization') ?? ''
  const given = auth.startsWith('Bearer ') ? auth.slice(7) : ''
  if (!given || !sameSecret(given, secret)) return answer(401, 'Missing or wrong secret: send "Authorization: Bearer <REVALIDATE_SECRET>".')

  let body: unknown
  try {
    body = await request.json()
  } catch {
    return answer(400, 'The body must be JSON like {"tags": ["articles"]}.')
  }
  const tags = (body as { tags?: unknown })?.tags
  if (!Array.isArray(tags) || tags.length === 0) return answer(400, '"tags" must be a non-empty list of tag names, e.g. {"tags": ["articles"]}.')
  if (tags.length > MAX_TAGS) return answer(400, `Send at most ${MAX_TAGS} tags at once.`)
  const bad = tags.find((t) => typeof t !== 'string' || t.length === 0 || t.length > MAX_TAG_LENGTH)
  if (bad !== undefined) return answer(400, `Each tag must be text of 1 to ${MAX_TAG_LENGTH} characters; got ${JSON.stringify(bad)}.`)

  for (const tag of new Set(tags as string[])) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: true, tags, now: Date.now() })
}
