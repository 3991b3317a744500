import type { Payload } from 'payload'

import { PUBLIC_MAX_LIMIT } from '../../src/hooks/requestGuards'
import { gql, rest } from '../helpers/http'
import { createStaff, lexical, startPayload, type Staff } from '../helpers/payload'

/**
 * Access gaps found with the website's own API key (role intake) and an author (issue 15,
 * point 5), over the REST and GraphQL route handlers.
 */
let payload: Payload
let staff: Staff
const INTAKE_KEY = 'intake-key-for-tests-0123456789abcdef0123456789'
const intake = { authorization: `users API-Key ${INTAKE_KEY}` }
let articleId: number
let serviceDraftId: number
const TOPICS = PUBLIC_MAX_LIMIT + 20

const tokenOf = async (email: string) =>
  (await rest('POST', 'users/login', { body: { email, password: 'correct-horse-battery' } })).body.token as string

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  await payload.create({
    collection: 'users',
    data: {
      email: 'form@test.dev',
      password: 'a-long-random-password-1',
      role: 'intake',
      enableAPIKey: true,
      apiKey: INTAKE_KEY,
    },
  })
  const author = await payload.create({ collection: 'authors', data: { name: 'Gap Author' } })
  articleId = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Locked piece', author: author.id, body: lexical('x') },
      draft: true,
    })
  ).id
  serviceDraftId = (
    await payload.create({
      collection: 'services',
      data: { title: 'Unannounced service', summary: 'Secret plans.', audience: ['individuals'] },
      draft: true,
    })
  ).id
  for (let i = 0; i < TOPICS; i++) {
    await payload.create({ collection: 'topics', data: { title: `Topic ${String(i).padStart(3, '0')}` } })
  }
})
afterAll(async () => {
  await payload.destroy()
})

