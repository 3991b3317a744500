import type { Payload } from 'payload'

import { seedOnFirstStart } from '../../src/seed/onInit'
import { startPayload } from '../helpers/payload'

/** The CMS seeds on its first start on an empty database, and never again after that. */
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

it('seeds an empty database on the first start', async () => {
  expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(0)
  process.env.ADMIN_EMAIL = 'owner@test.dev'
  process.env.ADMIN_PASSWORD = 'a-long-enough-password'
  await seedOnFirstStart(payload)
  expect((await payload.count({ collection: 'articles' })).totalDocs).toBeGreaterThan(0)
  expect((await payload.count({ collection: 'services' })).totalDocs).toBeGreaterThan(0)
  expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
})

it('leaves a database with content alone on later starts: deleted seed content stays deleted', async () => {
  const [article] = (await payload.find({ collection: 'articles', limit: 1 })).docs
  await payload.delete({ collection: 'articles', id: article.id })
  await seedOnFirstStart(payload)
  expect((await payload.find({ collection: 'articles', where: { slug: { equals: article.slug } } })).totalDocs).toBe(0)
})
