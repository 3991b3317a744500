import type { Payload } from 'payload'

import { lexical, startPayload } from '../helpers/payload'
import { readingTimeMinutes, truncate } from '../../src/utilities/lexicalText'
import { slugify } from '../../src/utilities/slugify'

let payload: Payload
let authorId: number

beforeAll(async () => {
  payload = await startPayload()
  authorId = (await payload.create({ collection: 'authors', data: { name: 'Derivation Author' } })).id
})
afterAll(async () => {
  await payload.destroy()
})

describe('slugs', () => {
  it('turns titles into readable slugs', () => {
    expect(slugify('Hope and Healing for Those Who Have Betrayed: A Path Forward')).toBe(
      'hope-and-healing-for-those-who-have-betrayed-a-path-forward',
    )
    expect(slugify('Betrayal & Infidelity')).toBe('betrayal-and-infidelity')
    expect(slugify('  Couple’s Therapy — Día 1  ')).toBe('couples-therapy-dia-1')
  })

  it('derives the slug from the title when empty, and keeps an edited one', async () => {
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Why Trust Breaks', author: authorId, body: lexical('x') },
    })
    expect(a.slug).toBe('why-trust-breaks')
    const b = await payload.update({ collection: 'articles', id: a.id, data: { slug: 'When Trust Breaks' } })
    expect(b.slug).toBe('when-trust-breaks')
    const c = await payload.update({ collection: 'articles', id: a.id, data: { title: 'A new title' } })
    expect(c.slug).toBe('when-trust-breaks') // renaming the title does not move the page
  })

  it('refuses a slug another article uses, naming that article', async () => {
    await payload.create({
      collection: 'articles',
      data: { title: 'Boundaries', author: authorId, body: lexical('x') },
    })
    await expect(
      payload.create({ collection: 'articles', data: { title: 'Boundaries', author: authorId, body: lexical('y') } }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'slug', message: expect.stringContaining('already used by "Boundaries"') }] },
    })
    // Drafts are checked too.
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: 'Other', slug: 'boundaries', author: authorId, body: lexical('y') },
        draft: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(
      (await payload.find({ collection: 'articles', where: { slug: { equals: 'boundaries' } }, draft: true }))
        .totalDocs,
    ).toBe(1)
  })

  it('allows the same slug in different collections, and saving a document with its own slug', async () => {
    const topic = await payload.create({ collection: 'topics', data: { title: 'Boundaries' } })
    expect(topic.slug).toBe('boundaries')
    const again = await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { title: 'Boundaries', slug: 'boundaries' },
    })
    expect(again.slug).toBe('boundaries')
  })

  it('normalises a typed slug into an address-safe one', async () => {
    const topic = await payload.create({ collection: 'topics', data: { title: 'Slug Check' } })
    // Anything typed is normalised first, so only an impossible value fails after normalising.
    const updated = await payload.update({ collection: 'topics', id: topic.id, data: { slug: 'Slug / Check!' } })
    expect(updated.slug).toBe('slug-check')
  })
})

describe('excerpt and reading time', () => {
  const longParagraph = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ')

  it('takes the excerpt from the first paragraph when empty', async () => {
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Excerpt one', author: authorId, body: lexical('First paragraph is short.', 'Second paragraph.') },
    })
    expect(a.excerpt).toBe('First paragraph is short.')
  })

  it('cuts a long first paragraph at a word and marks the cut', async () => {
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Excerpt two', author: authorId, body: lexical(longParagraph + longParagraph) },
    })
    expect(a.excerpt!.length).toBeLessThanOrEqual(300)
    expect(a.excerpt!.endsWith('…')).toBe(true)
    expect(
      a
        .excerpt!.replace('…', '')
        .split(' ')
        .every((w) => /^word\d+$/.test(w)),
    ).toBe(true)
  })

  it('keeps an excerpt the editor wrote', async () => {
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Excerpt three', excerpt: 'Written by hand.', author: authorId, body: lexical('Body text.') },
    })
    expect(a.excerpt).toBe('Written by hand.')
  })

  it('computes reading time from the body and updates it on edit', async () => {
    const words = (n: number) => Array.from({ length: n }, () => 'calm').join(' ')
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Reading', author: authorId, body: lexical(words(100)) },
    })
    expect(a.readingTime).toBe(1)
    const b = await payload.update({
      collection: 'articles',
      id: a.id,
      data: { body: lexical(words(500), words(500)) },
    })
    expect(b.readingTime).toBe(Math.ceil(1000 / 220))
    expect(readingTimeMinutes(lexical(words(221)))).toBe(2)
  })

  it('truncate leaves short text alone', () => {
    expect(truncate('  short   text ', 50)).toBe('short text')
  })
})
