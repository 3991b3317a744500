import type { Payload } from 'payload'

import type { User } from '@resilient-mind/content/payload-types'
import { createStaff, lexical, PNG_1PX, startPayload, type Staff } from '../helpers/payload'

/**
 * The design's "Who may do what", checked through the Local API with overrideAccess: false,
 * for anonymous visitors and each staff role against every collection and the global.
 */
let payload: Payload
let staff: Staff
// Numbers on SQLite, strings on MongoDB; the generated types say number.
let authorProfileId: number
let publishedId: number
let draftId: number
let ownDraftId: number
let serviceDraftId: number
let inquiryId: number

type Who = 'anonymous' | 'author' | 'editor' | 'admin'
const as = (who: Who) => ({ overrideAccess: false, user: who === 'anonymous' ? undefined : (staff[who] as User) })

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  authorProfileId = (
    await payload.create({ collection: 'authors', data: { name: 'Profile Owner', user: staff.author.id } })
  ).id
  publishedId = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Published piece', author: authorProfileId, body: lexical('Visible.'), _status: 'published' },
    })
  ).id
  draftId = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Editor draft', author: authorProfileId, body: lexical('Hidden.'), createdBy: staff.editor.id },
      draft: true,
    })
  ).id
  ownDraftId = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Author own draft', author: authorProfileId, body: lexical('Mine.') },
      draft: true,
      user: staff.author,
      overrideAccess: false,
    })
  ).id
  serviceDraftId = (
    await payload.create({
      collection: 'services',
      data: { title: 'Draft service', summary: 'Soon.', audience: ['individuals'] },
      draft: true,
    })
  ).id
  inquiryId = (
    await payload.create({
      collection: 'inquiries',
      data: { name: 'Private Person', email: 'p@example.org', consent: true },
    })
  ).id
})
afterAll(async () => {
  await payload.destroy()
})

describe('reading', () => {
  it('anonymous visitors see published articles only, never drafts', async () => {
    const res = await payload.find({ collection: 'articles', draft: true, ...as('anonymous') })
    expect(res.docs.map((d) => d.title)).toEqual(['Published piece'])
    await expect(
      payload.findByID({ collection: 'articles', id: draftId, draft: true, ...as('anonymous') }),
    ).rejects.toThrow()
    const versions = payload.findVersions({ collection: 'articles', ...as('anonymous') })
    await expect(versions).rejects.toThrow()
  })

  it('anonymous visitors see published services only', async () => {
    const res = await payload.find({ collection: 'services', draft: true, ...as('anonymous') })
    expect(res.docs.find((d) => d.id === serviceDraftId)).toBeUndefined()
  })

  it('anonymous visitors read authors, topics, media and the practice global', async () => {
    await payload.create({ collection: 'topics', data: { title: 'Open topic' } })
    await payload.create({
      collection: 'media',
      data: { alt: 'Pixel' },
      file: { data: PNG_1PX, mimetype: 'image/png', name: 'p.png', size: PNG_1PX.length },
    })
    expect((await payload.find({ collection: 'authors', ...as('anonymous') })).totalDocs).toBeGreaterThan(0)
    expect((await payload.find({ collection: 'topics', ...as('anonymous') })).totalDocs).toBeGreaterThan(0)
    expect((await payload.find({ collection: 'media', ...as('anonymous') })).totalDocs).toBeGreaterThan(0)
    await expect(payload.findGlobal({ slug: 'practice', ...as('anonymous') })).resolves.toBeTruthy()
  })

  it.each<Who>(['anonymous', 'author', 'editor'])('%s cannot read inquiries', async (who) => {
    await expect(payload.find({ collection: 'inquiries', ...as(who) })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'inquiries', id: inquiryId, ...as(who) })).rejects.toThrow()
  })

  it('an admin reads inquiries', async () => {
    expect((await payload.find({ collection: 'inquiries', ...as('admin') })).totalDocs).toBe(1)
  })

  it('anonymous visitors cannot read users', async () => {
    await expect(payload.find({ collection: 'users', ...as('anonymous') })).rejects.toThrow()
  })

  it.each<Who>(['author', 'editor'])('%s sees only their own account', async (who) => {
    const res = await payload.find({ collection: 'users', ...as(who) })
    expect(res.docs.map((u) => u.email)).toEqual([staff[who as 'author' | 'editor'].email])
  })

  it('an admin sees every account', async () => {
    expect((await payload.find({ collection: 'users', ...as('admin') })).totalDocs).toBe(4)
  })

  it('staff read drafts', async () => {
    for (const who of ['author', 'editor', 'admin'] as const) {
      const doc = await payload.findByID({ collection: 'articles', id: draftId, draft: true, ...as(who) })
      expect(doc.title).toBe('Editor draft')
    }
  })

  it('anonymous visitors do not see who created an article', async () => {
    const doc = await payload.findByID({ collection: 'articles', id: ownDraftId, draft: true, overrideAccess: true })
    expect(doc.createdBy).toBeTruthy()
    const pub = await payload.findByID({ collection: 'articles', id: publishedId, ...as('anonymous') })
    expect(pub.createdBy).toBeUndefined()
  })
})

