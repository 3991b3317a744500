/**
 * Cache-tag names shared by the CMS (which announces changes) and the web (which tags its
 * fetches and drops tags on announcement). One place, so the two can never drift apart.
 */
export const TAGGED_COLLECTIONS = ['articles', 'pages', 'authors', 'services', 'topics', 'media', 'redirects'] as const
export type TaggedCollection = (typeof TAGGED_COLLECTIONS)[number]

export const cacheTags = {
  /** Every list or page that shows documents of this collection. */
  collection: (collection: TaggedCollection) => collection,
  /** One document, by the slug its page is addressed by. */
  doc: (collection: TaggedCollection, slug: string) => `${collection}:${slug}`,
  /** A media file, by id (media have no slug). */
  media: (id: string | number) => `media:${id}`,
  practice: 'practice',
} as const

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
