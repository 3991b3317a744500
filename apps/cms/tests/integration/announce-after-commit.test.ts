import type { Payload } from 'payload'

import type { lexical as Lexical } from '../helpers/payload'
import { startStandInWebsite } from '../helpers/standInWebsite'

/**
 * The announcement of a change is queued in the change's own transaction, so the website
 * hears of a change only once it is committed, and never of one that is rolled back.
 */
let website: Awaited<ReturnType<typeof startStandInWebsite>>
let payload: Payload
let lexical: typeof Lexical
let authorId: number

beforeAll(async () => {
  website = await startStandInWebsite()
  const helpers = await import('../helpers/payload')
  lexical = helpers.lexical
  payload = await helpers.startPayloadWithTransactions()
  authorId = (
    await payload.create({ collection: 'authors', data: { name: 'Ada Author' }, context: { disableRevalidate: true } })
  ).id
})
afterAll(async () => {
  await payload.destroy()
  await website.close()
})
beforeEach(() => (website.received.length = 0))

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
  expect(website.received).toEqual([])
})

it('the same change committed is announced, once the queue runs', async () => {
  const transactionID = await payload.db.beginTransaction()
  await publishIn(transactionID!, 'Did happen')
  await payload.db.commitTransaction(transactionID!)

  expect(await queued()).toBe(1)
  expect(website.received).toEqual([])
  await payload.jobs.run({ queue: 'announce' })
  expect(website.received).toHaveLength(1)
  expect(website.received[0][0]).toBe('/resources/did-happen')
})
