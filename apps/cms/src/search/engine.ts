import type { Payload, PayloadRequest } from 'payload'

import type { SearchHit } from '@resilient-mind/content'

/**
 * Full-text search of published articles on the database's own engine. This interface and its
 * two implementations (sqlite.ts: an FTS5 table; mongodb.ts: a weighted text index) are the
 * only code that knows which database adapter runs.
 */

/** What the search stores for one published article: the texts it ranks and what a result shows. */
export type SearchRow = {
  id: string | number
  slug: string
  title: string
  excerpt: string
  /** The body as plain text. */
  body: string
  publishedAt: string | null
  readingTime: number | null
  topics: (string | number)[]
}

export type SearchRequest = {
  /** The visitor's words (see queryWords). */
  words: string[]
  topicId?: string | number
  offset: number
  limit: number
}

export type SearchResultPage = { total: number; hits: SearchHit[] }

export interface SearchEngine {
  /** Makes the engine's structures exist (idempotent); fills them only when just created. */
  prepare(payload: Payload): Promise<void>
  /** Stores or replaces one published article, in the request's transaction. */
  upsert(req: PayloadRequest, row: SearchRow): Promise<void>
  /**
   * Empties the search and fills it again from the published articles: only after content was
   * written around the hooks (a restore). Returns how many articles it holds.
   */
  rebuild(payload: Payload): Promise<number>
  /** Forgets one article (deleted or no longer published), in the request's transaction. */
  remove(req: PayloadRequest, id: string | number): Promise<void>
  /** Ranked by relevance (title > excerpt > body), newest first among equals. */
  search(req: PayloadRequest, request: SearchRequest): Promise<SearchResultPage>
}
