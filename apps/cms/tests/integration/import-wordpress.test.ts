import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { editorConfigFromField, htmlToLexical } from '../../src/import/lexical'
import { describeImport, runImport, type ImportReport } from '../../src/import/run'
import { startPayload } from '../helpers/payload'

/**
 * A WordPress 6 export (WXR 1.2) with its uploads folder, imported through the Local API into
 * a fresh SQLite file: what is created, the Lexical structure of the bodies, what is skipped
 * and why, idempotency and the dry run.
 */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/wordpress')
const exportFile = path.join(fixtures, 'export.xml')
const uploads = path.join(fixtures, 'uploads')

type LexNode = {
  type: string
  tag?: string
  listType?: string
  url?: string
  fields?: { url?: string }
  value?: unknown
  relationTo?: string
  format?: number
  text?: string
  children?: LexNode[]
}
const nodes = (state: unknown): LexNode[] => {
  const out: LexNode[] = []
  const walk = (n: LexNode) => {
    out.push(n)
    n.children?.forEach(walk)
  }
  walk((state as { root: LexNode }).root)
  return out
}
const text = (n: LexNode): string => n.text ?? (n.children ?? []).map(text).join('')

let payload: Payload
let first: ImportReport

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

const article = async (slug: string) =>
  (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, draft: true, depth: 1, limit: 1 }))
    .docs[0]

it('a dry run reports what it would create and writes nothing', async () => {
  const report = await runImport(payload, exportFile, { uploadsDir: uploads, dryRun: true })
  expect(report.dryRun).toBe(true)
  expect(report.counts.articles.created).toBe(4)
  expect(report.counts.media.created).toBe(2)
  expect(report.counts.authors.created).toBe(2)
  for (const collection of ['articles', 'authors', 'topics', 'media', 'payload-jobs'] as const) {
    expect((await payload.count({ collection })).totalDocs).toBe(0)
  }
  expect(describeImport(report)).toMatch(/^Dry run \(nothing was written\)/)
})

