import type { Payload } from 'payload'

import { gql, rest } from '../helpers/http'
import type { Staff } from '../helpers/payload'

/**
 * Appointment requests: the website submits them with a least-privilege API key; only admins
 * read them, over every API; without SMTP the arrival is logged without its content; old
 * requests are deleted after the retention period.
 */
const API_KEY = 'intake-key-for-tests-0123456789abcdef0123456789'
let payload: Payload
let staff: Staff
const logLines: string[] = []

beforeAll(async () => {
  Object.assign(process.env, { INQUIRY_API_KEY: API_KEY, INQUIRY_RETENTION_DAYS: '30' })
  delete process.env.SMTP_HOST
  const helpers = await import('../helpers/payload')
  payload = await helpers.startPayload()
  staff = await helpers.createStaff(payload)
  const { seed } = await import('../../src/seed/seed')
  await seed(payload) // creates the website-form account with the API key
  const original = payload.logger.info.bind(payload.logger)
  payload.logger.info = ((msg: unknown, ...rest: unknown[]) => {
    logLines.push(typeof msg === 'string' ? msg : JSON.stringify(msg))
    return original(msg as never, ...(rest as []))
  }) as typeof payload.logger.info
})
afterAll(async () => {
  await payload.destroy()
})

const intake = { authorization: `users API-Key ${API_KEY}` }
const request = {
  name: 'Jordan Example',
  email: 'jordan@example.org',
  consent: true,
  sessionFormat: 'either',
  note: 'Evenings suit me',
}

describe('the website form account', () => {
  it('creates an inquiry with its API key', async () => {
    const res = await rest('POST', 'inquiries', { headers: intake, body: request })
    expect(res.status).toBe(201)
    expect(await payload.count({ collection: 'inquiries' })).toEqual({ totalDocs: 1 })
  })

  it('cannot read, change or delete inquiries, nor read anything private', async () => {
    expect((await rest('GET', 'inquiries', { headers: intake })).status).toBe(403)
    const id = (await payload.find({ collection: 'inquiries' })).docs[0].id
    expect((await rest('PATCH', `inquiries/${id}`, { headers: intake, body: { status: 'closed' } })).status).toBe(403)
    expect((await rest('DELETE', `inquiries/${id}`, { headers: intake })).status).toBe(403)
    expect((await rest('GET', 'users', { headers: intake })).status).toBe(403)
    const drafts = await rest('GET', 'articles?draft=true&where[_status][equals]=draft', { headers: intake })
    expect(drafts.body.docs ?? []).toEqual([])
    expect((await rest('POST', 'topics', { headers: intake, body: { title: 'Nope' } })).status).toBe(403)
  })

  it('cannot open the admin, nor read its own account', async () => {
    const me = await rest('GET', 'users/me', { headers: intake })
    expect(me.status).toBe(403)
    const access = await rest('GET', 'access', { headers: intake })
    expect(Boolean(access.body.canAccessAdmin)).toBe(false)
    expect(Boolean(access.body.collections.inquiries.read)).toBe(false)
    expect(access.body.collections.inquiries.create).toBe(true)
    expect(Boolean(access.body.collections.inquiries.fields.status?.create)).toBe(false)
    const editor = await rest('POST', 'users/login', {
      body: { email: staff.editor.email, password: 'correct-horse-battery' },
    })
    expect((await rest('GET', 'access', { token: editor.body.token })).body.canAccessAdmin).toBe(true)
  })

  it('cannot set the status or the notification record', async () => {
    const res = await rest('POST', 'inquiries', {
      headers: intake,
      body: { ...request, name: 'Status Setter', status: 'closed', notification: { status: 'sent' } },
    })
    expect(res.status).toBe(201)
    const stored = (await payload.find({ collection: 'inquiries', where: { name: { equals: 'Status Setter' } } }))
      .docs[0]
    expect(stored.status).toBe('new')
    expect(stored.notification?.status).toBe('pending')
    await payload.delete({ collection: 'inquiries', id: stored.id })
  })

  it('a wrong key is refused', async () => {
    const res = await rest('POST', 'inquiries', {
      headers: { authorization: 'users API-Key wrong-key' },
      body: request,
    })
    expect(res.status).toBe(403)
  })
})

