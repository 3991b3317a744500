import type { Payload } from 'payload'

import { createStaff, lexical, PNG_1PX, startPayload, type Staff } from '../helpers/payload'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const asAdmin = () => ({ user: staff.admin, overrideAccess: false })

describe('create, read, update and delete as an admin', () => {
  it('topics', async () => {
    const topic = await payload.create({ collection: 'topics', data: { title: 'Grief' }, ...asAdmin() })
    expect(topic.slug).toBe('grief')
    const read = await payload.findByID({ collection: 'topics', id: topic.id, ...asAdmin() })
    expect(read.title).toBe('Grief')
    const updated = await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { description: 'Loss and mourning' },
      ...asAdmin(),
    })
    expect(updated.description).toBe('Loss and mourning')
    await payload.delete({ collection: 'topics', id: topic.id, ...asAdmin() })
    const after = await payload.find({ collection: 'topics', where: { id: { equals: topic.id } } })
    expect(after.totalDocs).toBe(0)
  })

  it('authors, with credentials, formats and states', async () => {
    const author = await payload.create({
      collection: 'authors',
      data: {
        name: 'Dana Reyes',
        role: 'Therapist',
        credentials: [{ abbreviation: 'LPC', title: 'Licensed Professional Counselor' }, { title: 'Trained in EMDR' }],
        licensedIn: ['TX', 'OK'],
        sessionFormats: ['virtual'],
      },
      ...asAdmin(),
    })
    expect(author.slug).toBe('dana-reyes')
    expect(author.credentials?.map((c) => c.abbreviation ?? null)).toEqual(['LPC', null])
    const updated = await payload.update({
      collection: 'authors',
      id: author.id,
      data: { role: 'Senior therapist' },
      ...asAdmin(),
    })
    expect(updated.role).toBe('Senior therapist')
    expect(updated.licensedIn).toEqual(['TX', 'OK'])
    await payload.delete({ collection: 'authors', id: author.id, ...asAdmin() })
    await expect(payload.findByID({ collection: 'authors', id: author.id })).rejects.toThrow()
  })

  it('articles, drafts then published', async () => {
    const author = await payload.create({ collection: 'authors', data: { name: 'Writer One' } })
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'On Trust', author: author.id, body: lexical('Trust grows slowly.') },
      draft: true,
      ...asAdmin(),
    })
    expect(draft._status).toBe('draft')
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      ...asAdmin(),
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    const versions = await payload.findVersions({ collection: 'articles', where: { parent: { equals: draft.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    await payload.delete({ collection: 'articles', id: draft.id, ...asAdmin() })
    expect((await payload.find({ collection: 'articles', where: { id: { equals: draft.id } } })).totalDocs).toBe(0)
  })

  it('services', async () => {
    const service = await payload.create({
      collection: 'services',
      data: {
        title: 'Couples therapy',
        summary: 'For couples.',
        audience: ['couples'],
        formats: ['in-person'],
        _status: 'published',
      },
      ...asAdmin(),
    })
    expect(service.slug).toBe('couples-therapy')
    expect(service.fee ?? null).toBeNull()
    const updated = await payload.update({
      collection: 'services',
      id: service.id,
      data: { faqs: [{ question: 'How long?', answer: 'It depends.' }] },
      ...asAdmin(),
    })
    expect(updated.faqs).toHaveLength(1)
    await payload.delete({ collection: 'services', id: service.id, ...asAdmin() })
  })

  it('media, with generated sizes', async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A single pixel' },
      file: { data: PNG_1PX, mimetype: 'image/png', name: 'pixel.png', size: PNG_1PX.length },
      ...asAdmin(),
    })
    expect(media.alt).toBe('A single pixel')
    expect(media.mimeType).toBe('image/webp')
    expect(Object.keys(media.sizes ?? {})).toEqual(expect.arrayContaining(['thumbnail', 'card', 'hero', 'og']))
    const updated = await payload.update({ collection: 'media', id: media.id, data: { caption: 'Tiny' }, ...asAdmin() })
    expect(updated.caption).toBe('Tiny')
    await payload.delete({ collection: 'media', id: media.id, ...asAdmin() })
  })

  it('users', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'new@test.dev', password: 'long-enough-password', role: 'editor' },
      ...asAdmin(),
    })
    expect(user.role).toBe('editor')
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'New Editor' },
      ...asAdmin(),
    })
    expect(updated.name).toBe('New Editor')
    await payload.delete({ collection: 'users', id: user.id, ...asAdmin() })
  })

  it('inquiries', async () => {
    const inquiry = await payload.create({
      collection: 'inquiries',
      data: { name: 'Sam', email: 'sam@example.org', consent: true, sessionFormat: 'virtual' },
      ...asAdmin(),
    })
    expect(inquiry.status).toBe('new')
    const updated = await payload.update({
      collection: 'inquiries',
      id: inquiry.id,
      data: { status: 'contacted' },
      ...asAdmin(),
    })
    expect(updated.status).toBe('contacted')
    await payload.delete({ collection: 'inquiries', id: inquiry.id, ...asAdmin() })
  })

  it('the practice global', async () => {
    const before = await payload.findGlobal({ slug: 'practice' })
    expect(before.crisisNotice).toMatch(/988/)
    const updated = await payload.updateGlobal({
      slug: 'practice',
      data: { name: 'Test Practice', region: 'Texas', contact: { email: 'hello@example.org' } },
      ...asAdmin(),
    })
    expect(updated.name).toBe('Test Practice')
    expect((await payload.findGlobal({ slug: 'practice' })).contact?.email).toBe('hello@example.org')
  })
})
