import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import type { SearchHit } from '@resilient-mind/content'

import { lexicalToPlainText } from '../utilities/lexicalText'
import type { SearchEngine, SearchResultPage, SearchRow } from './engine'
import { PREFIX_MIN_LENGTH } from './query'

/**
 * Article search on SQLite's FTS5. Three tables hold each published article (rowid = the
 * article's id), each for one part of a search, because FTS5 computes bm25() for every match
 * it ranks and reads every word position it filters by column:
 * - `articles_search`: title, excerpt and body, to rank the body tier and quote its passages
 *   (snippet()), and whose vocabulary (fts5vocab) corrects typos;
 * - `articles_search_summary`: title and excerpt only, to rank the first two tiers on short texts
 *   (the body's word positions are never read for them) and highlight their matches;
 * - `articles_search_count`: no text and no positions (contentless, detail=column), to count
 *   every match (the total a page shows) without reading word positions.
 * Hand-written SQL lives here, not in generated migrations: the migrations `search_fts5` and
 * `search_summary_and_count` call the functions below once.
 *
 * - Ranking, title > excerpt > body, in tiers: articles with the words in the title first, then
 *   in title and excerpt, then anywhere; within a tier, bm25() with the columns weighted
 *   (ORDER BY rank, sorted by FTS5). A first page costs in proportion to the title and excerpt
 *   matches, not to every article that mentions the words somewhere in its body.
 * - Words of three letters or more match as prefixes ("betray" finds "betrayal").
 * - A word that matches nothing is compared with the index's own vocabulary (fts5vocab) for a
 *   one-letter typo ("strees" finds "stress").
 * - The terms that matched and the passage come from highlight() and snippet().
 * The query is built only from words (see queryWords), each quoted, so nothing a visitor types
 * is read as FTS5 syntax.
 */
type Drizzle = SQLiteAdapter['drizzle']

const TABLE = 'articles_search'
const SUMMARY = 'articles_search_summary'
const COUNT = 'articles_search_count'
/** Every table of the search: each holds a row for every published article. */
const TABLES = [TABLE, SUMMARY, COUNT]
// Title, excerpt and body weighted in bm25(); topic_tags (only filtered on) not at all.
const WEIGHTS = { title: 10, excerpt: 4, body: 1 }
/**
 * The ranking's tiers, each the matches the ones before it do not hold: the words in the title,
 * else in title and excerpt (both ranked on the summary table), else anywhere (the full table,
 * with a passage of the body).
 */
const SUMMARY_RANK = `bm25(${WEIGHTS.title}, ${WEIGHTS.excerpt}, 0)`
const TIERS = [
  { table: SUMMARY, columns: '{title}', rank: SUMMARY_RANK, passage: false },
  { table: SUMMARY, columns: '{title excerpt}', rank: SUMMARY_RANK, passage: false },
  {
    table: TABLE,
    columns: '{title excerpt body}',
    rank: `bm25(${WEIGHTS.title}, ${WEIGHTS.excerpt}, ${WEIGHTS.body}, 0)`,
    passage: true,
  },
]
// Marks around matched words in highlight() and snippet(): control characters never in a text.
const OPEN = '\u0002'
const CLOSE = '\u0003'
const SNIPPET_TOKENS = 40

const TOKENIZER = `tokenize = 'unicode61 remove_diacritics 2'`
/**
 * Prefix indexes: a query word of n letters ("trust", read as trust*) reads the prefix index of
 * length n when there is one, else merges the lists of every indexed word that begins with it.
 * The summary and count tables, read by every search, index the lengths typed words usually
 * have; the full table, whose body lists are long and which only the body tier reads, one.
 */
const FULL_PREFIXES = `prefix = '3'`
const PREFIXES = `prefix = '3 4 5 6 7 8'`

/** Creates the search's tables where they do not exist yet. */
export async function createSearchTables(db: Drizzle): Promise<void> {
  // topic_tags ("topic3 topic17") is indexed so the topic filter is part of the MATCH, answered
  // by the index; visitors' words are only ever matched in title, excerpt and body.
  await db.run(
    sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${TABLE} USING fts5(
      title, excerpt, body, topic_tags,
      slug UNINDEXED, published_at UNINDEXED, reading_time UNINDEXED,
      ${TOKENIZER}, ${FULL_PREFIXES}
    )`),
  )
  // The index's vocabulary, read to correct typos.
  await db.run(sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${TABLE}_vocab USING fts5vocab(${TABLE}, 'row')`))
  await db.run(
    sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${SUMMARY} USING fts5(
      title, excerpt, topic_tags,
      slug UNINDEXED, published_at UNINDEXED, reading_time UNINDEXED,
      ${TOKENIZER}, ${PREFIXES}
    )`),
  )
  // Which columns each word is in, per article, and nothing else: enough to count matches.
  await db.run(
    sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${COUNT} USING fts5(
      title, excerpt, body, topic_tags,
      content = '', contentless_delete = 1, detail = column,
      ${TOKENIZER}, ${PREFIXES}
    )`),
  )
}

