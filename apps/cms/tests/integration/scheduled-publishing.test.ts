import type { Payload } from 'payload'

import { jobsConfig } from '../../src/jobs'
import { createStaff, lexical, startPayload, type Staff } from '../helpers/payload'

/**
 * Scheduled publishing uses Payload's schedulePublish task on the jobs queue. In the running
 * product the queue is worked every minute by jobs.autoRun; here the test works it by hand.
 */
let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const anonymousCanSee = async (id: number) =>
  (await payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

it('the product works the queue every minute by itself; tests work it by hand', () => {
  expect(jobsConfig({ NODE_ENV: 'production' }).autoRun).toContainEqual(
    expect.objectContaining({ cron: '* * * * *', queue: 'default' }),
  )
  expect(jobsConfig({ NODE_ENV: 'development' }).autoRun).toContainEqual(expect.objectContaining({ queue: 'default' }))
  expect(jobsConfig({ NODE_ENV: 'test' }).autoRun).toEqual([])
})

it('publishes a draft at the scheduled time, not before', async () => {
  const author = await payload.create({ collection: 'authors', data: { name: 'Scheduler' } })
  const draft = await payload.create({
    collection: 'articles',
    data: { title: 'Coming soon', author: author.id, body: lexical('Later.') },
    draft: true,
    user: staff.editor,
    overrideAccess: false,
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: draft.id },
      user: { relationTo: 'users', value: staff.editor.id },
    },
    waitUntil: new Date(Date.now() + 1500),
  })

  await payload.jobs.run()
  expect(await anonymousCanSee(draft.id)).toBe(false)

  await new Promise((r) => setTimeout(r, 1600))
  await payload.jobs.run()
  expect(await anonymousCanSee(draft.id)).toBe(true)
  const published = await payload.findByID({ collection: 'articles', id: draft.id })
  expect(published._status).toBe('published')
  expect(published.publishedAt).toBeTruthy()
})

it('a publish scheduled by an author does not go live (authors cannot publish)', async () => {
  const author = await payload.create({ collection: 'authors', data: { name: 'Eager Author' } })
  const draft = await payload.create({
    collection: 'articles',
    data: { title: 'Not my call', author: author.id, body: lexical('Draft.') },
    draft: true,
    user: staff.author,
    overrideAccess: false,
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: draft.id },
      user: { relationTo: 'users', value: staff.author.id },
    },
    waitUntil: new Date(Date.now() - 1000),
  })
  await payload.jobs.run()
  expect(await anonymousCanSee(draft.id)).toBe(false)
})
