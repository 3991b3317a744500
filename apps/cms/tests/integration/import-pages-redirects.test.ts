import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type CollectionConfig, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'

import { Articles } from '../../src/collections/Articles'
import { Authors } from '../../src/collections/Authors'
import { Inquiries } from '../../src/collections/Inquiries'
import { Media } from '../../src/collections/Media'
import { Services } from '../../src/collections/Services'
import { Topics } from '../../src/collections/Topics'
import { Users } from '../../src/collections/Users'
import { runImport } from '../../src/import/run'
import { jobsConfig } from '../../src/jobs'

/**
 * The pages and redirects collections belong to other features. The import fills them when the
 * config has them, reading their shape: this test gives it a pages collection with a layout of
 * blocks and a redirects collection with the fields @payloadcms/plugin-redirects adds
 * (from, to.type/reference/url, and the type select of its redirectTypes option).
 */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/wordpress')

const Pages: CollectionConfig = {
  slug: 'pages',
  versions: { drafts: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', unique: true },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [
        { slug: 'callToAction', fields: [{ name: 'label', type: 'text', required: true }] },
        { slug: 'richText', fields: [{ name: 'content', type: 'richText', required: true }] },
      ],
    },
  ],
}

const Redirects: CollectionConfig = {
  slug: 'redirects',
  fields: [
    { name: 'from', type: 'text', required: true, index: true },
    {
      name: 'to',
      type: 'group',
      fields: [
        { name: 'type', type: 'radio', defaultValue: 'reference', options: ['reference', 'custom'] },
        { name: 'reference', type: 'relationship', relationTo: ['articles', 'pages'] as CollectionSlug[] },
        { name: 'url', type: 'text' },
      ],
    },
    { name: 'type', type: 'select', required: true, options: ['301', '302', '307', '308'] },
  ],
}

let payload: Payload

beforeAll(async () => {
  const config = buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    collections: [Articles, Authors, Services, Topics, Media, Users, Inquiries, Pages, Redirects],
    editor: lexicalEditor(),
    db: sqliteAdapter({ client: { url: process.env.DATABASE_URI! } }),
    sharp,
    jobs: jobsConfig({ NODE_ENV: 'test' }),
    plugins: [seoPlugin({ collections: ['articles', 'pages'], uploadsCollection: 'media' })],
    typescript: { autoGenerate: false },
    logger: { options: { level: 'silent' } },
  })
  payload = await getPayload({ config })
})
afterAll(async () => {
  await payload.destroy()
})

it('imports WordPress pages into the pages layout and old addresses as permanent redirects, once', async () => {
  const report = await runImport(payload, path.join(fixtures, 'export.xml'), {
    uploadsDir: path.join(fixtures, 'uploads'),
  })
  expect(report.counts.pages).toMatchObject({ created: 1, skipped: 0, failed: 0 })
  expect(report.notes.join('\n')).not.toMatch(/redirects collection not available/)

  const about = (await payload.find({ collection: 'pages' as 'articles', where: { slug: { equals: 'about-us' } } }))
    .docs[0] as unknown as {
    title: string
    _status: string
    layout: { blockType: string; content: { root: { children: { children: { text: string }[] }[] } } }[]
  }
  expect(about.title).toBe('About Us')
  expect(about._status).toBe('published')
  expect(about.layout.map((b) => b.blockType)).toEqual(['richText'])
  expect(about.layout[0].content.root.children[0].children[0].text).toBe(
    'We are a counseling and coaching practice in Texas.',
  )

  // Three published or scheduled posts had permalinks; the page keeps its address (/about-us/), so no redirect.
  expect(report.counts.redirects).toMatchObject({ created: 3, unchanged: 1, failed: 0 })
  const redirects = await payload.find({ collection: 'redirects' as 'articles', sort: 'from', depth: 1 })
  const rows = (
    redirects.docs as unknown as {
      from: string
      type: string
      to: { type: string; reference: { relationTo: string; value: { slug: string } } }
    }[]
  ).map((r) => [r.from, r.type, r.to.type, r.to.reference.relationTo, r.to.reference.value.slug])
  expect(rows).toEqual([
    [
      '/2025/02/10/rebuilding-trust-after-an-affair/',
      '308',
      'reference',
      'articles',
      'rebuilding-trust-after-an-affair',
    ],
    ['/2025/03/18/when-a-grandparent-dies/', '308', 'reference', 'articles', 'when-a-grandparent-dies'],
    ['/2099/06/01/coming-back-to-yourself/', '308', 'reference', 'articles', 'coming-back-to-yourself'],
  ])

  const again = await runImport(payload, path.join(fixtures, 'export.xml'), {
    uploadsDir: path.join(fixtures, 'uploads'),
  })
  expect(again.counts.pages).toMatchObject({ created: 0, updated: 1 })
  expect(again.counts.redirects).toMatchObject({ created: 0, updated: 3 })
  expect((await payload.count({ collection: 'redirects' as 'articles' })).totalDocs).toBe(3)
  expect((await payload.count({ collection: 'pages' as 'articles' })).totalDocs).toBe(1)
})
