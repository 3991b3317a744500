import path from 'node:path'

import { createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

import { migrations } from '../../src/migrations/sqlite'

/**
 * The migration that adds the search's summary and count tables fills them from the full search
 * table of a database that was searchable before it: the committed migrations are applied in
 * order to a new SQLite file, as a production start does, then rolled back.
 */
const SUMMARY_AND_COUNT = '20261130_051652_search_summary_and_count'

it('fills the summary and count tables from the articles already searchable, and rolls back', async () => {
  const client = createClient({ url: `file:${path.join(process.env.PAYLOAD_TEST_TMP!, 'search-migrate.db')}` })
  const args = { db: drizzle(client), payload: undefined, req: undefined } as never
  const at = migrations.findIndex((m) => m.name === SUMMARY_AND_COUNT)
  expect(at).toBeGreaterThan(0)
  for (const m of migrations.slice(0, at)) await m.up(args)

  // A database from before this migration: only the full table, holding two articles.
  await client.execute('DROP TABLE articles_search_count')
  await client.execute('DROP TABLE articles_search_summary')
  for (const [id, title, excerpt, body, topics] of [
    [3, 'Rebuilding trust', 'After a betrayal.', 'Honesty, slowly.', 'topic1'],
    [4, 'Sleep and stress', 'Restless nights.', 'Trust the routine.', ''],
  ])
    await client.execute({
      sql: `INSERT INTO articles_search (rowid, title, excerpt, body, topic_tags, slug, published_at, reading_time)
            VALUES (?, ?, ?, ?, ?, ?, '2025-01-01', 2)`,
      args: [id, title, excerpt, body, topics, `article-${id}`],
    })

  await migrations[at].up(args)
  const ids = async (sql: string) => (await client.execute(sql)).rows.map((r) => Number(r.id))
  expect(
    await ids(`SELECT rowid AS id FROM articles_search_summary WHERE articles_search_summary MATCH 'trust'`),
  ).toEqual([3])
  expect(await ids(`SELECT rowid AS id FROM articles_search_count WHERE articles_search_count MATCH 'trust'`)).toEqual([
    3, 4,
  ])
  for (const table of ['articles_search_summary', 'articles_search_count'])
    expect(await ids(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH 'topic1'`)).toEqual([3])
  const summary = await client.execute(
    `SELECT slug, published_at, reading_time FROM articles_search_summary WHERE rowid = 4`,
  )
  expect(summary.rows[0]).toMatchObject({ slug: 'article-4', published_at: '2025-01-01', reading_time: 2 })

  await migrations[at].down(args)
  const tables = await client.execute(`SELECT name FROM sqlite_master WHERE name LIKE 'articles_search_%'`)
  expect(tables.rows.map((r) => String(r.name)).filter((n) => /_(summary|count)/.test(n))).toEqual([])
  expect(await ids(`SELECT rowid AS id FROM articles_search WHERE articles_search MATCH 'trust'`)).toEqual([3, 4])
  client.close()
})
