import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { SearchResponse } from '@resilient-mind/content'

import { searchEndpoint } from '../../src/endpoints/search'
import { searchEngine } from '../../src/search'
import { queryWords } from '../../src/search/query'
import { publishedSearchRows } from '../../src/search/rows'
import { snippetAround } from '../../src/search/snippet'
import { lexical, startPayload } from '../helpers/payload'

/** The full-text search endpoint, called through Payload's REST handler on a real database. */
const onSqlite = !process.env.DATABASE_URI?.startsWith('mongodb')
let payload: Payload
let authorId: number
let topicId: number

beforeAll(async () => {
  payload = await startPayload()
  authorId = (await payload.create({ collection: 'authors', data: { name: 'Sam Writer' } })).id
  topicId = (await payload.create({ collection: 'topics', data: { title: 'Rebuilding trust' } })).id
  const publish = (title: string, body: string[], extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'articles',
      data: { title, author: authorId, body: lexical(...body), _status: 'published', ...extra } as never,
    })
  await publish('Rebuilding trust after betrayal', ['Trust can be rebuilt with honesty and time.'], {
    topics: [topicId],
  })
  await publish('Sleep and stress', ['Stress keeps many people awake.', 'Some say trust in yourself helps a little.'])
  await publish('Grief in the family', ['Loss touches everyone differently.'])
})
afterAll(async () => payload.destroy())

async function search(
  query: string,
): Promise<{ status: number; body: SearchResponse & { errors?: { message: string }[] } }> {
  const url = new URL(`http://localhost/api/search?${query}`)
  const res = await searchEndpoint.handler(
    Object.assign({ payload, searchParams: url.searchParams, url: url.toString() }) as never,
  )
  return { status: res.status, body: await res.json() }
}

