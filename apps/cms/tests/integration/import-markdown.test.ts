import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { describeImport, readSource, runImport } from '../../src/import/run'
import { ImportInputError } from '../../src/import/source'
import { startPayload } from '../helpers/payload'

/** A folder of Markdown files with front matter, and input the import must refuse with a clear message. */
const here = path.dirname(fileURLToPath(import.meta.url))
const folder = path.join(here, '../fixtures/import/markdown')
const tmp = process.env.PAYLOAD_TEST_TMP!

type LexNode = {
  type: string
  tag?: string
  listType?: string
  fields?: { url?: string }
  value?: unknown
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

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

const article = async (slug: string) =>
  (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, draft: true, depth: 1, limit: 1 }))
    .docs[0]

describe('a Markdown folder', () => {
  it('a dry run writes nothing', async () => {
    const report = await runImport(payload, folder, { dryRun: true })
    expect(report.counts.articles.created).toBe(2)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('becomes articles with headings, lists, quotes, links, emphasis and an image from the folder', async () => {
    const report = await runImport(payload, folder)
    expect(report.counts.articles).toMatchObject({ created: 2, skipped: 1, failed: 0 })
    expect(report.counts.media).toMatchObject({ created: 1, failed: 0 })
    expect(report.counts.topics.created).toBe(4)
    expect(describeImport(report)).toMatch(/articles: README-notes\.md: it has no title/)

    const doc = await article('what-to-expect-in-a-first-session') // the file name, without its date (Jekyll's convention)
    expect(doc.title).toBe('What to Expect in a First Counseling Session')
    expect(doc._status).toBe('published')
    expect(doc.publishedAt).toBe('2025-04-02T00:00:00.000Z')
    expect(doc.meta?.description).toBe('What happens in a first counseling session, and how to prepare for it.')
    expect((doc.author as { name: string }).name).toBe('Kathryn Fayle')
    expect((doc.topics ?? []).map((t) => (typeof t === 'object' ? t.slug : t))).toEqual([
      'counseling',
      'anxiety',
      'first-session',
    ])
    const top = (doc.body.root as unknown as LexNode).children!.map((n) => n.type + (n.tag ? `:${n.tag}` : ''))
    expect(top).toEqual([
      'paragraph',
      'heading:h2',
      'paragraph',
      'list:ul',
      'upload',
      'quote',
      'heading:h2',
      'paragraph',
    ])
    const all = nodes(doc.body)
    expect(all.find((n) => n.text === 'daunting')?.format).toBe(2)
    expect(all.find((n) => n.text === 'call 911')?.format).toBe(1)
    expect(all.find((n) => n.type === 'link')?.fields?.url).toBe('https://988lifeline.org/')
    const upload = all.find((n) => n.type === 'upload')!.value as { id: number; alt: string }
    expect(upload.alt).toBe('A quiet chair by a window in a counseling room')
    // The front matter's image is the same file: one media document, also the hero image.
    expect((doc.heroImage as { id: number }).id).toBe(upload.id)
  })

  it('a draft stays a draft, and its repeated "# Title" line is not kept', async () => {
    const doc = await article('coping-with-panic')
    expect(doc._status).toBe('draft')
    expect((doc.author as { name: string }).name).toBe('Sam Rivera')
    const all = nodes(doc.body)
    expect(all.some((n) => n.type === 'heading')).toBe(false)
    expect(all.find((n) => n.type === 'list')?.listType).toBe('number')
  })

  it('a single Markdown file can be imported on its own', () => {
    const source = readSource(path.join(folder, 'drafts/coping-with-panic.md'))
    expect(source.entries.map((e) => [e.slug, e.status, e.authorKey])).toEqual([
      ['coping-with-panic', 'draft', 'sam-rivera'],
    ])
    expect(source.terms.map((t) => t.slug)).toEqual(['anxiety', 'coping-skills'])
  })

  it('a second run updates and creates nothing', async () => {
    const report = await runImport(payload, folder)
    expect(report.counts.articles).toMatchObject({ created: 0, updated: 2 })
    expect(report.counts.media).toMatchObject({ created: 0, unchanged: 1 })
    expect(report.counts.topics.created).toBe(0)
    expect(report.counts.authors.created).toBe(0)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(2)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(1)
  })
})

describe('bad input', () => {
  const write = (name: string, content: string) => {
    const file = path.join(tmp, name)
    fs.writeFileSync(file, content)
    return file
  }

  it('refuses a missing file, a file that is not XML, XML that is not a WordPress export, and broken XML', () => {
    expect(() => readSource(path.join(tmp, 'nope.xml'))).toThrow(ImportInputError)
    expect(() => readSource(path.join(tmp, 'nope.xml'))).toThrow(/nope\.xml does not exist/)
    expect(() => readSource(write('notes.txt', 'Just some text.'))).toThrow(
      /notes\.txt is not a WordPress export \(it is not XML\)/,
    )
    expect(() =>
      readSource(
        write('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title></channel></rss>'),
      ),
    ).toThrow(/feed\.xml is XML but not a WordPress export/)
    expect(() => readSource(write('broken.xml', '<?xml version="1.0"?><rss><channel><item></channel></rss>'))).toThrow(
      /broken\.xml is not valid XML/,
    )
    expect(() => readSource(folder, path.join(tmp, 'no-uploads-here'))).toThrow(/The uploads folder .* does not exist/)
    const empty = path.join(tmp, 'empty-folder')
    fs.mkdirSync(empty, { recursive: true })
    expect(() => readSource(empty)).toThrow(/holds no Markdown files/)
  })

  it('the command exits with code 1 and a message, not a stack trace', () => {
    const bad = write('export.txt', 'this is not an export')
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', bad], {
      cwd: path.join(here, '../..'),
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=production', INIT_CWD: '' },
      encoding: 'utf8',
      timeout: 60000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/export\.txt is not a WordPress export \(it is not XML\)/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