export async function dropSearchTables(db: Drizzle): Promise<void> {
  await dropSummaryAndCountTables(db)
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${TABLE}_vocab`))
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${TABLE}`))
}

export async function dropSummaryAndCountTables(db: Drizzle): Promise<void> {
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${COUNT}`))
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${SUMMARY}`))
}

/**
 * Fills the summary and count tables from the full one (the migration that added them, to a
 * database whose full table was filled before they existed). Empties them first.
 */
export async function fillSummaryAndCountTables(db: Drizzle): Promise<void> {
  await db.run(sql.raw(`DELETE FROM ${SUMMARY}`))
  await db.run(sql.raw(`DELETE FROM ${COUNT}`))
  await db.run(
    sql.raw(`INSERT INTO ${SUMMARY} (rowid, title, excerpt, topic_tags, slug, published_at, reading_time)
      SELECT rowid, title, excerpt, topic_tags, slug, published_at, reading_time FROM ${TABLE}`),
  )
  await db.run(
    sql.raw(`INSERT INTO ${COUNT} (rowid, title, excerpt, body, topic_tags)
      SELECT rowid, title, excerpt, body, topic_tags FROM ${TABLE}`),
  )
}

/**
 * Fills the search's tables from the published articles already in the database (once, when the
 * tables are created). Reads the tables directly so it keeps working whatever the collection's
 * config becomes after this migration.
 */
export async function backfillSearchTable(db: Drizzle): Promise<number> {
  const topics = new Map<number, number[]>()
  const rels = await db.run(
    sql`SELECT parent_id, topics_id FROM articles_rels WHERE path = 'topics' AND topics_id IS NOT NULL`,
  )
  for (const r of rels.rows) {
    const list = topics.get(Number(r.parent_id)) ?? []
    list.push(Number(r.topics_id))
    topics.set(Number(r.parent_id), list)
  }
  const articles = await db.run(
    sql`SELECT id, slug, title, excerpt, body, published_at, reading_time FROM articles WHERE _status = 'published'`,
  )
  for (const a of articles.rows) {
    const body = typeof a.body === 'string' ? lexicalToPlainText(JSON.parse(a.body)) : ''
    await upsertRow(db, {
      id: Number(a.id),
      slug: String(a.slug ?? ''),
      title: String(a.title ?? ''),
      excerpt: String(a.excerpt ?? ''),
      body,
      publishedAt: a.published_at == null ? null : String(a.published_at),
      readingTime: a.reading_time == null ? null : Number(a.reading_time),
      topics: topics.get(Number(a.id)) ?? [],
    })
  }
  return articles.rows.length
}

async function upsertRow(db: Drizzle, row: SearchRow): Promise<void> {
  await deleteRow(db, row.id)
  const topicTags = row.topics.map(topicTag).join(' ')
  await db.run(
    sql`INSERT INTO ${sql.raw(TABLE)} (rowid, title, excerpt, body, topic_tags, slug, published_at, reading_time)
        VALUES (${Number(row.id)}, ${row.title}, ${row.excerpt}, ${row.body}, ${topicTags}, ${row.slug},
                ${row.publishedAt}, ${row.readingTime})`,
  )
  await db.run(
    sql`INSERT INTO ${sql.raw(SUMMARY)} (rowid, title, excerpt, topic_tags, slug, published_at, reading_time)
        VALUES (${Number(row.id)}, ${row.title}, ${row.excerpt}, ${topicTags}, ${row.slug}, ${row.publishedAt},
                ${row.readingTime})`,
  )
  await db.run(
    sql`INSERT INTO ${sql.raw(COUNT)} (rowid, title, excerpt, body, topic_tags)
        VALUES (${Number(row.id)}, ${row.title}, ${row.excerpt}, ${row.body}, ${topicTags})`,
  )
}

async function deleteRow(db: Drizzle, id: string | number): Promise<void> {
  for (const table of TABLES) await db.run(sql`DELETE FROM ${sql.raw(table)} WHERE rowid = ${Number(id)}`)
}