describe('document locks', () => {
  const lockBody = (userId: number) => ({
    document: { relationTo: 'articles', value: articleId },
    user: { relationTo: 'users', value: userId },
  })
  const practiceLock = (userId: number) => ({ globalSlug: 'practice', user: { relationTo: 'users', value: userId } })
  const locks = async () => (await payload.count({ collection: 'payload-locked-documents' })).totalDocs
  afterEach(async () => {
    await payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
  })

  it('the website key and anonymous visitors cannot lock, read or remove locks', async () => {
    const forged = await rest('POST', 'payload-locked-documents', { headers: intake, body: lockBody(staff.editor.id) })
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].message).toMatch(/only staff/i)
    // Even in its own name, the website key may not lock.
    const formUser = (await payload.find({ collection: 'users', where: { email: { equals: 'form@test.dev' } } }))
      .docs[0]
    expect(
      (await rest('POST', 'payload-locked-documents', { headers: intake, body: lockBody(formUser.id) })).status,
    ).toBe(403)
    expect((await rest('POST', 'payload-locked-documents', { body: lockBody(staff.editor.id) })).status).toBe(403)
    expect((await rest('GET', 'payload-locked-documents', { headers: intake })).status).toBe(403)
    expect((await rest('GET', 'payload-locked-documents')).status).toBe(403)
    // The address spelled with an escape reaches the same collection.
    expect(
      (await rest('POST', 'payload%2Dlocked-documents', { headers: intake, body: lockBody(staff.editor.id) })).status,
    ).toBe(403)
    expect(await locks()).toBe(0)

    const own = await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: articleId },
        user: { relationTo: 'users', value: staff.author.id },
      },
    })
    expect((await rest('GET', `payload-locked-documents/${own.id}`, { headers: intake })).status).toBe(403)
    expect((await rest('PATCH', `payload-locked-documents/${own.id}`, { headers: intake, body: {} })).status).toBe(403)
    expect((await rest('DELETE', `payload-locked-documents/${own.id}`, { headers: intake })).status).toBe(403)
    expect(
      (await rest('POST', `payload-locked-documents/${own.id}/duplicate`, { headers: intake, body: {} })).status,
    ).toBe(403)
    expect(await locks()).toBe(1)
  })

  it("a forged lock on the Practice global is refused, so the editor's save goes through", async () => {
    const forged = await rest('POST', 'payload-locked-documents', {
      headers: intake,
      body: practiceLock(staff.author.id),
    })
    expect(forged.status).toBe(403)
    expect((await rest('POST', 'payload-locked-documents', { body: practiceLock(staff.author.id) })).status).toBe(403)
    const author = await tokenOf('author@test.dev')
    expect(
      (await rest('POST', 'payload-locked-documents', { token: author, body: practiceLock(staff.admin.id) })).status,
    ).toBe(403)
    expect(await locks()).toBe(0)
    const editor = await tokenOf('editor@test.dev')
    expect(
      (
        await rest('POST', 'globals/practice', {
          token: editor,
          body: { name: 'Practice name', crisisNotice: 'Call or text 988.' },
        })
      ).status,
    ).toBe(200)

    // What a forged lock would have done: a lock held by someone else blocks the editor (the
    // admin opens the global as "being edited"; a save that respects locks is refused, 423).
    const held = await rest('POST', 'payload-locked-documents', { token: author, body: practiceLock(staff.author.id) })
    expect(held.status).toBe(201)
    const save = payload.updateGlobal({
      slug: 'practice',
      data: { crisisNotice: 'Call or text 988.' },
      user: staff.editor,
      overrideLock: false,
    })
    await expect(save).rejects.toMatchObject({ status: 423 })
  })

  it('staff lock only in their own name', async () => {
    const token = await tokenOf('author@test.dev')
    const asEditor = await rest('POST', 'payload-locked-documents', { token, body: lockBody(staff.editor.id) })
    expect(asEditor.status).toBe(403)
    expect(asEditor.body.errors[0].message).toMatch(/your own name/)
    expect(
      (
        await rest('POST', 'payload-locked-documents', {
          token,
          body: { document: lockBody(0).document, user: staff.editor.id },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest('POST', 'payload-locked-documents', { token, body: { document: lockBody(0).document } })).status,
    ).toBe(403)
    const own = await rest('POST', 'payload-locked-documents', { token, body: lockBody(staff.author.id) })
    expect(own.status).toBe(201)
    expect(own.body.doc.user.value.id ?? own.body.doc.user.value).toBe(staff.author.id)
    // A duplicate keeps the original's name unless it names the caller.
    expect(
      (
        await rest('POST', `payload-locked-documents/${own.body.doc.id}/duplicate`, {
          token: await tokenOf('editor@test.dev'),
          body: {},
        })
      ).status,
    ).toBe(403)
    // The user cannot hide in a multipart body either.
    const form = new FormData()
    form.set('_payload', JSON.stringify(lockBody(staff.editor.id)))
    expect((await rest('POST', 'payload-locked-documents', { token, formData: form })).status).toBe(415)
    const moved = await rest('PATCH', `payload-locked-documents/${own.body.doc.id}`, {
      token,
      body: { user: { relationTo: 'users', value: staff.editor.id } },
    })
    expect(moved.status).toBe(403)
    // Taking over (the admin's "take over" button) sets the lock to oneself: allowed.
    const editor = await tokenOf('editor@test.dev')
    const takeover = await rest('PATCH', `payload-locked-documents/${own.body.doc.id}`, {
      token: editor,
      body: { user: { relationTo: 'users', value: staff.editor.id } },
    })
    expect(takeover.status).toBe(200)
    // The admin's "who holds this" query and its release on leaving.
    const found = await rest(
      'GET',
      `payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=${articleId}`,
      { token: editor },
    )
    expect(found.status).toBe(200)
    expect(found.body.docs).toHaveLength(1)
    expect((await rest('DELETE', `payload-locked-documents/${own.body.doc.id}`, { token: editor })).status).toBe(200)
    expect(await locks()).toBe(0)
  })

  it("the admin's own calls, signed in with the session cookie, keep working", async () => {
    const login = await rest('POST', 'users/login', {
      body: { email: 'editor@test.dev', password: 'correct-horse-battery' },
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^payload-token=/)
    const admin = { cookie, origin: 'http://localhost:3000' }
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: articleId },
        user: { relationTo: 'users', value: staff.editor.id },
      },
    })
    expect(
      (await rest('GET', `payload-locked-documents?where[document.value][equals]=${articleId}`, { headers: admin }))
        .body.docs,
    ).toHaveLength(1)
    expect(
      (
        await rest('PATCH', `payload-locked-documents/${lock.id}`, {
          headers: admin,
          body: { user: { relationTo: 'users', value: staff.editor.id } },
        })
      ).status,
    ).toBe(200)
    // The same cookie sent from another site is not a session (Payload's CSRF list): refused.
    expect(
      (
        await rest('DELETE', `payload-locked-documents/${lock.id}`, {
          headers: { cookie, origin: 'https://evil.example' },
        })
      ).status,
    ).toBe(403)
    expect((await rest('DELETE', `payload-locked-documents/${lock.id}`, { headers: admin })).status).toBe(200)
  })

  it('GraphQL refuses the website key and anonymous visitors, and locks for someone else', async () => {
    const create = (userId: number) =>
      `mutation { createPayloadLockedDocument(data: { globalSlug: "practice", user: { relationTo: users, value: ${userId} } }) { id } }`
    for (const headers of [intake, {}]) {
      const res = await gql(create(staff.editor.id), undefined, { headers })
      expect(res.status).toBe(403)
      expect(res.body.data?.createPayloadLockedDocument ?? null).toBeNull()
      // Reads, and the same field reached through a fragment.
      expect((await gql('{ PayloadLockedDocuments { docs { id } } }', undefined, { headers })).status).toBe(403)
      expect(
        (
          await gql('query { ...L } fragment L on Query { countPayloadLockedDocuments { totalDocs } }', undefined, {
            headers,
          })
        ).status,
      ).toBe(403)
    }
    const author = await tokenOf('author@test.dev')
    expect((await gql(create(staff.editor.id), author)).status).toBe(403)
    const viaVariables = await gql(
      'mutation ($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }',
      author,
      {
        variables: { data: practiceLock(staff.editor.id) },
      },
    )
    expect(viaVariables.status).toBe(403)
    expect(await locks()).toBe(0)

    const own = await gql(create(staff.author.id), author)
    expect(own.body.errors).toBeUndefined()
    expect(own.body.data.createPayloadLockedDocument.id).toBeDefined()
    expect(await locks()).toBe(1)
    // Other GraphQL is untouched: the website key still gets its 200.
    expect((await gql('{ Topics(limit: 1) { docs { title } } }', undefined, { headers: intake })).status).toBe(200)
  })
})

