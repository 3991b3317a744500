import type { Endpoint, PayloadRequest } from 'payload'

import { SEARCH_MAX_LIMIT, SEARCH_MAX_QUERY_LENGTH, type SearchResponse } from '@resilient-mind/content'

import { searchEngine } from '../search'
import { queryWords } from '../search/query'

const bad = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

function wholeNumber(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}

/**
 * GET /api/search?q=words[&topic=slug][&page=n][&limit=n]: published articles ranked by
 * relevance over title, excerpt and body, with the matched words and a passage around them.
 * Anything that is not a word is ignored (see queryWords): odd input finds nothing, never an error.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const params = req.searchParams
    const q = (params.get('q') ?? '').trim()
    if (!q) return bad('Add what to search for, for example /api/search?q=trust.')
    if (q.length > SEARCH_MAX_QUERY_LENGTH) return bad(`Search for at most ${SEARCH_MAX_QUERY_LENGTH} characters.`)
    const page = wholeNumber(params.get('page'), 1)
    if (page === null) return bad('"page" must be a whole number from 1 up.')
    const limit = wholeNumber(params.get('limit'), 10)
    if (limit === null || limit > SEARCH_MAX_LIMIT)
      return bad(`"limit" must be a whole number from 1 to ${SEARCH_MAX_LIMIT}.`)

    const topicSlug = params.get('topic')?.trim() || null
    let topicId: string | number | undefined
    if (topicSlug) {
      const topic = await req.payload.find({
        collection: 'topics',
        where: { slug: { equals: topicSlug } },
        limit: 1,
        depth: 0,
        req,
      })
      if (!topic.docs[0]) return Response.json(emptyResult(q, topicSlug, page, limit))
      topicId = topic.docs[0].id
    }

    const engine = await searchEngine(req.payload)
    const { total, hits } = await engine.search(req, {
      words: queryWords(q),
      topicId,
      offset: (page - 1) * limit,
      limit,
    })

    const body: SearchResponse = {
      query: q,
      topic: topicSlug,
      docs: hits,
      totalDocs: total,
      page,
      totalPages: Math.ceil(total / limit),
      limit,
    }
    return Response.json(body)
  },
}

function emptyResult(query: string, topic: string, page: number, limit: number): SearchResponse {
  return { query, topic, docs: [], totalDocs: 0, page, totalPages: 0, limit }
}
