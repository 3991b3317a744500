import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { resetArticleIndex } from '../../src/search/articleIndex'
import { lexical, startPayload } from '../helpers/payload'

/** The search index is built when the server starts, in the background, not on the first visitor's search. */
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
  const author = await payload.create({ collection: 'authors', data: { name: 'Sam Writer' } })
  await payload.create({ collection: 'articles', data: { title: 'Trust', author: author.id, body: lexical('Trust takes time.'), _status: 'published' } as never })
})
afterAll(async () => payload.destroy())

it('starts building the index from the database when Payload initialises outside tests', async () => {
  resetArticleIndex()
  const logged: string[] = []
  const info = jest.spyOn(payload.logger, 'info').mockImplementation(((msg: unknown) => void logged.push(String(msg))) as never)
  const env = process.env.NODE_ENV
  Object.assign(process.env, { NODE_ENV: 'production' })
  try {
    await payload.config.onInit?.(payload)
  } finally {
    Object.assign(process.env, { NODE_ENV: env })
  }
  for (let i = 0; i < 100 && !logged.some((m) => m.startsWith('Search index built')); i++) await new Promise((r) => setTimeout(r, 50))
  info.mockRestore()
  expect(logged).toEqual(expect.arrayContaining([expect.stringMatching(/^Search index built: 1 published articles in \d+ ms$/)]))
})
