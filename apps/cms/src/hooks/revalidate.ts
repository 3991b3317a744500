import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { cacheTags, tagsForChange, type TaggedCollection } from '@resilient-mind/content/cache-tags'

/**
 * Tells the website which cache tags a change made stale: POST {tags} to the web's
 * /api/revalidate with the shared secret. Runs after the transaction commits and never fails
 * the editor's save: a missed call is healed by the web's periodic revalidation.
 */
export async function announceTags(tags: string[], req: PayloadRequest): Promise<void> {
  const url = process.env.WEB_REVALIDATE_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret || tags.length === 0 || req.context?.disableRevalidate) return
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) req.payload.logger.warn(`Revalidation of ${tags.join(', ')} answered ${res.status}`)
  } catch (err) {
    req.payload.logger.warn(`Revalidation of ${tags.join(', ')} failed: ${(err as Error).message}`)
  }
}

type Doc = { id?: string | number; slug?: string | null; _status?: string | null }

/** Drafts are invisible to visitors, so only changes that touch a published version matter. */
const touchesPublished = (doc: Doc, previous?: Doc | null) =>
  doc._status === undefined || doc._status === 'published' || previous?._status === 'published'

export function revalidateOnChange(collection: TaggedCollection): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        if (touchesPublished(doc as Doc, previousDoc as Doc)) {
          await announceTags(tagsForChange(collection, doc as Doc, previousDoc as Doc), req)
        }
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, req }) => {
        await announceTags(tagsForChange(collection, doc as Doc), req)
        return doc
      },
    ],
  }
}

export const revalidatePractice: GlobalAfterChangeHook = async ({ doc, req }) => {
  await announceTags([cacheTags.practice], req)
  return doc
}
