import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'

import { lexical, startPayload } from '../helpers/payload'

/**
 * What keeps the website's reads cheap as the library grows (bench/ measures the speed):
 * the public list is answered from an index in order, and an embedded author, topic or
 * related article carries only what a card shows, never a body or a bio.
 */
let payload: Payload
let authorId: number
let topicId: number
const onSqlite = !process.env.DATABASE_URI?.startsWith('mongodb')

beforeAll(async () => {
  payload = await startPayload()
  authorId = (
    await payload.create({
      collection: 'authors',
      data: {
        name: 'Sam Writer',
        role: 'Therapist',
        credentials: [{ abbreviation: 'LPC', title: 'Licensed Professional Counselor' }],
        bio: lexical('A long biography.'),
      },
    })
  ).id
  topicId = (
    await payload.create({
      collection: 'topics',
      data: { title: 'Rebuilding trust', description: 'Articles about trust.' },
    })
  ).id
  for (let i = 1; i <= 15; i++) {
    await payload.create({
      collection: 'articles',
      data: {
        title: `Article ${i}`,
        author: authorId,
        topics: i % 2 ? [topicId] : [],
        body: lexical(`Body of article ${i}.`),
        publishedAt: new Date(Date.UTC(2025, 0, i)).toISOString(),
        _status: i === 15 ? 'draft' : 'published',
      } as never,
    })
  }
})
afterAll(async () => payload.destroy())

/** Runs fn while recording the SQL Payload sends, then asks SQLite how it would run each query. */
async function plansOf(fn: () => Promise<unknown>): Promise<{ sql: string; plan: string }[]> {
  const db = payload.db as unknown as { drizzle: unknown; client: unknown; schema: Record<string, unknown> }
  const original = db.drizzle
  const seen: { sql: string; params: unknown[] }[] = []
  db.drizzle = drizzle({
    client: db.client as never,
    schema: db.schema,
    logger: { logQuery: (sql: string, params: unknown[]) => seen.push({ sql, params }) },
  })
  try {
    await fn()
  } finally {
    db.drizzle = original
  }
  const client = db.client as unknown as {
    execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: { detail: string }[] }>
  }
  return Promise.all(
    seen.map(async ({ sql, params }) => ({
      sql,
      plan: (await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params })).rows
        .map((r) => r.detail)
        .join(' | '),
    })),
  )
}

const published = { _status: { equals: 'published' } } as const

;(onSqlite ? describe : describe.skip)('the published list on SQLite', () => {
  it.each([
    ['all articles', published],
    ['one topic', { and: [published, { topics: { in: [0] } }] }],
  ])(
    'reads %s newest first from the (_status, publishedAt) index, without sorting the table',
    async (_label, where) => {
      const w = JSON.parse(JSON.stringify(where).replace('[0]', `[${topicId}]`))
      let docs: { title: string }[] = []
      const plans = await plansOf(async () => {
        docs = (
          await payload.find({
            collection: 'articles',
            where: w,
            sort: '-publishedAt',
            limit: 3,
            depth: 0,
            select: { title: true },
          })
        ).docs
      })
      expect(docs.map((d) => d.title)).toEqual(
        w.and ? ['Article 13', 'Article 11', 'Article 9'] : ['Article 14', 'Article 13', 'Article 12'],
      )
      const ordered = plans.filter((p) => /order by/i.test(p.sql) && /from "articles"/i.test(p.sql))
      expect(ordered.length).toBeGreaterThan(0)
      for (const p of ordered) {
        expect(p.plan).toMatch(/INDEX _status_publishedAt_createdAt_idx/)
        expect(p.plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
      }
    },
  )
})

describe('embedded documents', () => {
  it('carry what a card shows: no author bio, no topic description, no related body', async () => {
    const first = await payload.find({
      collection: 'articles',
      where: { title: { equals: 'Article 1' } },
      limit: 1,
      depth: 0,
    })
    const withRelated = await payload.create({
      collection: 'articles',
      data: {
        title: 'With related',
        author: authorId,
        topics: [topicId],
        relatedArticles: [first.docs[0].id],
        body: lexical('Text.'),
        _status: 'published',
      } as never,
    })
    const doc = (await payload.findByID({ collection: 'articles', id: withRelated.id, depth: 2 })) as unknown as {
      author: Record<string, unknown>
      topics: Record<string, unknown>[]
      relatedArticles: Record<string, unknown>[]
      body: unknown
    }
    expect(doc.body).toBeTruthy() // the document itself is whole
    expect(doc.author).toMatchObject({
      name: 'Sam Writer',
      role: 'Therapist',
      credentials: [expect.objectContaining({ abbreviation: 'LPC' })],
    })
    expect(doc.author).not.toHaveProperty('bio')
    expect(doc.topics[0]).toMatchObject({ title: 'Rebuilding trust', slug: 'rebuilding-trust' })
    expect(doc.topics[0]).not.toHaveProperty('description')
    expect(doc.relatedArticles[0]).toMatchObject({
      title: 'Article 1',
      slug: 'article-1',
      _status: 'published',
      readingTime: 1,
    })
    expect(doc.relatedArticles[0]).toHaveProperty('excerpt')
    expect(doc.relatedArticles[0]).not.toHaveProperty('body')
    // The related article's author is embedded in turn (depth 2), also without the bio.
    expect(doc.relatedArticles[0].author).toMatchObject({ name: 'Sam Writer' })
    expect(doc.relatedArticles[0].author).not.toHaveProperty('bio')
  })

  it('still give the whole author on the author itself', async () => {
    const author = await payload.findByID({ collection: 'authors', id: authorId, depth: 1 })
    expect(author.bio).toBeTruthy()
  })
})
