import type { Payload } from 'payload'

import { rest } from '../helpers/http'
import { createStaff, lexical, startPayload } from '../helpers/payload'

/** Each bad input gets a 4xx with a message a person can act on, and changes nothing. */
let payload: Payload
let token: string
let authorId: number

const countArticles = async () => (await payload.count({ collection: 'articles' })).totalDocs
const messages = (body: any): string =>
  JSON.stringify([
    body?.errors?.map((e: any) => [e.message, e.data?.errors?.map((d: any) => `${d.path}: ${d.message}`)]),
  ])

beforeAll(async () => {
  payload = await startPayload()
  await createStaff(payload)
  token = (await rest('POST', 'users/login', { body: { email: 'admin@test.dev', password: 'correct-horse-battery' } }))
    .body.token
  authorId = (await payload.create({ collection: 'authors', data: { name: 'Bad Input Author' } })).id
  await payload.create({
    collection: 'articles',
    data: { title: 'Taken title', author: authorId, body: lexical('x'), _status: 'published' },
  })
})
afterAll(async () => {
  await payload.destroy()
})

it('missing required fields: 400 naming each field', async () => {
  const before = await countArticles()
  const res = await rest('POST', 'articles', { token, body: { excerpt: 'No title, author or body' } })
  expect(res.status).toBe(400)
  const text = messages(res.body)
  expect(text).toMatch(/title/)
  expect(text).toMatch(/author/)
  expect(text).toMatch(/body/)
  expect(await countArticles()).toBe(before)
})

it('an over-long title: 400 saying how long it may be', async () => {
  const res = await rest('POST', 'articles', {
    token,
    body: { title: 'x'.repeat(161), author: authorId, body: lexical('x') },
  })
  expect(res.status).toBe(400)
  expect(messages(res.body)).toMatch(/title.*160/)
})

it('a duplicate slug: 400 naming the article that has it', async () => {
  const before = await countArticles()
  const res = await rest('POST', 'articles', {
    token,
    body: { title: 'Taken title', author: authorId, body: lexical('y') },
  })
  expect(res.status).toBe(400)
  expect(messages(res.body)).toContain('slug: The slug \\"taken-title\\" is already used by \\"Taken title\\"')
  expect(await countArticles()).toBe(before)
})

it('an invalid email: 400 on the email field', async () => {
  const user = await rest('POST', 'users', {
    token,
    body: { email: 'not-an-email', password: 'long-enough-password', role: 'author' },
  })
  expect(user.status).toBe(400)
  expect(messages(user.body)).toMatch(/email/i)
  const inquiry = await rest('POST', 'inquiries', { token, body: { name: 'A', email: 'nope', consent: true } })
  expect(inquiry.status).toBe(400)
  expect(messages(inquiry.body)).toMatch(/email/i)
  expect((await payload.count({ collection: 'inquiries' })).totalDocs).toBe(0)
})

it('a malformed where query: 400, not 500', async () => {
  for (const query of [
    'articles?where[nonexistentField][equals]=1',
    'articles?where[title][notAnOperator]=x',
    'articles?where[publishedAt][greater_than]=not-a-date&depth=0',
    'articles?limit=-5',
    'articles?sort=,,,',
  ]) {
    const res = await rest('GET', query)
    expect({ query, status: res.status < 500 }).toEqual({ query, status: true })
    if (res.status >= 400) expect(res.body.errors?.[0]?.message).toBeTruthy()
  }
  const unknown = await rest('GET', 'articles?where[nonexistentField][equals]=1')
  expect(unknown.status).toBe(400)
  expect(messages(unknown.body)).toMatch(/nonexistentField/)
})

it('a non-image upload to Media: 400 saying what is accepted', async () => {
  const form = new FormData()
  form.append('file', new Blob(['%PDF-1.4 not an image'], { type: 'application/pdf' }), 'notes.pdf')
  form.append('_payload', JSON.stringify({ alt: 'A document' }))
  const res = await rest('POST', 'media', { token, formData: form })
  expect(res.status).toBe(400)
  expect(messages(res.body)).toMatch(/JPEG, PNG, WebP/)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
})

it('a text file pretending to be a PNG: 400', async () => {
  const form = new FormData()
  form.append('file', new Blob(['hello, I am text'], { type: 'image/png' }), 'fake.png')
  form.append('_payload', JSON.stringify({ alt: 'Fake' }))
  const res = await rest('POST', 'media', { token, formData: form })
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
})

it('an image without alt text: 400 on alt', async () => {
  const form = new FormData()
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )
  form.append('file', new Blob([png], { type: 'image/png' }), 'pixel.png')
  form.append('_payload', JSON.stringify({}))
  const res = await rest('POST', 'media', { token, formData: form })
  expect(res.status).toBe(400)
  expect(messages(res.body)).toMatch(/alt/i)
})

it('malformed JSON body: 4xx', async () => {
  const res = await rest('POST', 'articles', {
    token,
    headers: { 'content-type': 'application/json' },
    body: undefined,
  })
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
})

it('a JSON body that is not an object, or not JSON at all: 400', async () => {
  for (const raw of ['{"title": ', '[1,2]', '"text"']) {
    const res = await rest('POST', 'articles', { token, headers: { 'content-type': 'application/json' }, rawBody: raw })
    expect({ raw, ok: res.status >= 400 && res.status < 500 }).toEqual({ raw, ok: true })
  }
})
