import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import type { lexical as Lexical } from '../helpers/payload'

/**
 * The announcement of a change is queued in the change's own transaction, so the website
 * hears of a change only once it is committed, and never of one that is rolled back.
 */
const received: string[][] = []
let server: http.Server
let payload: Payload
let lexical: typeof Lexical
let authorId: number

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      const { paths } = JSON.parse(raw) as { paths: string[] }
      received.push(paths)
      res
        .writeHead(200, { 'content-type': 'application/json', connection: 'close' })
        .end(JSON.stringify({ revalidated: paths, failed: [] }))
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  process.env.WEB_REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
  process.env.REVALIDATE_SECRET = 'test-revalidate-secret-0123456789'
  const helpers = await import('../helpers/payload')
  lexical = helpers.lexical
  payload = await helpers.startPayloadWithTransactions()
  authorId = (
    await payload.create({ collection: 'authors', data: { name: 'Ada Author' }, context: { disableRevalidate: true } })
  ).id
})
afterAll(async () => {
  await payload.destroy()
  await new Promise((r) => server.close(r))
})
beforeEach(() => (received.length = 0))

const queued = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'announceChange' } } })).totalDocs

async function publishIn(transactionID: string | number, title: string) {
  return payload.create({
    collection: 'articles',
    data: { title, author: authorId, body: lexical('Text.'), _status: 'published' },
    req: { transactionID },
  })
}

it('a change rolled back announces nothing', async () => {
  const transactionID = await payload.db.beginTransaction()
  expect(transactionID).toBeTruthy()
  const doc = await publishIn(transactionID!, 'Never happened')
  await payload.update({
    collection: 'authors',
    id: authorId,
    data: { role: 'Rolled back' },
    req: { transactionID: transactionID! },
  })
  await payload.db.rollbackTransaction(transactionID!)

  expect((await payload.count({ collection: 'articles', where: { id: { equals: doc.id } } })).totalDocs).toBe(0)
  expect(await queued()).toBe(0)
  await payload.jobs.run({ queue: 'announce' })
  expect(received).toEqual([])
})

it('the same change committed is announced, once the queue runs', async () => {
  const transactionID = await payload.db.beginTransaction()
  await publishIn(transactionID!, 'Did happen')
  await payload.db.commitTransaction(transactionID!)

  expect(await queued()).toBe(1)
  expect(received).toEqual([])
  await payload.jobs.run({ queue: 'announce' })
  expect(received).toHaveLength(1)
  expect(received[0][0]).toBe('/resources/did-happen')
})
