import MiniSearch, { type SearchResult } from 'minisearch'
import type { Payload, PayloadRequest } from 'payload'

import { lexicalToPlainText } from '../utilities/lexicalText'

/**
 * The full-text index of published articles: an in-memory inverted index (MiniSearch, BM25
 * ranking) built from the database on first use and kept current by the articles' hooks, so
 * a search never scans the table and works the same on SQLite and MongoDB.
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

export type IndexHit = Omit<IndexedArticle, 'body'> & { score: number; terms: string[] }

export class ArticleIndex {
  private mini = ArticleIndex.empty()

  static empty() {
    return new MiniSearch<IndexedArticle>({
      fields: [...SEARCH_FIELDS],
      storeFields: ['slug', 'title', 'excerpt', 'publishedAt', 'readingTime', 'topics'],
      processTerm,
      searchOptions: { processTerm, boost: BOOST },
    })
  }

  get size() {
    return this.mini.documentCount
  }

  has(id: string | number) {
    return this.mini.has(String(id))
  }

  /** Builds a new index beside the current one, in chunks that let the server answer requests meanwhile. */
  async replaceAll(docs: IndexedArticle[]) {
    const next = ArticleIndex.empty()
    await next.addAllAsync(docs, { chunkSize: 100 })
    this.mini = next
  }

  upsert(doc: IndexedArticle) {
    if (this.mini.has(doc.id)) this.mini.discard(doc.id)
    this.mini.add(doc)
  }

  remove(id: string | number) {
    if (this.mini.has(String(id))) this.mini.discard(String(id))
  }

  /** Ranked by relevance: every word must match when any document has them all, else any word. */
  search(query: string, topicId?: string): IndexHit[] {
    const filter = topicId ? (r: SearchResult) => (r.topics as string[]).includes(topicId) : undefined
    const options = {
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
      filter,
    }
    let results = this.mini.search(query, { ...options, combineWith: 'AND' })
    if (results.length === 0) results = this.mini.search(query, { ...options, combineWith: 'OR' })
    return results.map((r) => ({
      id: String(r.id),
      slug: r.slug as string,
      title: r.title as string,
      excerpt: r.excerpt as string,
      publishedAt: (r.publishedAt as string | null) ?? null,
      readingTime: (r.readingTime as number | null) ?? null,
      topics: r.topics as string[],
      score: r.score,
      terms: r.terms,
    }))
  }
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

async function loadAllPublished(payload: Payload): Promise<IndexedArticle[]> {
  const out: IndexedArticle[] = []
  for (let page = 1; ; page++) {
    const res = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      draft: false,
      depth: 0,
      limit: 500,
      page,
      overrideAccess: true,
      select: PUBLISHED_FIELDS,
    })
    out.push(...res.docs.map((d) => toIndexed(d as ArticleDoc)))
    if (!res.hasNextPage) return out
  }
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
  holder.ready ??= loadAllPublished(payload)
    .then(async (docs) => {
      await holder.index.replaceAll(docs)
      payload.logger.info(`Search index built: ${docs.length} published articles in ${Date.now() - started} ms`)
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
