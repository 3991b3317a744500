import type { Payload } from 'payload'

import { describeSeed, seed } from '../../src/seed/seed'
import { startPayload } from '../helpers/payload'

type LexNode = { type: string; tag?: string; listType?: string; children?: LexNode[]; text?: string }
const walk = (n: LexNode, visit: (n: LexNode) => void) => {
  visit(n)
  n.children?.forEach((c) => walk(c, visit))
}

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

describe('seed', () => {
  it('imports the practice content, then creates nothing on a second run', async () => {
    const first = await seed(payload)
    expect(first.created).toEqual({ users: 1, topics: 5, authors: 1, articles: 1, services: 5, pages: 1, practice: 1 })
    expect(first.generatedAdmin?.password).toHaveLength(16)

    const second = await seed(payload)
    expect(second.created).toEqual({})
    expect(second.generatedAdmin).toBeUndefined()
    expect(describeSeed(second)).toMatch(/nothing new to create/)
    for (const collection of ['topics', 'authors', 'articles', 'services', 'users'] as const) {
      expect((await payload.count({ collection })).totalDocs).toBe(first.created[collection])
    }
  })

  it('converts the article from Markdown with its six section headings and four-step list', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'hope-and-healing-for-those-who-have-betrayed' } },
    })
    const article = docs[0]
    expect(article.title).toBe('Hope and Healing for Those Who Have Betrayed: A Path Forward')
    expect(article._status).toBe('published')
    const nodes: LexNode[] = []
    walk(article.body.root as unknown as LexNode, (n) => nodes.push(n))
    const h2 = nodes.filter((n) => n.type === 'heading' && n.tag === 'h2')
    const texts = (n: LexNode) => {
      const out: string[] = []
      walk(n, (c) => c.text && out.push(c.text))
      return out.join('')
    }
    expect(h2.map(texts)).toEqual([
      'The Fear of Shame',
      'A Compassionate Approach to Understanding the Betrayal',
      'Healing the Relationship Through Accountability and Growth',
      'Restoring Trust: A Step-by-Step Process',
      'Finding Hope Beyond the Guilt',
      'Final Thoughts',
    ])
    const lists = nodes.filter((n) => n.type === 'list')
    expect(lists).toHaveLength(1)
    expect(lists[0].children).toHaveLength(4)
    expect(texts(lists[0].children![0])).toMatch(/^Transparency: Being fully transparent/)
    expect(article.excerpt).toMatch(/^Betraying the trust of a partner/)
    expect(article.readingTime).toBeGreaterThanOrEqual(4)
    const topics = (article.topics ?? []).map((t) => (typeof t === 'object' ? t.slug : t))
    expect(topics).toEqual(['betrayal-and-infidelity', 'rebuilding-trust', 'couples-therapy', 'sex-addiction'])
  })

  it('imports the author with her five credentials, states and formats', async () => {
    const { docs } = await payload.find({ collection: 'authors', where: { slug: { equals: 'kathryn-fayle' } } })
    const author = docs[0]
    expect(author.name).toBe('Kathryn Fayle')
    expect(author.role).toBe('Founder, therapist and coach')
    expect(author.credentials?.map((c) => [c.abbreviation ?? null, c.title])).toEqual([
      ['LPC', 'Licensed Professional Counselor'],
      ['NCC', 'National Board Certified Counselor'],
      ['CSAT', 'Certified Sex Addiction Therapist'],
      ['CPC', 'Certified Professional Coach'],
      [null, "Specialty Trained Couple's Therapist"],
    ])
    expect(author.licensedIn).toEqual(['TX'])
    expect(author.sessionFormats).toEqual(['in-person', 'virtual'])
    expect(JSON.stringify(author.bio)).toContain('trauma-focused healing')
  })

  it('imports the five services without inventing fees, lengths or insurance', async () => {
    const { docs } = await payload.find({ collection: 'services', sort: 'displayOrder', depth: 1 })
    expect(docs.map((s) => s.slug)).toEqual([
      'therapy-for-the-partner-who-betrayed',
      'couples-therapy-after-betrayal',
      'sex-addiction-therapy',
      'trauma-focused-therapy',
      'coaching',
    ])
    expect(docs.find((s) => s.slug === 'trauma-focused-therapy')?.audience).toEqual(['individuals', 'couples'])
    expect(docs.find((s) => s.slug === 'coaching')?.topics).toEqual([])
    for (const service of docs) {
      expect(service.fee ?? null).toBeNull()
      expect(service.sessionLength ?? null).toBeNull()
      expect(service.insuranceNote ?? null).toBeNull()
      expect(service.summary.length).toBeGreaterThan(10)
      expect(service._status).toBe('published')
    }
  })

  it('fills the practice global with what is known and leaves contact details empty', async () => {
    const practice = await payload.findGlobal({ slug: 'practice' })
    expect(practice.name).toBe('Resilient Mind Counseling and Coaching')
    expect(practice.region).toBe('Texas')
    expect(practice.sessionFormats).toEqual(['in-person', 'virtual'])
    expect(practice.clients).toEqual(['individuals', 'couples'])
    expect(practice.contact?.phone ?? null).toBeNull()
    expect(practice.contact?.email ?? null).toBeNull()
    expect(practice.locations ?? []).toEqual([])
    expect(practice.crisisNotice).toMatch(/988/)
    expect(JSON.stringify(practice.legal?.goodFaithEstimate)).toContain('Good Faith Estimate')
    expect(JSON.stringify(practice.legal?.complaints)).toContain('Behavioral Health Executive Council')
    expect(JSON.stringify(practice.legal?.privacy)).toContain('no cookies')
    expect(practice.inquiryRetentionDays).toBe(30)
  })

  it('does not overwrite an editor’s later changes', async () => {
    const { docs } = await payload.find({ collection: 'topics', where: { slug: { equals: 'trauma' } } })
    await payload.update({ collection: 'topics', id: docs[0].id, data: { description: 'Edited by staff' } })
    await seed(payload)
    const after = await payload.findByID({ collection: 'topics', id: docs[0].id })
    expect(after.description).toBe('Edited by staff')
  })
})
