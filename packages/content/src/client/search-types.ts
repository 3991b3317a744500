/** The contract of the CMS's full-text search endpoint (GET /api/search). */
export type SearchHit = {
  id: string | number
  slug: string
  title: string
  excerpt: string
  /** A passage of the body around the first matched word, when the match is only in the body (a match in the title or excerpt shows there). */
  snippet: string
  publishedAt?: string | null
  readingTime?: number | null
  /** The engine's relevance figure. On SQLite, title matches come first, then excerpt, then body, whatever their figure (docs/search.md). */
  score: number
  /** The words of this document that matched, for highlighting. */
  terms: string[]
}

export type SearchResponse = {
  query: string
  topic: string | null
  docs: SearchHit[]
  totalDocs: number
  page: number
  totalPages: number
  limit: number
}

export const SEARCH_MAX_QUERY_LENGTH = 200
export const SEARCH_MAX_LIMIT = 50
