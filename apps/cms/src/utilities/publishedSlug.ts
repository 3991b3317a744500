import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The slug visitors know a document by: its published version's, read even when a newer draft
 * exists, or undefined when it has no published version (a draft only, unpublished, deleted).
 */
export async function publishedSlug(
  collection: CollectionSlug,
  id: number | string,
  req: PayloadRequest,
): Promise<string | undefined> {
  const doc = (await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    select: { slug: true, _status: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { slug?: string | null; _status?: string | null } | null
  return doc?._status === 'published' && doc.slug ? doc.slug : undefined
}
