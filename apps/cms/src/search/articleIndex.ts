import type { Payload, PayloadRequest } from 'payload'

import { idPages } from '../utilities/idPages'
import { lexicalToPlainText } from '../utilities/lexicalText'
import { TextIndex } from './textIndex'

/**
 * The full-text index of published articles: an in-memory inverted index (BM25 ranking, see
 * textIndex.ts) built from the database when the server starts and kept current by the
 * articles' hooks, so a search never scans the table and works the same on SQLite and MongoDB.
 * It keeps the postings and what a result card shows, never the articles' texts.
 * One index per CMS process; several CMS instances each build their own.
 */
export type IndexedArticle = {
  id: string
  slug: string
  title: string
  excerpt: string
  body: string
  publishedAt: string | null
  readingTime: number | null
  topics: string[]
}

type ArticleDoc = {
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

// Words too common to say anything about relevance.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have i if in into is it its of on or our s so that the their them then there these they this to was we were what when which who will with you your'.split(
    ' ',
  ),
)

const processTerm = (term: string) => {
  const t = term.toLowerCase().replace(/^['’]+|['’]+$/g, '')
  return t.length === 0 || STOP_WORDS.has(t) ? null : t
}

export const SEARCH_FIELDS = ['title', 'excerpt', 'body'] as const
const BOOST = { title: 3, excerpt: 1.5, body: 1 }

export function toIndexed(doc: ArticleDoc): IndexedArticle {
  return {
    id: String(doc.id),
    slug: doc.slug ?? '',
    title: doc.title ?? '',
    excerpt: doc.excerpt ?? '',
    body: lexicalToPlainText(doc.body as Parameters<typeof lexicalToPlainText>[0]),
    publishedAt: doc.publishedAt ?? null,
    readingTime: doc.readingTime ?? null,
    topics: (doc.topics ?? []).map((t) => String(typeof t === 'object' && t !== null ? t.id : t)),
  }
}

type Card = Omit<IndexedArticle, 'id' | 'body'>
export type IndexHit = Omit<IndexedArticle, 'body'> & { score: number; terms: string[] }
export type IndexSearchResult = { total: number; hits: IndexHit[] }

export class ArticleIndex {
  private text = ArticleIndex.empty()

  static empty() {
    return new TextIndex<Card, (typeof SEARCH_FIELDS)[number]>({
      fields: SEARCH_FIELDS,
      boost: BOOST,
      processTerm,
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // Equally relevant: the newer article first.
      tieBreak: (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
    })
  }

  get size() {
    return this.text.size
  }

  has(id: string | number) {
    return this.text.has(String(id))
  }

  /**
   * Builds a new index beside the current one from batches of documents (read one batch at a
   * time, so the texts of all articles are never in memory at once), yielding between batches
   * so the server answers requests meanwhile; then swaps it in.
   */
  async replaceAll(batches: AsyncIterable<IndexedArticle[]>): Promise<number> {
    const next = ArticleIndex.empty()
    for await (const batch of batches) {
      for (const doc of batch) add(next, doc)
      await new Promise((resolve) => setImmediate(resolve))
    }
    next.trim()
    this.text = next
    return next.size
  }

  upsert(doc: IndexedArticle) {
    add(this.text, doc)
  }

  remove(id: string | number) {
    this.text.remove(String(id))
  }

  /**
   * Ranked by relevance: every word must match when any document has them all, else any word.
   * Counts every match, but orders only the best `offset + limit` and returns only those.
   */
  search(query: string, { topicId, offset = 0, limit = 10 }: { topicId?: string; offset?: number; limit?: number } = {}): IndexSearchResult {
    const filter = topicId ? (card: Card) => card.topics.includes(topicId) : undefined
    const { total, hits } = this.text.search(query, { offset, limit, filter })
    return { total, hits: hits.map(({ id, meta, score, terms }) => ({ id, ...meta, score, terms })) }
  }
}

function add(index: TextIndex<Card, (typeof SEARCH_FIELDS)[number]>, doc: IndexedArticle) {
  const { id, body, ...card } = doc
  index.upsert(id, { title: doc.title, excerpt: doc.excerpt, body }, card)
}

const PUBLISHED_FIELDS = { slug: true, title: true, excerpt: true, body: true, publishedAt: true, readingTime: true, topics: true } as const

/** The published version of one article, or null (never published, or unpublished). */
export async function findPublished(payload: Payload, id: string | number, req?: PayloadRequest): Promise<ArticleDoc | null> {
  const res = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: PUBLISHED_FIELDS,
    req,
  })
  return (res.docs[0] as ArticleDoc | undefined) ?? null
}

/** The published articles, a batch at a time, in id order (see idPages). */
export async function* publishedBatches(payload: Payload, batchSize = 250): AsyncGenerator<IndexedArticle[]> {
  const batches = idPages(batchSize, (after) =>
    payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, after] },
      draft: false,
      depth: 0,
      limit: batchSize,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
      select: PUBLISHED_FIELDS,
    }),
  )
  for await (const docs of batches) yield docs.map((d) => toIndexed(d as ArticleDoc))
}

/**
 * The process-wide index. Kept on globalThis because Next bundles each route separately and
 * every bundle must see the same index the hooks update.
 */
type Holder = { index: ArticleIndex; ready?: Promise<ArticleIndex> }
const KEY = Symbol.for('resilient-mind.article-search-index')
const holder = ((globalThis as Record<symbol, Holder>)[KEY] ??= { index: new ArticleIndex() })

export function articleIndex(payload: Payload): Promise<ArticleIndex> {
  const started = Date.now()
  holder.ready ??= holder.index
    .replaceAll(publishedBatches(payload))
    .then((count) => {
      payload.logger.info(`Search index built: ${count} published articles in ${Date.now() - started} ms`)
      return holder.index
    })
    .catch((err) => {
      holder.ready = undefined // try again on the next search
      throw err
    })
  return holder.ready
}

/** Brings one article's entry in line with its published version (after a save, publish, unpublish or delete). */
export async function syncArticle(payload: Payload, doc: ArticleDoc, req?: PayloadRequest, deleted = false): Promise<void> {
  if (!holder.ready) return // not built yet: the build will read the database as it is then
  const index = await holder.ready
  if (deleted) return index.remove(doc.id)
  if (doc._status === 'published') return index.upsert(toIndexed(doc))
  // A draft save leaves the published version live; an unpublish does not.
  const live = index.has(doc.id) ? await findPublished(payload, doc.id, req) : null
  if (live) index.upsert(toIndexed(live))
  else index.remove(doc.id)
}

/** For tests: forget the index so the next search rebuilds it from the database. */
export function resetArticleIndex() {
  holder.ready = undefined
  holder.index = new ArticleIndex()
}