// One token per topic; ids are numbers on SQLite.
const topicTag = (id: string | number) => `topic${String(id).replace(/[^\p{L}\p{N}]/gu, '')}`

/** The drizzle instance of the request's transaction, so the index changes with the article or not at all. */
async function dbFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Drizzle> {
  const adapter = payload.db as unknown as SQLiteAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? adapter.sessions?.[id]?.db : undefined
  return (session as unknown as Drizzle | undefined) ?? adapter.drizzle
}

const quote = (word: string) => `"${word.replace(/"/g, '""')}"`

/** Every word (mode "all") or any of them, in the given columns, prefixes for the longer ones. */
function wordsExpression(alternatives: string[][], mode: 'all' | 'any', columns: string): string {
  const parts = alternatives.map((forms) => {
    const each = forms.map((w) => (w.length >= PREFIX_MIN_LENGTH ? `${quote(w)}*` : quote(w)))
    return each.length === 1 ? each[0] : `(${each.join(' OR ')})`
  })
  return `${columns} : (${parts.join(mode === 'all' ? ' AND ' : ' OR ')})`
}

const withTopic = (expression: string, topicId?: string | number) =>
  topicId === undefined ? expression : `${expression} AND {topic_tags} : ${quote(topicTag(topicId))}`

/**
 * The FTS5 queries of one search: `all` (every match), and one per tier, each holding the
 * matches that the tiers before it do not.
 */
function matchExpressions(alternatives: string[][], mode: 'all' | 'any', topicId?: string | number) {
  const within = TIERS.map(({ columns }) => wordsExpression(alternatives, mode, columns))
  const all = withTopic(within[within.length - 1], topicId)
  const tiers = within.map((words, i) => withTopic(i === 0 ? words : `(${words}) NOT (${within[i - 1]})`, topicId))
  return { all, tiers }
}

/** Whether a word of at most one edit from `word` exists, and which (Levenshtein, bounded). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const restA = a.slice(i)
  const restB = b.slice(i)
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // a has an extra letter
    restA === restB.slice(1) || // b has an extra letter
    (restA.length > 1 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swap
  )
}

const TYPO_MIN_LENGTH = 5
const MAX_CORRECTIONS = 5

/**
 * Each word with the indexed words it may stand for: itself, plus, when it is long enough and
 * neither it nor a longer word starting with it is in the index, the indexed words one typo
 * away that share its first two letters.
 */
async function withCorrections(db: Drizzle, words: string[]): Promise<string[][]> {
  return Promise.all(
    words.map(async (word) => {
      if (word.length < TYPO_MIN_LENGTH) return [word]
      const known = await db.run(
        sql`SELECT 1 FROM ${sql.raw(`${TABLE}_vocab`)} WHERE term >= ${word} AND term < ${`${word}\u{10FFFF}`} LIMIT 1`,
      )
      if (known.rows.length) return [word]
      // Reading the vocabulary costs with the number of words read: only those sharing the first two letters.
      const start = word.slice(0, 2)
      const candidates = await db.run(
        sql`SELECT term, doc FROM ${sql.raw(`${TABLE}_vocab`)} WHERE term >= ${start} AND term < ${`${start}\u{10FFFF}`}`,
      )
      const close = candidates.rows
        .map((r) => ({ term: String(r.term), docs: Number(r.doc) }))
        .filter((c) => withinOneEdit(word, c.term))
        .sort((a, b) => b.docs - a.docs)
        .slice(0, MAX_CORRECTIONS)
        .map((c) => c.term)
      return close.length ? close : [word]
    }),
  )
}

/** FTS5's refusal of a phrase on a table without word positions (Drizzle wraps the driver's error). */
function refusesPhrases(error: unknown): boolean {
  // Read by shape: an Error from another realm (Jest's, a worker's) fails instanceof.
  const messages = [error, (error as { cause?: unknown } | null)?.cause].map((e) =>
    String((e as { message?: unknown } | null)?.message ?? ''),
  )
  return messages.some((m) => m.includes('phrase queries are not supported'))
}

const marked = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g')
const unmark = (text: string) => text.replace(/[\u0002\u0003]/g, '')

function matchedTerms(...texts: string[]): string[] {
  const terms = new Set<string>()
  for (const text of texts) for (const m of text.matchAll(marked)) if (m[1].trim()) terms.add(m[1].trim().toLowerCase())
  return [...terms]
}

