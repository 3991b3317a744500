import { CONTENT_TYPES, contentTypes, isContentType, type ContentTypeSlug } from './contentTypes'

/**
 * Cache-tag names shared by the CMS (which announces changes) and the web (which tags its
 * fetches and drops tags on announcement). One place, so the two can never drift apart.
 * Each content type (contentTypes.ts) has its collection's tag; media and redirects too.
 */
export type TaggedCollection = ContentTypeSlug | 'media' | 'redirects'
export const TAGGED_COLLECTIONS: readonly TaggedCollection[] = [...CONTENT_TYPES, 'media', 'redirects']

export const cacheTags = {
  /** Every list or page that shows documents of this collection. */
  collection: (collection: TaggedCollection) => collection,
  /** One document, by the slug its page is addressed by. */
  doc: (collection: TaggedCollection, slug: string) => `${collection}:${slug}`,
  /** A media file, by id (media have no slug). */
  media: (id: string | number) => `media:${id}`,
  practice: 'practice',
} as const

/**
 * The tags of a read of one collection: its own (one document's, with a slug) and those of the
 * collections its documents show (their `shows` in contentTypes.ts). The content client tags
 * every read this way rather than each method naming its tags.
 */
export function tagsForRead(collection: TaggedCollection, slug?: string): string[] {
  const own = slug === undefined ? cacheTags.collection(collection) : cacheTags.doc(collection, slug)
  const shown = isContentType(collection) ? (contentTypes[collection].shows as readonly TaggedCollection[]) : []
  return [own, ...shown.map(cacheTags.collection)]
}

/** The tags to drop when a document changes; includes the old slug when it was renamed. */
export function tagsForChange(
  collection: TaggedCollection,
  doc: { id?: string | number; slug?: string | null },
  previous?: { slug?: string | null } | null,
): string[] {
  const tags = new Set<string>([cacheTags.collection(collection)])
  if (collection === 'media' && doc.id !== undefined) tags.add(cacheTags.media(doc.id))
  if (doc.slug) tags.add(cacheTags.doc(collection, doc.slug))
  if (previous?.slug && previous.slug !== doc.slug) tags.add(cacheTags.doc(collection, previous.slug))
  return [...tags]
}
