import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

/**
 * Whether the database holds content, the same way on SQLite and MongoDB (through the
 * adapter). Payload's own bookkeeping (migrations, jobs queue, key-value store, locks, admin
 * preferences) is written by a running CMS by itself, so it does not count.
 */
const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

/** A global row exists once it was saved; an empty object (or none) means it never was. */
function globalWasSaved(doc: Record<string, unknown> | null | undefined): boolean {
  if (!doc) return false
  return Object.keys(doc).some((k) => !['id', 'globalType', 'createdAt', 'updatedAt'].includes(k) && doc[k] != null)
}

export type DatabaseContents = { collections: Record<string, number>; globals: string[] }

export async function countContents(payload: Payload): Promise<DatabaseContents> {
  const collections: Record<string, number> = {}
  for (const c of payload.config.collections.filter((c) => !isPayloadInternal(c.slug))) {
    const slug = c.slug as CollectionSlug
    const { totalDocs } = await payload.db.count({ collection: slug, where: {} })
    const versions = c.versions ? (await payload.db.countVersions({ collection: slug, where: {} })).totalDocs : 0
    if (totalDocs + versions > 0) collections[c.slug] = totalDocs
  }
  const globals: string[] = []
  for (const g of payload.config.globals.filter((g) => !isPayloadInternal(g.slug))) {
    const doc = await payload.db.findGlobal({ slug: g.slug as GlobalSlug })
    if (globalWasSaved(doc as Record<string, unknown>)) globals.push(g.slug)
  }
  return { collections, globals }
}

export const isEmpty = (contents: DatabaseContents) =>
  Object.keys(contents.collections).length === 0 && contents.globals.length === 0
