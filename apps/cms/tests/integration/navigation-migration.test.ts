import path from 'node:path'

import { createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

import { migrations } from '../../src/migrations/sqlite'

/**
 * The migration that gives navigation links a type keeps a production database's navigation:
 * each typed address becomes the kind of link it is. The committed migrations are applied in
 * order to a new SQLite file, as a production start does, with the old navigation in between;
 * then rolled back, which gives back plain addresses.
 */
const LINKS = '20261129_162649_pages_pages_redirects_navigation_links'

it('turns the old navigation addresses into chosen links, and back', async () => {
  const client = createClient({ url: `file:${path.join(process.env.PAYLOAD_TEST_TMP!, 'migrate.db')}` })
  const db = drizzle(client)
  const args = { db, payload: undefined, req: undefined } as never
  const at = migrations.findIndex((m) => m.name === LINKS)
  expect(at).toBeGreaterThan(0)
  for (const m of migrations.slice(0, at)) await m.up(args)

  await client.execute(`INSERT INTO practice (id, name, crisis_notice) VALUES (1, 'Resilient Mind', 'Call 988.')`)
  await client.execute(
    `INSERT INTO services (id, title, slug, summary, _status, display_order, updated_at, created_at) VALUES (7, 'Coaching', 'coaching', 'S', 'published', 1, '2025-01-01', '2025-01-01')`,
  )
  const old = [
    ['Resources', '/resources'],
    ['Services', '/services/'],
    ['Coaching', '/services/coaching'],
    ['Request an appointment', '/contact'],
    ['Page two', '/resources/page/2'],
  ]
  for (const [i, [label, href]] of old.entries()) {
    await client.execute({
      sql: `INSERT INTO practice_navigation (_order, _parent_id, id, label, href) VALUES (?, 1, ?, ?, ?)`,
      args: [i + 1, `nav${i}`, label, href],
    })
  }

  await migrations[at].up(args)
  const rows = await client.execute(`SELECT label, type, service_id, href FROM practice_navigation ORDER BY _order`)
  expect(rows.rows.map((r) => [r.label, r.type, r.service_id, r.href])).toEqual([
    ['Resources', 'library', null, null],
    ['Services', 'services', null, null],
    ['Coaching', 'service', 7, null],
    ['Request an appointment', 'contact', null, null],
    ['Page two', 'path', null, '/resources/page/2'],
  ])

  await migrations[at].down(args)
  const back = await client.execute(`SELECT label, href FROM practice_navigation ORDER BY _order`)
  expect(back.rows.map((r) => [r.label, r.href])).toEqual([
    ['Resources', '/resources'],
    ['Services', '/services'],
    ['Coaching', '/services/coaching'],
    ['Request an appointment', '/contact'],
    ['Page two', '/resources/page/2'],
  ])
  client.close()
})
