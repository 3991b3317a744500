import type { Payload } from 'payload'

import { gql, rest } from '../helpers/http'
import { createStaff, lexical, startPayload, type Staff } from '../helpers/payload'

/** The same anonymous rules over REST and GraphQL, through the real route handlers. */
let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  const author = await payload.create({ collection: 'authors', data: { name: 'Http Author' } })
  await payload.create({
    collection: 'articles',
    data: { title: 'Public article', author: author.id, body: lexical('Open to all.'), _status: 'published' },
  })
  await payload.create({
    collection: 'articles',
    data: { title: 'Secret draft', author: author.id, body: lexical('Not yet.') },
    draft: true,
  })
  await payload.create({
    collection: 'inquiries',
    data: { name: 'Private Person', email: 'private@example.org', consent: true },
  })
})
afterAll(async () => {
  await payload.destroy()
})

describe('REST, anonymous', () => {
  it('refuses the user list', async () => {
    const res = await rest('GET', 'users')
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toContain('@test.dev')
  })

  it('refuses inquiries', async () => {
    const res = await rest('GET', 'inquiries')
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).not.toContain('Private Person')
  })

  it('returns published articles only, even when asking for drafts', async () => {
    for (const query of ['articles', 'articles?draft=true']) {
      const res = await rest('GET', query)
      expect(res.status).toBe(200)
      expect(res.body.docs.map((d: { title: string }) => d.title)).toEqual(['Public article'])
    }
    const where = await rest('GET', 'articles?where[_status][equals]=draft&draft=true')
    expect(where.body.docs).toEqual([])
  })

  it('cannot create an article or an inquiry', async () => {
    expect((await rest('POST', 'articles', { body: { title: 'x' } })).status).toBe(403)
    expect(
      (await rest('POST', 'inquiries', { body: { name: 'x', email: 'x@example.org', consent: true } })).status,
    ).toBe(403)
  })
})

describe('REST, signed in', () => {
  it('an editor logs in and sees drafts', async () => {
    const login = await rest('POST', 'users/login', {
      body: { email: 'editor@test.dev', password: 'correct-horse-battery' },
    })
    expect(login.status).toBe(200)
    const res = await rest('GET', 'articles?draft=true&sort=title', { token: login.body.token })
    expect(res.body.docs.map((d: { title: string }) => d.title)).toEqual(['Public article', 'Secret draft'])
    expect((await rest('GET', 'inquiries', { token: login.body.token })).status).toBe(403)
    void staff
  })
})

describe('GraphQL, anonymous', () => {
  it('returns no drafts', async () => {
    const res = await gql('{ Articles(draft: true) { docs { title _status } } }')
    expect(res.body.data.Articles.docs).toEqual([{ title: 'Public article', _status: 'published' }])
  })

  it('returns no users and no inquiries', async () => {
    const users = await gql('{ Users { docs { email } } }')
    expect(users.body.data?.Users ?? null).toBeNull()
    expect(users.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const inquiries = await gql('{ Inquiries { docs { name email } } }')
    expect(JSON.stringify(inquiries.body)).not.toContain('Private Person')
    expect(inquiries.body.errors?.length).toBeGreaterThan(0)
  })

  it('cannot read who created an article', async () => {
    const res = await gql('{ Articles { docs { title createdBy { email } } } }')
    expect(JSON.stringify(res.body)).not.toContain('@test.dev')
  })
})