describe('articles: writing and publishing', () => {
  it('anonymous visitors cannot create, update or delete', async () => {
    const data = { title: 'Nope', author: authorProfileId, body: lexical('x') }
    await expect(payload.create({ collection: 'articles', data, ...as('anonymous') })).rejects.toThrow()
    await expect(
      payload.update({ collection: 'articles', id: publishedId, data: { title: 'Hacked' }, ...as('anonymous') }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'articles', id: publishedId, ...as('anonymous') })).rejects.toThrow()
  })

  it('an author creates and edits their own draft', async () => {
    const updated = await payload.update({
      collection: 'articles',
      id: ownDraftId,
      data: { title: 'Author own draft, revised' },
      draft: true,
      ...as('author'),
    })
    expect(updated.title).toBe('Author own draft, revised')
    expect(updated._status).toBe('draft')
  })

  it("an author cannot edit another person's article", async () => {
    await expect(
      payload.update({
        collection: 'articles',
        id: draftId,
        data: { title: 'Taken over' },
        draft: true,
        ...as('author'),
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'articles',
        id: ownDraftId,
        data: { title: 'Not mine' },
        draft: true,
        ...as('otherAuthor' as Who),
      }),
    ).rejects.toThrow()
  })

  it('an author cannot publish, not even their own article', async () => {
    await expect(
      payload.update({ collection: 'articles', id: ownDraftId, data: { _status: 'published' }, ...as('author') }),
    ).rejects.toThrow(/editor or admin publishes/)
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: 'Straight to live', author: authorProfileId, body: lexical('x'), _status: 'published' },
        ...as('author'),
      }),
    ).rejects.toThrow(/editor or admin publishes/)
    const stillDraft = await payload.findByID({ collection: 'articles', id: ownDraftId, draft: true })
    expect(stillDraft._status).toBe('draft')
  })

  it('an author cannot delete articles', async () => {
    await expect(payload.delete({ collection: 'articles', id: ownDraftId, ...as('author') })).rejects.toThrow()
  })

  it("an editor edits anyone's article and publishes it", async () => {
    const published = await payload.update({
      collection: 'articles',
      id: ownDraftId,
      data: { _status: 'published' },
      ...as('editor'),
    })
    expect(published._status).toBe('published')
    const anon = await payload.findByID({ collection: 'articles', id: ownDraftId, ...as('anonymous') })
    expect(anon.title).toBe('Author own draft, revised')
  })

  it('an editor and an admin delete articles', async () => {
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Temp A', author: authorProfileId, body: lexical('x') },
    })
    const b = await payload.create({
      collection: 'articles',
      data: { title: 'Temp B', author: authorProfileId, body: lexical('x') },
    })
    await payload.delete({ collection: 'articles', id: a.id, ...as('editor') })
    await payload.delete({ collection: 'articles', id: b.id, ...as('admin') })
  })
})