describe('the first run', () => {
  beforeAll(async () => {
    first = await runImport(payload, exportFile, { uploadsDir: uploads })
  })

  it('counts what it created, skipped and failed', () => {
    expect(first.dryRun).toBe(false)
    expect(first.counts.topics).toMatchObject({ created: 4, failed: 0 })
    expect(first.counts.authors).toMatchObject({ created: 2, failed: 0 })
    expect(first.counts.media).toMatchObject({ created: 2, skipped: 1, failed: 0 })
    expect(first.counts.articles).toMatchObject({ created: 4, skipped: 1, failed: 1 })
    expect(first.counts.pages).toMatchObject({ created: 1, skipped: 0, failed: 0 })
    expect(first.counts.redirects).toMatchObject({ created: 3, failed: 0 })
    expect(first.counts.other).toMatchObject({ skipped: 3 })
  })

  it('a published Gutenberg post keeps its headings, list, quote, image, link and emphasis', async () => {
    const doc = await article('when-a-grandparent-dies')
    expect(doc.title).toBe('When a Grandparent Dies: Helping Children Grieve')
    expect(doc._status).toBe('published')
    expect(doc.publishedAt).toBe('2025-03-18T14:00:00.000Z')
    const all = nodes(doc.body)
    const top = (doc.body.root as unknown as LexNode).children!.map((n) => n.type + (n.tag ? `:${n.tag}` : ''))
    expect(top).toEqual([
      'paragraph',
      'heading:h2',
      'paragraph',
      'list:ul',
      'upload',
      'paragraph',
      'quote',
      'heading:h3',
      'paragraph',
    ])
    expect(all.find((n) => n.type === 'list')!.children!.map(text)).toEqual([
      'Use the words "died" and "death" rather than "went to sleep".',
      'Let them see that you are sad too.',
      'Keep routines where you can.',
    ])
    expect(text(all.find((n) => n.type === 'quote')!)).toBe('Grief is the price we pay for love.')
    expect(all.find((n) => n.text === 'first')?.format).toBe(2) // italic
    expect(all.find((n) => n.text === 'normal')?.format).toBe(1) // bold
    // The figure's caption stays under the image.
    expect(text((doc.body.root as unknown as LexNode).children![5])).toBe('Small rituals help children remember.')
    // A link to another imported post leads to its new address.
    const link = all.find((n) => n.type === 'link')!
    expect(link.fields?.url).toBe('/resources/rebuilding-trust-after-an-affair')
    expect(text(link)).toBe('family changes')

    const upload = all.find((n) => n.type === 'upload')!
    expect(upload.relationTo).toBe('media')
    const image = upload.value as { id: number; alt: string; filename: string }
    expect(image.alt).toBe("An older woman's hands holding a child's hands")
    expect(image.filename).toMatch(/^grandmother-hands\./)
  })

  it('sets the hero image from _thumbnail_id, the SEO description from Yoast, the author and the topics', async () => {
    const doc = await article('when-a-grandparent-dies')
    const hero = doc.heroImage as { alt: string; filename: string }
    expect(hero.filename).toMatch(/^grandmother-hands\./)
    expect(doc.meta?.description).toBe(
      'How to talk with children about the death of a grandparent, by age, and when to ask for help.',
    )
    expect((doc.author as { name: string }).name).toBe('Kathryn Fayle')
    expect((doc.topics ?? []).map((t) => (typeof t === 'object' ? t.title : t))).toEqual([
      'Grief & Loss',
      'Children',
      'Family',
    ])
    // No excerpt in WordPress: the article derives it from the first paragraph.
    expect(doc.excerpt).toMatch(/^For many children, the death of a grandparent/)
  })

  it('a classic-editor post gets its paragraphs, captioned image, ordered list and quote; shortcodes and unsafe links go', async () => {
    const doc = await article('rebuilding-trust-after-an-affair')
    expect(doc._status).toBe('published')
    expect((doc.author as { name: string }).name).toBe('Sam Rivera')
    expect(doc.excerpt).toBe(
      'Many couples do rebuild trust after an affair. What the first weeks are like, and what helps.',
    )
    const top = (doc.body.root as unknown as LexNode).children!.map((n) => n.type + (n.tag ? `:${n.tag}` : ''))
    expect(top).toEqual([
      'paragraph',
      'heading:h2',
      'paragraph',
      'upload',
      'paragraph',
      'heading:h3',
      'list:ol',
      'quote',
      'paragraph',
    ])
    // The [caption] shortcode's text stays under its image; the form's shortcode is gone.
    expect(text((doc.body.root as unknown as LexNode).children![4])).toBe('A quiet start to the day can help.')
    expect(JSON.stringify(doc.body)).not.toMatch(/\[\/?(caption|contact-form-7)/)
    const all = nodes(doc.body)
    expect(all.filter((n) => n.type === 'link').map((n) => n.fields?.url)).toEqual(['https://www.aamft.org/'])
    expect(text((doc.body.root as unknown as LexNode).children![8])).toMatch(/, and see this\.$/)
    expect((doc.heroImage as { alt: string }).alt).toBe('Quiet morning')
  })

  it('keeps drafts as drafts and schedules a future post with Payload’s scheduled publishing', async () => {
    const draft = await article('talking-with-teens-about-screens')
    expect(draft._status).toBe('draft')
    expect(draft.publishedAt ?? null).toBeNull()
    const anonymous = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'talking-with-teens-about-screens' } },
      overrideAccess: false,
    })
    expect(anonymous.totalDocs).toBe(0)

    const future = await article('coming-back-to-yourself')
    expect(future._status).toBe('draft')
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })
    expect(jobs.docs).toHaveLength(1)
    expect(jobs.docs[0].waitUntil).toBe('2099-06-01T14:00:00.000Z')
    expect(jobs.docs[0].input).toMatchObject({
      type: 'publish',
      doc: { relationTo: 'articles', value: String(future.id) },
    })
  })

  it('creates authors with only a name and slug, and says so', async () => {
    const { docs } = await payload.find({ collection: 'authors', sort: 'name' })
    expect(docs.map((a) => [a.name, a.slug])).toEqual([
      ['Kathryn Fayle', 'kathryn-fayle'],
      ['Sam Rivera', 'sam-rivera'],
    ])
    for (const a of docs) {
      expect(a.role ?? null).toBeNull()
      expect(a.credentials ?? []).toEqual([])
      expect(a.bio ?? null).toBeNull()
    }
    expect(first.notes.join('\n')).toMatch(
      /Authors have no drafts: new author profiles were created with only a name and slug/,
    )
  })

  it('creates topics only from the categories and tags imported posts use, never "Uncategorized"', async () => {
    const { docs } = await payload.find({ collection: 'topics', sort: 'slug' })
    expect(docs.map((t) => t.slug)).toEqual(['betrayal-and-infidelity', 'children', 'family', 'grief-and-loss'])
    expect(docs.find((t) => t.slug === 'grief-and-loss')?.description).toBe('Living with the death of someone close.')
  })

  it('reports every skipped item with its reason, and the failed one on its own line', () => {
    const out = describeImport(first)
    expect(out).toMatch(/articles: Staff notes: holiday schedule: private in WordPress/)
    expect(out).toMatch(/revision: When a Grandparent Dies: an older revision/)
    expect(out).toMatch(/nav_menu_item: Home: a menu item/)
    expect(out).toMatch(
      /wpcf7_contact_form: Contact form 1: content of type "wpcf7_contact_form", which a plugin added/,
    )
    expect(out).not.toMatch(/pages collection not available/)
    expect(out).toMatch(/media: Couples worksheet: not an image/)
    expect(out).toMatch(
      /Failed:\n {2}articles: A Guest Post: its author "guestwriter" is not among the export's authors/,
    )
    expect(out).toMatch(/media: Quiet morning: no alt text in the source: used its title "Quiet morning"/)
    expect(out).toMatch(/old-photo\.jpg is not in the media library: left out of the body/)
    expect(out).toMatch(
      /Rebuilding Trust After an Affair: the WordPress shortcode \[contact-form-7\] \(it only works inside WordPress\): left out of the body/,
    )
    expect(out).not.toMatch(/redirects collection not available/)
    // The summary table: one row per kind, a column per outcome.
    expect(out).toMatch(/^ {2}\s+created\s+updated\s+unchanged\s+skipped\s+failed$/m)
    expect(out).toMatch(/^ {2}articles\s+4\s+0\s+0\s+1\s+1$/m)
  })
})

