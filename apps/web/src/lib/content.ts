import { createContentClient, isCmsError, type ContentClient } from '@resilient-mind/content'
import { cookies, draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { cache } from 'react'

import { settings } from './settings'

/**
 * The content client for this request. Visitors get cached, tagged reads; in draft mode
 * (turned on by /api/preview for a signed-in editor) reads carry the editor's Payload token,
 * see drafts and skip the cache.
 */
export const content = cache(async (): Promise<ContentClient> => {
  const { isEnabled } = await draftMode()
  const token = isEnabled ? (await cookies()).get('payload-token')?.value : undefined
  return createContentClient({ baseUrl: settings().CMS_INTERNAL_URL, draftToken: token })
})

/**
 * For the App Router's route handlers (feed, sitemap): reads kept in Next's data cache for at
 * most this many seconds (0: never kept), with no announcement to wait for.
 */
export const contentReadFresh = (seconds: number): ContentClient =>
  createContentClient({ baseUrl: settings().CMS_INTERNAL_URL, revalidate: seconds })

/** A document a page cannot do without: 404 when the CMS has none. */
export function orNotFound<T>(doc: T | null | undefined): T {
  if (doc === null || doc === undefined) notFound()
  return doc
}

/** For parts of a page that may be left out when the CMS does not answer (the layout, say). */
export async function optional<T>(load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load()
  } catch (err) {
    if (!isCmsError(err)) throw err
    // Building without a CMS is normal, but a page prerendered now would be served without its
    // content (a legal notice "not available", a nameless header) until it is next refreshed.
    // connection() takes such a page out of the build: it is rendered when visited instead.
    if (process.env.NEXT_PHASE === 'phase-production-build') await connection()
    console.warn(err.message)
    return fallback
  }
}