describe('other collections', () => {
  const topicData = () => ({ title: `Topic ${Math.random().toString(36).slice(2, 8)}` })

  it.each<Who>(['anonymous', 'author'])('%s cannot write topics, services or the practice global', async (who) => {
    await expect(payload.create({ collection: 'topics', data: topicData(), ...as(who) })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'services', data: { title: 'S', summary: 's', audience: ['couples'] }, ...as(who) }),
    ).rejects.toThrow()
    await expect(payload.updateGlobal({ slug: 'practice', data: { name: 'Renamed' }, ...as(who) })).rejects.toThrow()
  })

  it.each<Who>(['editor', 'admin'])('%s writes topics, services, authors and the practice global', async (who) => {
    const topic = await payload.create({ collection: 'topics', data: topicData(), ...as(who) })
    await payload.update({ collection: 'topics', id: topic.id, data: { description: 'd' }, ...as(who) })
    await payload.delete({ collection: 'topics', id: topic.id, ...as(who) })
    const service = await payload.create({
      collection: 'services',
      data: { title: `Service ${who}`, summary: 's', audience: ['couples'], _status: 'published' },
      ...as(who),
    })
    await payload.delete({ collection: 'services', id: service.id, ...as(who) })
    const author = await payload.create({ collection: 'authors', data: { name: `Author by ${who}` }, ...as(who) })
    await payload.delete({ collection: 'authors', id: author.id, ...as(who) })
    const practice = await payload.updateGlobal({ slug: 'practice', data: { name: `Practice ${who}` }, ...as(who) })
    expect(practice.name).toBe(`Practice ${who}`)
  })

  it('an author edits the profile linked to their account, and no other', async () => {
    const own = await payload.update({
      collection: 'authors',
      id: authorProfileId,
      data: { role: 'Therapist' },
      ...as('author'),
    })
    expect(own.role).toBe('Therapist')
    const other = await payload.create({ collection: 'authors', data: { name: 'Someone Else' } })
    await expect(
      payload.update({ collection: 'authors', id: other.id, data: { role: 'x' }, ...as('author') }),
    ).rejects.toThrow()
    await expect(payload.create({ collection: 'authors', data: { name: 'New' }, ...as('author') })).rejects.toThrow()
  })

  it('staff upload media; only editors and admins change or delete it', async () => {
    const file = { data: PNG_1PX, mimetype: 'image/png', name: 'a.png', size: PNG_1PX.length }
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x' }, file, ...as('anonymous') }),
    ).rejects.toThrow()
    const media = await payload.create({ collection: 'media', data: { alt: 'By author' }, file, ...as('author') })
    await expect(payload.delete({ collection: 'media', id: media.id, ...as('author') })).rejects.toThrow()
    await payload.delete({ collection: 'media', id: media.id, ...as('editor') })
  })

  it.each<Who>(['anonymous', 'author', 'editor'])('%s cannot create, update or delete inquiries', async (who) => {
    await expect(
      payload.create({
        collection: 'inquiries',
        data: { name: 'x', email: 'x@example.org', consent: true },
        ...as(who),
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'inquiries', id: inquiryId, data: { status: 'closed' }, ...as(who) }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'inquiries', id: inquiryId, ...as(who) })).rejects.toThrow()
  })

  it('only an admin manages users and roles', async () => {
    const data = { email: 'x@test.dev', password: 'long-enough-password', role: 'admin' as const }
    for (const who of ['anonymous', 'author', 'editor'] as const) {
      await expect(payload.create({ collection: 'users', data, ...as(who) })).rejects.toThrow()
      await expect(payload.delete({ collection: 'users', id: staff.otherAuthor.id, ...as(who) })).rejects.toThrow()
    }
    // Users may edit themselves but cannot promote themselves.
    const self = await payload.update({
      collection: 'users',
      id: staff.author.id,
      data: { name: 'Me', role: 'admin' },
      ...as('author'),
    })
    expect(self.name).toBe('Me')
    expect(self.role).toBe('author')
    await expect(
      payload.update({ collection: 'users', id: staff.otherAuthor.id, data: { name: 'Not me' }, ...as('editor') }),
    ).rejects.toThrow()
    const created = await payload.create({ collection: 'users', data, ...as('admin') })
    const promoted = await payload.update({
      collection: 'users',
      id: staff.otherAuthor.id,
      data: { role: 'editor' },
      ...as('admin'),
    })
    expect(promoted.role).toBe('editor')
    await payload.delete({ collection: 'users', id: created.id, ...as('admin') })
  })
})
