import type { CollectionSlug, GlobalSlug, Payload, SanitizedCollectionConfig } from 'payload'

/**
 * What a backup holds: every collection of the config (content, users with their password
 * hashes, inquiries, Payload's jobs queue, key-value store, locks and preferences) except the
 * record of applied migrations, which belongs to the target database's own schema.
 */
const NOT_BACKED_UP = new Set(['payload-migrations'])

export const backedUpCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((c) => !NOT_BACKED_UP.has(c.slug))

export const collectionSlug = (c: SanitizedCollectionConfig) => c.slug as CollectionSlug
export const hasVersions = (c: { versions?: unknown }) => Boolean(c.versions)

/** A global row exists once it was saved; an empty object (or none) means it never was. */
export function globalWasSaved(doc: Record<string, unknown> | null | undefined): boolean {
  if (!doc) return false
  return Object.keys(doc).some((k) => !['id', 'globalType', 'createdAt', 'updatedAt'].includes(k) && doc[k] != null)
}

/**
 * Payload's own bookkeeping (jobs queue, key-value store, locks, admin preferences, job
 * stats) is written by a running CMS by itself, so it does not make a database "not empty";
 * a restore replaces it along with everything else.
 */
export const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

export type DatabaseContents = { collections: Record<string, number>; globals: string[] }

/** Counts the content the database holds, the same way for SQLite and MongoDB (through the adapter). */
export async function countContents(payload: Payload): Promise<DatabaseContents> {
  const collections: Record<string, number> = {}
  for (const c of backedUpCollections(payload).filter((c) => !isPayloadInternal(c.slug))) {
    const { totalDocs } = await payload.db.count({ collection: collectionSlug(c), where: {} })
    const versions = hasVersions(c) ? (await payload.db.countVersions({ collection: collectionSlug(c), where: {} })).totalDocs : 0
    if (totalDocs + versions > 0) collections[c.slug] = totalDocs
  }
  const globals: string[] = []
  for (const g of payload.config.globals.filter((g) => !isPayloadInternal(g.slug))) {
    const doc = await payload.db.findGlobal({ slug: g.slug as GlobalSlug })
    if (globalWasSaved(doc as Record<string, unknown>)) globals.push(g.slug)
  }
  return { collections, globals }
}

export const isEmpty = (contents: DatabaseContents) => Object.keys(contents.collections).length === 0 && contents.globals.length === 0

export function describeContents(contents: DatabaseContents): string {
  const parts = Object.entries(contents.collections).map(([slug, n]) => `${n} ${slug}`)
  parts.push(...contents.globals.map((g) => `the "${g}" global`))
  return parts.join(', ')
}
