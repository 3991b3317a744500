import type { Payload } from 'payload'

import { PRACTICE_TIMEZONE } from '../../src/admin/timezones'
import { startHereFigures } from '../../src/admin/startHere'
import { EXCERPT_MAX } from '../../src/collections/Articles/hooks/deriveFromBody'
import { SEO_DESCRIPTION, SEO_TITLE, seoUrlFor } from '../../src/seo/plugin'
import { settings } from '../../src/settings'
import { createStaff, lexical, PNG_1PX, startPayload, type Staff } from '../helpers/payload'

/** What staff meet in the admin, through the Local API the admin's forms use. */
let payload: Payload
let staff: Staff
let authorId: number

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  authorId = (await payload.create({ collection: 'authors', data: { name: 'Admin Experience Author' } })).id
})
afterAll(async () => {
  await payload.destroy()
})

/** An autosave as the admin sends it: the whole form, including what the CMS filled in before. */
const autosave = (id: number, data: Record<string, unknown>) =>
  payload.update({
    collection: 'articles',
    id,
    data,
    draft: true,
    autosave: true,
    user: staff.editor,
    overrideAccess: false,
  })

describe('the excerpt', () => {
  it('follows the first paragraph through autosaves and publish, so a half-typed sentence never sticks', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Typing as we go', author: authorId, body: lexical('Half a sen') },
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    })
    expect(draft.excerpt).toBe('Half a sen')

    // The form sends back the excerpt it was given with the longer body.
    const grown = await autosave(draft.id, {
      ...draft,
      body: lexical('Half a sentence became a whole thought about trust.'),
    })
    expect(grown.excerpt).toBe('Half a sentence became a whole thought about trust.')

    // A save that does not mention the excerpt (e.g. only the body changed through the API).
    const partial = await autosave(draft.id, { body: lexical('A different opening paragraph.', 'Then more.') })
    expect(partial.excerpt).toBe('A different opening paragraph.')

    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { ...partial, body: lexical('The opening as published.'), _status: 'published' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(published.excerpt).toBe('The opening as published.')
  })

  it('keeps what a person wrote, whatever the body does, until they clear it', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Own words', author: authorId, body: lexical('First words.') },
    })
    const written = await autosave(doc.id, { ...doc, excerpt: 'Trust takes time.' })
    expect(written.excerpt).toBe('Trust takes time.')
    const later = await autosave(doc.id, {
      ...written,
      body: lexical('Trust takes time. Here is how it grows back, step by step.'),
    })
    expect(later.excerpt).toBe('Trust takes time.') // even though it is the start of the new paragraph

    const cleared = await autosave(doc.id, { ...later, excerpt: '' })
    expect(cleared.excerpt).toBe('Trust takes time. Here is how it grows back, step by step.')
  })

  it('is cut at a word when the first paragraph is long', async () => {
    const long = 'Healing after betrayal is rarely a straight line. '.repeat(12)
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Long opening', author: authorId, body: lexical(long) },
    })
    expect(doc.excerpt!.length).toBeLessThanOrEqual(EXCERPT_MAX)
    expect(doc.excerpt!.endsWith('…')).toBe(true)
  })
})

describe('search engine fields (seo plugin)', () => {
  it('are filled from the title, excerpt and main image so a normal article passes the checks, and follow them', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A calm lake' },
      file: { data: PNG_1PX, mimetype: 'image/png', name: 'lake.png', size: PNG_1PX.length },
    })
    const body = lexical(
      'When trust is broken, the first weeks feel like a storm; this is how couples find their footing again, one conversation at a time.',
    )
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Finding your footing after a disclosure', author: authorId, body, heroImage: image.id },
    })
    expect(doc.meta?.title).toBe('Finding your footing after a disclosure')
    expect(doc.meta?.description).toBe(doc.excerpt)
    expect(typeof doc.meta?.image === 'object' ? doc.meta?.image?.id : doc.meta?.image).toBe(image.id)
    // The plugin's three checks: title and description within the lengths it is given, an image.
    expect(doc.meta!.title!.length).toBeGreaterThanOrEqual(SEO_TITLE.minLength)
    expect(doc.meta!.title!.length).toBeLessThanOrEqual(SEO_TITLE.maxLength)
    expect(doc.meta!.description!.length).toBeGreaterThanOrEqual(SEO_DESCRIPTION.minLength)
    expect(doc.meta!.description!.length).toBeLessThanOrEqual(SEO_DESCRIPTION.maxLength)

    const renamed = await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: 'Footing after a disclosure' },
      depth: 0,
    })
    expect(renamed.meta?.title).toBe('Footing after a disclosure')

    const own = await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { meta: { ...renamed.meta, title: 'After disclosure: first steps' } },
      depth: 0,
    })
    expect(own.meta?.title).toBe('After disclosure: first steps')
    const renamedAgain = await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: 'Yet another title' },
      depth: 0,
    })
    expect(renamedAgain.meta?.title).toBe('After disclosure: first steps')
  })

  it('fills a service from its summary', async () => {
    const service = await payload.create({
      collection: 'services',
      data: {
        title: 'Discernment counseling',
        summary: 'For couples deciding whether to repair the relationship or part, with a short structured process.',
        audience: ['couples'],
      },
    })
    expect(service.meta?.title).toBe('Discernment counseling')
    expect(service.meta?.description).toBe(service.summary)
  })

  it('the preview address is the page on the website, from the shared routes', () => {
    expect(seoUrlFor('articles', { slug: 'rebuilding-trust' })).toBe(
      new URL('/resources/rebuilding-trust', settings.WEB_PUBLIC_URL).toString(),
    )
    expect(seoUrlFor('services', { slug: 'couples-therapy' })).toBe(
      new URL('/services/couples-therapy', settings.WEB_PUBLIC_URL).toString(),
    )
  })
})

