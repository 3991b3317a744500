import type { Payload, PayloadRequest } from 'payload'

import { idPages } from '../utilities/idPages'
import { lexicalToPlainText } from '../utilities/lexicalText'
import type { SearchRow } from './engine'

/** What the search stores of an article, from a document of the articles collection. */
export type ArticleDoc = {
  id: string | number
  slug?: string | null
  title?: string | null
  excerpt?: string | null
  body?: unknown
  publishedAt?: string | null
  readingTime?: number | null
  topics?: (string | number | { id: string | number })[] | null
  _status?: string | null
}

export const SEARCHED_FIELDS = {
  slug: true,
  title: true,
  excerpt: true,
  body: true,
  publishedAt: true,
  readingTime: true,
  topics: true,
  _status: true,
} as const

export function toSearchRow(doc: ArticleDoc): SearchRow {
  return {
    id: doc.id,
    slug: doc.slug ?? '',
    title: doc.title ?? '',
    excerpt: doc.excerpt ?? '',
    body: lexicalToPlainText(doc.body as Parameters<typeof lexicalToPlainText>[0]),
    publishedAt: doc.publishedAt ?? null,
    readingTime: doc.readingTime ?? null,
    topics: (doc.topics ?? []).map((t) => (typeof t === 'object' && t !== null ? t.id : t)),
  }
}

/** The live version of one article when it is published (the collection holds it; drafts are versions), else null. */
export async function findPublished(
  payload: Payload,
  id: string | number,
  req?: PayloadRequest,
): Promise<ArticleDoc | null> {
  const res = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: SEARCHED_FIELDS,
    req,
  })
  return (res.docs[0] as ArticleDoc | undefined) ?? null
}

/** Every published article as search rows, a batch at a time (for filling a new index once). */
export async function* publishedSearchRows(payload: Payload, batchSize = 250): AsyncGenerator<SearchRow[]> {
  const pages = idPages(batchSize, (after) =>
    payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, after] },
      draft: false,
      depth: 0,
      limit: batchSize,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
      select: SEARCHED_FIELDS,
    }),
  )
  for await (const docs of pages) yield docs.map((d) => toSearchRow(d as ArticleDoc))
}