describe('key rotation', () => {
  it('follows INQUIRY_API_KEY on the next start: the new key works, the old one no longer does', async () => {
    const { ensureIntakeAccount } = await import('../../src/seed/seed')
    const rotated = 'rotated-intake-key-0123456789abcdef0123456789'
    process.env.INQUIRY_API_KEY = rotated
    try {
      await ensureIntakeAccount(payload)
      const viaNew = await rest('POST', 'inquiries', {
        headers: { authorization: `users API-Key ${rotated}` },
        body: { ...request, name: 'Rotated' },
      })
      expect(viaNew.status).toBe(201)
      expect((await rest('POST', 'inquiries', { headers: intake, body: request })).status).toBe(403)
    } finally {
      process.env.INQUIRY_API_KEY = API_KEY
      await ensureIntakeAccount(payload)
      const rotatedDoc = (await payload.find({ collection: 'inquiries', where: { name: { equals: 'Rotated' } } }))
        .docs[0]
      await payload.delete({ collection: 'inquiries', id: rotatedDoc.id })
    }
  })
})

describe('reading inquiries', () => {
  const token = async (who: 'author' | 'editor' | 'admin') =>
    (await rest('POST', 'users/login', { body: { email: staff[who].email, password: 'correct-horse-battery' } })).body
      .token as string

  it.each(['author', 'editor'] as const)('%s cannot read them over REST, GraphQL or the Local API', async (who) => {
    const t = await token(who)
    expect((await rest('GET', 'inquiries', { token: t })).status).toBe(403)
    const g = await gql('{ Inquiries { docs { name email note } } }', t)
    expect(JSON.stringify(g.body)).not.toContain('Jordan')
    expect(g.body.errors?.[0]?.message).toMatch(/not allowed/i)
    await expect(payload.find({ collection: 'inquiries', user: staff[who], overrideAccess: false })).rejects.toThrow()
  })

  it('anonymous visitors cannot read them over REST or GraphQL', async () => {
    expect((await rest('GET', 'inquiries')).status).toBe(403)
    expect(JSON.stringify((await gql('{ Inquiries { docs { name } } }')).body)).not.toContain('Jordan')
  })

  it('an admin reads and updates the status', async () => {
    const t = await token('admin')
    const list = await rest('GET', 'inquiries', { token: t })
    expect(list.body.docs[0].name).toBe('Jordan Example')
    const g = await gql('{ Inquiries { docs { name status } } }', t)
    expect(g.body.data.Inquiries.docs[0]).toEqual({ name: 'Jordan Example', status: 'new' })
    const updated = await rest('PATCH', `inquiries/${list.body.docs[0].id}`, {
      token: t,
      body: { status: 'contacted' },
    })
    expect(updated.body.doc.status).toBe('contacted')
  })
})

describe('notification without a mail server', () => {
  it('logs that a request arrived, without its content, and says so on the inquiry', async () => {
    await payload.jobs.run({ queue: 'notifications' })
    const inquiry = (await payload.find({ collection: 'inquiries' })).docs[0]
    expect(inquiry.notification?.status).toBe('logged')
    const line = logLines.find((l) => l.includes('arrived'))
    expect(line).toMatch(new RegExp(`Appointment request ${inquiry.id} arrived`))
    expect(logLines.join('\n')).not.toContain('Evenings suit me')
    expect(logLines.join('\n')).not.toContain('jordan@example.org')
  })
})

describe('retention', () => {
  it('deletes requests older than INQUIRY_RETENTION_DAYS and keeps recent ones', async () => {
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
    const make = (name: string, createdAt: string) =>
      payload.create({ collection: 'inquiries', data: { name, email: 'r@example.org', consent: true, createdAt } })
    await make('Old one', daysAgo(45))
    await make('Just expired', daysAgo(31))
    await make('Recent', daysAgo(29))
    await make('Today', daysAgo(0))

    await payload.jobs.queue({ task: 'deleteExpiredInquiries', input: {} })
    await payload.jobs.run()

    const names = (await payload.find({ collection: 'inquiries', sort: 'name', limit: 50 })).docs.map((d) => d.name)
    expect(names).toEqual(['Jordan Example', 'Recent', 'Today'])
  })

  it('is scheduled to run by itself every hour', async () => {
    const { jobsConfig } = await import('../../src/jobs')
    const task = jobsConfig({ NODE_ENV: 'production' }).tasks?.find((t) => t.slug === 'deleteExpiredInquiries')
    expect(task?.schedule?.[0]).toMatchObject({ cron: '17 * * * *', queue: 'default' })
  })
})