it('a second run updates what the first created and creates nothing', async () => {
  const before = Object.fromEntries(
    await Promise.all(
      (['articles', 'authors', 'topics', 'media', 'payload-jobs'] as const).map(async (c) => [
        c,
        (await payload.count({ collection: c })).totalDocs,
      ]),
    ),
  )
  const second = await runImport(payload, exportFile, { uploadsDir: uploads })
  for (const kind of ['topics', 'authors', 'media', 'articles'] as const) expect(second.counts[kind].created).toBe(0)
  expect(second.counts.articles.updated).toBe(4)
  expect(second.counts.media.unchanged).toBe(2)
  expect(second.counts.authors.unchanged).toBe(2)
  for (const [collection, count] of Object.entries(before)) {
    expect((await payload.count({ collection: collection as 'articles' })).totalDocs).toBe(count)
  }
  expect(second.notes.join('\n')).not.toMatch(/Authors have no drafts/)
})

it('without --uploads, posts are imported and the missing images reported', async () => {
  const report = await runImport(payload, exportFile, { dryRun: true })
  expect(report.counts.media).toMatchObject({ created: 0, skipped: 3 })
  expect(describeImport(report)).toMatch(
    /media: grandmother-hands: file not found at uploads\/2025\/03\/grandmother-hands\.png/,
  )
  expect(report.notes.join('\n')).toMatch(/No --uploads folder was given/)
  expect(report.counts.articles.failed).toBe(1)
})

it('fits headings to the article editor (h2-h4) and drops scripts, embeds and unsafe links', () => {
  const editorConfig = editorConfigFromField(payload.collections.articles.config.flattenedFields, 'body')
  const state = htmlToLexical(
    '<h1>One</h1><h5>Five</h5><script>alert(1)</script><iframe src="https://x.example"></iframe>' +
      '<p>Text <a href="data:text/html,hi">a</a> <a href="VBScript:x">b</a> <a href="notes.html">c</a> <a href="mailto:x@y.example">d</a></p>',
    {
      editorConfig,
      media: () => undefined,
      onLeftOut: () => {},
    },
  )
  expect(state.root.children.map((n) => `${n.type}:${(n as { tag?: string }).tag ?? ''}`)).toEqual([
    'heading:h2',
    'heading:h4',
    'paragraph:',
  ])
  expect(JSON.stringify(state)).not.toMatch(/alert|x\.example|data:|vbscript/i)
  const links: string[] = []
  const walk = (n: LexNode) => {
    if (n.type === 'link') links.push(n.fields!.url!)
    n.children?.forEach(walk)
  }
  walk(state.root as unknown as LexNode)
  expect(links).toEqual(['notes.html', 'mailto:x@y.example'])
})