export const sqliteSearch: SearchEngine = {
  async prepare() {
    // The migrations create and fill the tables; SQLite databases are always migrated.
  },

  async rebuild(payload) {
    const db = await dbFor(payload)
    for (const table of TABLES) await db.run(sql.raw(`DELETE FROM ${table}`))
    return backfillSearchTable(db)
  },

  async upsert(req, row) {
    await upsertRow(await dbFor(req.payload, req), row)
  },

  async remove(req, id) {
    await deleteRow(await dbFor(req.payload, req), id)
  },

  async search(req, { words, topicId, offset, limit }): Promise<SearchResultPage> {
    if (!words.length) return { total: 0, hits: [] }
    const db = await dbFor(req.payload, req)
    const countOn = async (table: string, match: string) => {
      const counted = await db.run(
        sql`SELECT count(*) AS total FROM ${sql.raw(table)} WHERE ${sql.raw(table)} MATCH ${match}`,
      )
      return Number(counted.rows[0]?.total ?? 0)
    }
    const count = async (match: string, table = COUNT) => {
      try {
        return await countOn(table, match)
      } catch (error) {
        // The count table keeps no word positions, so FTS5 refuses a phrase there: a word the
        // tokenizer splits in two (a character that is a letter to queryWords but a separator to
        // unicode61, which knows Unicode 6.1). The full table counts it.
        if (table === COUNT && refusesPhrases(error)) return countOn(TABLE, match)
        throw error
      }
    }
    // Every word when some article has them all; else with typos corrected; else any of them.
    let alternatives = words.map((w) => [w])
    let match = matchExpressions(alternatives, 'all', topicId)
    let total = await count(match.all)
    if (total === 0) {
      alternatives = await withCorrections(db, words)
      match = matchExpressions(alternatives, 'all', topicId)
      total = await count(match.all)
    }
    if (total === 0 && alternatives.length > 1) {
      match = matchExpressions(alternatives, 'any', topicId)
      total = await count(match.all)
    }
    if (total === 0 || offset >= total) return { total, hits: [] }

    // ORDER BY rank is sorted inside FTS5, so snippet() and highlight() run for this page's rows only.
    const ranked = async (tier: (typeof TIERS)[number], expression: string, take: number, skip: number) => {
      const table = sql.raw(tier.table)
      const passage = tier.passage ? sql`snippet(${table}, 2, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_TOKENS})` : sql`''`
      const found = await db.run(sql`
        SELECT rowid AS id, -rank AS score, slug, title, excerpt, published_at, reading_time,
          highlight(${table}, 0, ${OPEN}, ${CLOSE}) AS title_marked,
          highlight(${table}, 1, ${OPEN}, ${CLOSE}) AS excerpt_marked,
          ${passage} AS body_snippet
        FROM ${table} WHERE ${table} MATCH ${expression} AND rank MATCH ${tier.rank}
        ORDER BY rank LIMIT ${take} OFFSET ${skip}`)
      return found.rows
    }
    // The page's rows, tier after tier. A tier the page starts inside of, or at, is ranked at once:
    // when it gives fewer rows than asked it has no more, so its size is known without a count.
    // Only a tier the page may start after is counted (cheap) first, and skipped when it does.
    // The last tier holds what the others do not.
    const rows: Awaited<ReturnType<typeof ranked>>[number][] = []
    let skip = offset
    let before = 0
    for (const [i, tier] of TIERS.entries()) {
      if (rows.length === limit || before >= total) break
      if (skip > 0) {
        const size = i === TIERS.length - 1 ? total - before : await count(match.tiers[i], tier.table)
        if (skip >= size) {
          skip -= size
          before += size
          continue
        }
      }
      const found = await ranked(tier, match.tiers[i], limit - rows.length, skip)
      rows.push(...found)
      before += skip + found.length
      skip = 0
    }

    const hits: SearchHit[] = []
    for (const r of rows) {
      const snippet = String(r.body_snippet ?? '')
      hits.push({
        id: Number(r.id),
        slug: String(r.slug ?? ''),
        title: String(r.title ?? ''),
        excerpt: String(r.excerpt ?? ''),
        // A passage only when the body matched: without a match snippet() returns the body's start.
        snippet: snippet.includes(OPEN) ? unmark(snippet) : '',
        publishedAt: r.published_at == null ? null : String(r.published_at),
        readingTime: r.reading_time == null ? null : Number(r.reading_time),
        score: Number(r.score),
        terms: matchedTerms(String(r.title_marked ?? ''), String(r.excerpt_marked ?? ''), snippet),
      })
    }
    return { total, hits }
  },
}