describe('versions', () => {
  it('the website key and anonymous visitors cannot read unpublished services through versions', async () => {
    for (const headers of [intake, {}]) {
      const res = await rest('GET', 'services/versions', { headers })
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).not.toContain('Unannounced service')
    }
    const viaGql = await gql('{ versionsServices { docs { version { title } } } }')
    expect(JSON.stringify(viaGql.body)).not.toContain('Unannounced service')
    const staffRead = await rest('GET', 'services/versions', { token: await tokenOf('author@test.dev') })
    expect(staffRead.status).toBe(200)
    expect(JSON.stringify(staffRead.body)).toContain('Unannounced service')
    void serviceDraftId
  })

  it('the Practice global has a history that staff can read (was a 500)', async () => {
    const editor = await tokenOf('editor@test.dev')
    expect(
      (
        await rest('POST', 'globals/practice', {
          token: editor,
          body: { name: 'Practice name v2', crisisNotice: 'Call 988.' },
        })
      ).status,
    ).toBe(200)
    const res = await rest('GET', 'globals/practice/versions', { token: editor })
    expect(res.status).toBe(200)
    expect(res.body.docs[0].version.name).toBe('Practice name v2')
    expect((await rest('GET', 'globals/practice/versions', { headers: intake })).status).toBe(403)
  })
})

describe('the jobs queue', () => {
  it('only admins may run it over HTTP', async () => {
    // Payload answers a refused run with 401.
    for (const init of [
      { headers: intake },
      { token: await tokenOf('author@test.dev') },
      { token: await tokenOf('editor@test.dev') },
      {},
    ]) {
      expect([401, 403]).toContain((await rest('GET', 'payload-jobs/run', init)).status)
    }
    expect((await rest('GET', 'payload-jobs/run', { token: await tokenOf('admin@test.dev') })).status).toBe(200)
  })
})

describe('public reads are capped', () => {
  it.each(['topics?limit=100000000', 'topics?pagination=false', 'topics?limit=0', 'topics?pagination=false&depth=1'])(
    'anonymous %s: 400 saying the cap',
    async (query) => {
      const res = await rest('GET', query)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(new RegExp(`at most ${PUBLIC_MAX_LIMIT}`))
    },
  )

  it('the website key is capped like anonymous visitors', async () => {
    expect((await rest('GET', 'topics?limit=100000000', { headers: intake })).status).toBe(400)
  })

  it('anonymous pages up to the cap, and the sitemap’s slug index, still work', async () => {
    const page = await rest('GET', `topics?limit=${PUBLIC_MAX_LIMIT}`)
    expect(page.status).toBe(200)
    expect(page.body.docs).toHaveLength(PUBLIC_MAX_LIMIT)
    const index = await rest('GET', 'topics?pagination=false&depth=0&select[slug]=true&select[updatedAt]=true')
    expect(index.status).toBe(200)
    expect(index.body.docs).toHaveLength(TOPICS)
    expect(Object.keys(index.body.docs[0]).sort()).toEqual(['id', 'slug', 'updatedAt'])
  })

  it('GraphQL anonymous limits are capped too', async () => {
    const res = await gql('{ Topics(limit: 100000) { docs { id } } }')
    expect(res.body.data?.Topics ?? null).toBeNull()
    expect(res.body.errors[0].message).toMatch(new RegExp(`at most ${PUBLIC_MAX_LIMIT}`))
  })

  it('staff lists are not capped at the public limit', async () => {
    const res = await rest('GET', 'topics?limit=500', { token: await tokenOf('editor@test.dev') })
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(TOPICS)
  })
})

describe('CORS', () => {
  it('grants no other origin, the website’s included (its browser code never calls the CMS)', async () => {
    const fromWebsite = await rest('GET', 'topics?limit=1', { headers: { origin: 'http://localhost:3001' } })
    expect(fromWebsite.headers.get('access-control-allow-origin')).toBeNull()
    expect(fromWebsite.headers.get('access-control-allow-credentials')).toBeNull()
    const fromAdmin = await rest('GET', 'topics?limit=1', { headers: { origin: 'http://localhost:3000' } })
    expect(fromAdmin.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
  })
})
