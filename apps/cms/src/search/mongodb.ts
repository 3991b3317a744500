import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload, PayloadRequest } from 'payload'

import type { SearchHit } from '@resilient-mind/content'

import type { SearchEngine, SearchRequest, SearchResultPage, SearchRow } from './engine'
import { publishedSearchRows } from './rows'
import { snippetAround } from './snippet'

/**
 * Article search on MongoDB: one document per published article in `articles_search`, under a
 * text index weighted title > excerpt > body, queried with $text and ranked by textScore.
 * MongoDB's text index matches word stems ("betrayed" finds "betrayal") but not prefixes or
 * typos, and has no snippet function: the passage and the matched words are found here.
 * Where the deployment is MongoDB Atlas, Atlas Search ($search with the autocomplete and fuzzy
 * operators, and its highlight option) does all of these; see docs/search.md.
 */
const COLLECTION = 'articles_search'
const TEXT_INDEX = 'articles_search_text'

type SearchDoc = Omit<SearchRow, 'id' | 'topics'> & { _id: string; topics: string[] }

function collection(payload: Payload) {
  return (payload.db as unknown as MongooseAdapter).connection.collection<SearchDoc>(COLLECTION)
}

async function sessionFor(req: PayloadRequest) {
  const id = req.transactionID ? await req.transactionID : undefined
  return id !== undefined ? (req.payload.db as unknown as MongooseAdapter).sessions?.[id] : undefined
}

/** The query's words found in a text, as the text spells them, for highlighting. */
function wordsIn(text: string, words: string[]): string[] {
  const found = new Set<string>()
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu))
    if (words.some((w) => m[0].startsWith(w))) found.add(m[0])
  return [...found]
}

async function fill(payload: Payload): Promise<number> {
  let count = 0
  for await (const batch of publishedSearchRows(payload)) {
    if (!batch.length) continue
    await collection(payload).bulkWrite(
      batch.map(({ id, topics, ...rest }) => ({
        replaceOne: { filter: { _id: String(id) }, replacement: { ...rest, topics: topics.map(String) }, upsert: true },
      })),
    )
    count += batch.length
  }
  return count
}

export const mongoSearch: SearchEngine = {
  async prepare(payload) {
    const search = collection(payload)
    const existed = (await search.indexExists(TEXT_INDEX).catch(() => false)) as boolean
    await search.createIndex(
      { title: 'text', excerpt: 'text', body: 'text' },
      {
        name: TEXT_INDEX,
        weights: { title: 10, excerpt: 4, body: 1 },
        default_language: 'english',
        language_override: 'searchLanguage',
      },
    )
    await search.createIndex({ topics: 1 })
    if (existed) return
    // First start with this search: copy the published articles in once.
    const count = await fill(payload)
    payload.logger.info(`Search: created the ${COLLECTION} text index with ${count} published articles`)
  },

  async rebuild(payload) {
    await collection(payload).deleteMany({})
    return fill(payload)
  },

  async upsert(req, { id, topics, ...rest }) {
    await collection(req.payload).replaceOne(
      { _id: String(id) },
      { ...rest, topics: topics.map(String) },
      { upsert: true, session: await sessionFor(req) },
    )
  },

  async remove(req, id) {
    await collection(req.payload).deleteOne({ _id: String(id) }, { session: await sessionFor(req) })
  },

  async search(req, { words, topicId, offset, limit }: SearchRequest): Promise<SearchResultPage> {
    if (!words.length) return { total: 0, hits: [] }
    const search = collection(req.payload)
    const session = await sessionFor(req)
    const run = async ($search: string) => {
      const filter = { $text: { $search }, ...(topicId === undefined ? {} : { topics: String(topicId) }) }
      const [total, docs] = await Promise.all([
        search.countDocuments(filter, { session }),
        search
          .find(filter, { session, projection: { score: { $meta: 'textScore' } } })
          .sort({ score: { $meta: 'textScore' }, publishedAt: -1 })
          .skip(offset)
          .limit(limit)
          .toArray(),
      ])
      return { total, docs: docs as (SearchDoc & { score: number })[] }
    }
    // Every word (each quoted: MongoDB then requires all) when some article has them all, else any.
    let result = await run(words.map((w) => `"${w}"`).join(' '))
    if (result.total === 0 && words.length > 1) result = await run(words.join(' '))
    const hits: SearchHit[] = result.docs.map((d) => {
      const terms = [...new Set([...wordsIn(d.title, words), ...wordsIn(d.excerpt, words), ...wordsIn(d.body, words)])]
      return {
        id: d._id,
        slug: d.slug,
        title: d.title,
        excerpt: d.excerpt,
        snippet: snippetAround(d.body, terms),
        publishedAt: d.publishedAt,
        readingTime: d.readingTime,
        score: d.score,
        terms,
      }
    })
    return { total: result.total, hits }
  },
}