describe('GET /api/search', () => {
  it('ranks a title match above a passing mention in the body', async () => {
    const { status, body } = await search('q=trust')
    expect(status).toBe(200)
    expect(body.docs.map((d) => d.title)).toEqual(['Rebuilding trust after betrayal', 'Sleep and stress'])
    expect(body.docs[0].score).toBeGreaterThan(body.docs[1].score)
    expect(body.docs[0].terms).toContain('trust')
    expect(body.docs[1].snippet).toContain('trust in yourself')
  })

  it('matches word beginnings and small typos', async () => {
    expect((await search('q=betray')).body.docs[0]?.title).toBe('Rebuilding trust after betrayal')
    expect((await search('q=strees')).body.docs[0]?.title).toBe('Sleep and stress')
  })

  it('filters by topic slug and paginates', async () => {
    expect((await search('q=trust&topic=rebuilding-trust')).body.docs.map((d) => d.title)).toEqual([
      'Rebuilding trust after betrayal',
    ])
    expect((await search('q=trust&topic=no-such-topic')).body.totalDocs).toBe(0)
    const page2 = await search('q=trust&limit=1&page=2')
    expect(page2.body).toMatchObject({ totalDocs: 2, totalPages: 2, page: 2 })
    expect(page2.body.docs.map((d) => d.title)).toEqual(['Sleep and stress'])
  })

  it('follows publishing, unpublishing, edits and deletion without a rebuild', async () => {
    const created = await payload.create({
      collection: 'articles',
      data: {
        title: 'Mindful walking',
        author: authorId,
        body: lexical('Walking outdoors calms the mind.'),
        _status: 'published',
      },
    })
    expect((await search('q=walking')).body.totalDocs).toBe(1)

    await payload.update({ collection: 'articles', id: created.id, data: { title: 'Mindful wandering' }, draft: true })
    expect((await search('q=walking')).body.docs[0]?.title).toBe('Mindful walking') // a draft does not replace what is live

    await payload.update({ collection: 'articles', id: created.id, data: { _status: 'draft' } })
    expect((await search('q=walking')).body.totalDocs).toBe(0)

    await payload.update({ collection: 'articles', id: created.id, data: { _status: 'published' } })
    expect((await search('q=wandering')).body.totalDocs).toBe(1)

    await payload.delete({ collection: 'articles', id: created.id })
    expect((await search('q=wandering')).body.totalDocs).toBe(0)
  })

  ;(onSqlite ? it : it.skip)('keeps its SQLite tables (full, summary, count) holding the same articles', async () => {
    const drizzle = (payload.db as unknown as SQLiteAdapter).drizzle
    const held = async () => {
      const ids = async (table: string) =>
        (await drizzle.run(sql.raw(`SELECT rowid AS id FROM ${table} ORDER BY rowid`))).rows.map((r) => Number(r.id))
      return {
        full: await ids('articles_search'),
        summary: await ids('articles_search_summary'),
        count: await ids('articles_search_count'),
      }
    }
    const published = async () => {
      const ids = (
        await payload.find({
          collection: 'articles',
          where: { _status: { equals: 'published' } },
          sort: 'id',
          depth: 0,
          pagination: false,
        })
      ).docs.map((d) => Number(d.id))
      return { full: ids, summary: ids, count: ids }
    }
    const created = await payload.create({
      collection: 'articles',
      data: { title: 'Steady breathing', author: authorId, body: lexical('Breathe out slowly.'), _status: 'published' },
    })
    await payload.update({ collection: 'articles', id: created.id, data: { title: 'Steady breath' } })
    await payload.update({ collection: 'articles', id: created.id, data: { title: 'Steady, a draft' }, draft: true })
    expect((await published()).full).toContain(created.id)
    expect(await held()).toEqual(await published())
    await payload.delete({ collection: 'articles', id: created.id })
    expect((await published()).full).not.toContain(created.id)
    expect(await held()).toEqual(await published())
  })

  it('reads the published articles (to fill a new MongoDB index) in batches that together hold each once', async () => {
    const batches: string[][] = []
    for await (const batch of publishedSearchRows(payload, 2)) batches.push(batch.map((d) => String(d.id)))
    const ids = batches.flat()
    const published = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
    })
    expect(batches.every((b) => b.length <= 2)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(published.docs.map((d) => String(d.id)).sort())
  })

  it('is filled again from the published articles after a restore wrote them around the hooks', async () => {
    await payload.db.create({
      collection: 'articles',
      data: {
        title: 'Restored walking guide',
        slug: 'restored-walking-guide',
        author: authorId,
        body: lexical('Restored text.'),
        _status: 'published',
      },
      returning: false,
    })
    expect((await search('q=restored')).body.totalDocs).toBe(0)
    const engine = await searchEngine(payload)
    const held = await engine.rebuild(payload)
    expect((await search('q=restored')).body.docs.map((d) => d.title)).toEqual(['Restored walking guide'])
    expect(held).toBe(
      (await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })).totalDocs,
    )
  })

  it('never shows drafts', async () => {
    await payload.create({
      collection: 'articles',
      data: { title: 'Secret plan', author: authorId, body: lexical('Nobody sees this.') },
      draft: true,
    })
    expect((await search('q=secret')).body.totalDocs).toBe(0)
    expect((await search('q=nobody')).body.totalDocs).toBe(0)
  })

  it('names the matched words as the text spells them, and gives a passage only for a match in the body', async () => {
    const { body } = await search('q=betray')
    expect(body.docs[0]).toMatchObject({ title: 'Rebuilding trust after betrayal', snippet: '' })
    expect(body.docs[0].terms).toEqual(['betrayal'])
    // The excerpt (here the body's first paragraph) shows a match there itself; a passage is for
    // a match further into the body.
    const awake = (await search('q=awake')).body.docs[0]
    expect(awake).toMatchObject({ title: 'Sleep and stress', snippet: '' })
    expect(awake.excerpt).toContain('awake')
    const yourself = (await search('q=yourself')).body.docs[0]
    expect(yourself.snippet).toContain('Some say trust in yourself helps a little.')
    expect(yourself.terms).toEqual(['yourself'])
  })

  it('lists the articles with the words in the title, then in the excerpt, then only in the body', async () => {
    const mention = (n: number) => `Now and then the word hope comes up here (${n}).`
    const create = (title: string, excerpt: string, ...body: string[]) =>
      payload.create({
        collection: 'articles',
        data: { title, excerpt, author: authorId, body: lexical(...body), _status: 'published' } as never,
      })
    const bodyOnly = []
    for (let n = 0; n < 3; n++)
      bodyOnly.push(
        await create(
          `Evening routine ${n}`,
          'A calm evening.',
          'Tea and a book.',
          `${mention(n)} ${mention(n + 1)} ${mention(n + 2)} Hope, hope, hope.`,
        ),
      )
    const inExcerpt = await create('Small steps', 'Where hope comes from, and hope again.', 'A long walk.')
    const inTitle = await create('Hope', 'On walking.', 'A long walk.')
    try {
      const first = await search('q=hope&limit=2')
      expect(first.body.totalDocs).toBe(5)
      expect(first.body.docs.map((d) => [d.id, d.snippet])).toEqual([
        [inTitle.id, ''],
        [inExcerpt.id, ''],
      ])
      // Pages that start in a later tier skip the earlier tiers' articles.
      const rest = [
        ...(await search('q=hope&limit=2&page=2')).body.docs,
        ...(await search('q=hope&limit=2&page=3')).body.docs,
      ]
      expect(rest.map((d) => d.id).sort()).toEqual(bodyOnly.map((a) => a.id).sort())
      expect(rest.every((d) => d.snippet.includes('hope'))).toBe(true)
    } finally {
      for (const a of [inTitle, inExcerpt, ...bodyOnly]) await payload.delete({ collection: 'articles', id: a.id })
    }
  })

  it('answers a word that the index splits in two (a letter to us, a separator to FTS5) without an error', async () => {
    // U+19B0 is a letter today and was not one in Unicode 6.1, which SQLite's tokenizer follows.
    const { status, body } = await search(`q=${encodeURIComponent('trust\u19B0honesty')}`)
    expect(status).toBe(200)
    expect(body.docs.map((d) => d.title)).toEqual([])
  })

  it('finds articles with every word first, else with any of them', async () => {
    expect((await search('q=trust%20honesty')).body.docs.map((d) => d.title)).toEqual([
      'Rebuilding trust after betrayal',
    ])
    expect((await search('q=honesty%20loss')).body.docs.map((d) => d.title).sort()).toEqual([
      'Grief in the family',
      'Rebuilding trust after betrayal',
    ])
  })

  it.each([
    ['quotes', '"trust'],
    ['FTS operators', 'trust NEAR(betrayal) AND * OR NOT'],
    ['a column filter', 'title:trust'],
    ['a prefix star and a caret', '^trust*'],
    ['parentheses and a minus', '(trust) -betrayal'],
    ['emoji', '🙂 trust 🙏'],
    ['quotes around words', '"rebuilding trust"'],
  ])('reads %s as plain words, never as query syntax', async (_, q) => {
    const { status, body } = await search(`q=${encodeURIComponent(q)}`)
    expect(status).toBe(200)
    expect(body.docs[0]?.title).toBe('Rebuilding trust after betrayal')
  })

  it.each([
    ['only punctuation', '*** ::: ""'],
    ['only emoji', '🙂🙏'],
    ['a very long query', 'word '.repeat(40)],
  ])('answers %s with no results, not an error', async (_, q) => {
    const { status, body } = await search(`q=${encodeURIComponent(q)}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ totalDocs: 0, docs: [] })
  })

  it.each([
    ['q=', 'Add what to search for'],
    [`q=${'x'.repeat(201)}`, 'at most 200 characters'],
    ['q=trust&page=0', '"page" must be a whole number'],
    ['q=trust&limit=500', '"limit" must be a whole number from 1 to 50'],
  ])('answers 400 with a reason for %s', async (query, message) => {
    const { status, body } = await search(query)
    expect(status).toBe(400)
    expect(body.errors?.[0].message).toContain(message)
  })
})

describe('queryWords', () => {
  it('keeps words (lower-cased, once, without common words) and drops everything else', () => {
    expect(queryWords('The "Trust" & trust: NEAR(betrayal)* 🙂')).toEqual(['trust', 'near', 'betrayal'])
    expect(queryWords('what is this')).toEqual(['what', 'is', 'this'])
    expect(queryWords('👍 *** ""')).toEqual([])
  })
})

describe('snippetAround', () => {
  it('cuts a passage at word boundaries around the first matched word', () => {
    const text = `${'calm '.repeat(60)}rebuilding trust takes time ${'slow '.repeat(60)}`
    const s = snippetAround(text, ['trust'], 40)
    expect(s).toMatch(/^….*trust takes time.*…$/)
    expect(s.length).toBeLessThan(100)
    expect(snippetAround('nothing here', ['trust'])).toBe('')
  })
})