describe('"Create new" leaves nothing behind', () => {
  it('drafts are validated, so the admin does not create an empty draft on opening the form (autosave starts after the first save)', async () => {
    for (const slug of ['articles', 'services'] as const) {
      const drafts = payload.collections[slug].config.versions?.drafts
      expect(drafts && drafts.validate).toBe(true)
      expect(drafts && drafts.autosave).toBeTruthy()
    }
    await expect(payload.create({ collection: 'articles', data: { title: '' }, draft: true })).rejects.toThrow(
      /Title|Body|Author/,
    )
  })
})

describe('admin settings', () => {
  it('schedules in the practice’s time zone and offers the US zones, each a real IANA zone', () => {
    const tz = payload.config.admin.timezones
    expect(tz.defaultTimezone).toBe(PRACTICE_TIMEZONE)
    const zones = tz.supportedTimezones.map((z) => z.value)
    expect(zones).toEqual(
      expect.arrayContaining([
        'America/Chicago',
        'America/New_York',
        'America/Denver',
        'America/Phoenix',
        'America/Los_Angeles',
        'America/Anchorage',
        'Pacific/Honolulu',
      ]),
    )
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow()
  })

  it('no field label is left to be generated from its name', () => {
    const unlabeled: string[] = []
    const visit = (fields: unknown[], where: string) => {
      for (const f of fields as Record<string, unknown>[]) {
        if (Array.isArray(f.tabs))
          for (const t of f.tabs as Record<string, unknown>[]) visit(t.fields as unknown[], where)
        else if (Array.isArray(f.fields) && !f.name) visit(f.fields as unknown[], where)
        if (typeof f.name !== 'string' || f.hidden || (f.admin as { hidden?: boolean })?.hidden) continue
        const label = f.label
        // Payload writes "Co Authors" for coAuthors: a label equal to that is a generated one.
        const generated = f.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
        if (/[A-Z]/.test(f.name.slice(1)) && (label === undefined || label === generated))
          unlabeled.push(`${where}.${f.name}`)
      }
    }
    for (const slug of ['articles', 'services', 'authors', 'topics', 'media', 'inquiries'] as const)
      visit(payload.collections[slug].config.fields, slug)
    visit(payload.globals.config.find((g) => g.slug === 'practice')!.fields, 'practice')
    expect(unlabeled.filter((p) => !p.startsWith('practice.navigation'))).toEqual([])
  })
})

describe('the dashboard’s start-here figures', () => {
  it('counts each person’s own drafts, lists what is scheduled, and shows new appointment requests only to admins', async () => {
    const own = await payload.create({
      collection: 'articles',
      data: { title: 'An author’s draft', author: authorId, body: lexical('Soon.') },
      draft: true,
      user: staff.author,
      overrideAccess: false,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: own.id },
        user: { relationTo: 'users', value: staff.editor.id },
      },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    await payload.create({
      collection: 'inquiries',
      data: { name: 'A. Person', email: 'a.person@example.com', consent: true },
    })

    const author = await startHereFigures(payload, staff.author)
    expect(author.myDrafts).toBe(1)
    expect(author.scheduled).toEqual([
      expect.objectContaining({ collection: 'articles', id: own.id, title: 'An author’s draft', type: 'publish' }),
    ])
    expect(author.newRequests).toBeUndefined()

    const editor = await startHereFigures(payload, staff.editor)
    expect(editor.myDrafts).toBe(0)
    expect(editor.newRequests).toBeUndefined()

    const admin = await startHereFigures(payload, staff.admin)
    expect(admin.newRequests).toBe(1)
  })
})
