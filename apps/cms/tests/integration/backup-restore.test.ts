import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { getPayload, type CollectionSlug, type GlobalSlug, type Payload } from 'payload'
import sharp from 'sharp'

import config from '../../src/payload.config'
import { createBackup } from '../../src/backup/backup'
import { backedUpCollections } from '../../src/backup/contents'
import type { ProgressEvent } from '../../src/backup/progress'
import { restoreBackup } from '../../src/backup/restore'
import { databaseAdapter } from '../../src/database'
import { seed } from '../../src/seed/seed'
import { loadSettings } from '../../src/settings'
import { createStaff, lexical, startPayload } from '../helpers/payload'

/**
 * Backup, wipe, restore: the seed plus drafts, autosaves, versions, a relationship cycle, an
 * uploaded image, a scheduled job and staff accounts go into one archive; a fresh database and
 * an empty media folder get it back; every document, version and global reads back identical
 * and the files are byte-identical. Runs on SQLite, and on MongoDB when DATABASE_URI names one.
 */
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const tmp = process.env.PAYLOAD_TEST_TMP!
const mediaDir = process.env.MEDIA_DIR!
const archive = path.join(tmp, 'backups', 'cms.tar.gz')
const PASSWORD = 'a-password-that-must-survive'

type Snapshot = Record<string, unknown>

/** Everything a person or the web could read, through the Local API and the raw adapter. */
async function snapshot(payload: Payload): Promise<Snapshot> {
  const out: Snapshot = {}
  for (const c of backedUpCollections(payload)) {
    const slug = c.slug as CollectionSlug
    const read = { collection: slug, depth: 0, pagination: false, sort: 'id', overrideAccess: true, showHiddenFields: true } as const
    out[`${slug} (published)`] = (await payload.find({ ...read, draft: false })).docs
    out[`${slug} (stored)`] = (await payload.db.find({ collection: slug, where: {}, sort: 'id', limit: 0, pagination: false })).docs
    if (c.versions) {
      out[`${slug} (latest drafts)`] = (await payload.find({ ...read, draft: true })).docs
      const versions = (await payload.findVersions({ collection: slug, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true }))
        .docs
      // Version ids are the one thing a restore renumbers (nothing refers to them); order by what they record.
      out[`${slug} (versions)`] = versions
        .map(({ id: _id, ...v }) => v)
        .sort((a, b) => `${a.parent}|${a.createdAt}|${a.updatedAt}`.localeCompare(`${b.parent}|${b.createdAt}|${b.updatedAt}`))
    }
  }
  for (const g of payload.config.globals) {
    out[`global ${g.slug}`] = await payload.findGlobal({ slug: g.slug as GlobalSlug, depth: 0, overrideAccess: true, showHiddenFields: true })
  }
  return out
}

function filesIn(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {}
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const full = path.join(e.parentPath, e.name)
        return [path.relative(dir, full), fs.readFileSync(full).toString('base64')]
      }),
  )
}

/** A second database of the same kind: a new SQLite file, or a new database on the same MongoDB server. */
function freshDatabaseUri(name: string): string {
  const current = process.env.DATABASE_URI!
  if (current.startsWith('mongodb')) {
    const url = new URL(current)
    url.pathname = `${url.pathname}_${name}`
    return url.toString()
  }
  return `file:${path.join(tmp, `${name}.db`)}`
}

async function startOn(databaseUri: string, key: string): Promise<Payload> {
  const base = await config
  const settings = loadSettings({ ...process.env, DATABASE_URI: databaseUri })
  // Payload skips the dev schema push when this process already pushed the same schema (to the first file).
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  try {
    return await getPayload({ config: { ...base, db: databaseAdapter(settings) as typeof base.db }, key })
  } finally {
    delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  }
}

let before: Snapshot
const progressSeen: ProgressEvent[] = []
let beforeFiles: Record<string, string>
let restored: Payload
let restoredUri: string

beforeAll(async () => {
  const source = await startPayload()
  await seed(source)
  const staff = await createStaff(source)
  await source.update({ collection: 'users', id: staff.editor.id, data: { password: PASSWORD } })

  const image = await sharp({ create: { width: 1700, height: 900, channels: 3, background: { r: 90, g: 120, b: 110 } } })
    .png()
    .toBuffer()
  const media = await source.create({
    collection: 'media',
    data: { alt: 'A calm green field' },
    file: { data: image, mimetype: 'image/png', name: 'field.png', size: image.length },
  })

  const [author] = (await source.find({ collection: 'authors', limit: 1 })).docs
  const first = await source.create({
    collection: 'articles',
    data: { title: 'First steps', author: author.id, heroImage: media.id, body: lexical('Begin gently.'), _status: 'published' },
  })
  const second = await source.create({
    collection: 'articles',
    data: { title: 'Second steps', author: author.id, relatedArticles: [first.id], body: lexical('Keep going.'), _status: 'published' },
  })
  // A cycle (each names the other) and a newer draft on top of the published version.
  await source.update({ collection: 'articles', id: first.id, data: { relatedArticles: [second.id] } })
  await source.update({ collection: 'articles', id: first.id, data: { title: 'First steps (edited draft)' }, draft: true })
  await source.update({ collection: 'articles', id: second.id, data: { excerpt: 'Autosaved words' }, draft: true, autosave: true })
  const draftOnly = await source.create({
    collection: 'articles',
    data: { title: 'Never published', author: author.id, body: lexical('Not yet.') },
    draft: true,
  })
  await source.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: draftOnly.id }, user: { relationTo: 'users', value: staff.editor.id } },
    waitUntil: new Date(Date.now() + 24 * 3600 * 1000),
  })
  const [service] = (await source.find({ collection: 'services', limit: 1 })).docs
  await source.create({ collection: 'inquiries', data: { name: 'Sam', email: 'sam@example.org', consent: true, service: service.id } })
  await source.updateGlobal({ slug: 'practice', data: { tagline: 'Steady help after betrayal' } })

  before = await snapshot(source)
  beforeFiles = filesIn(mediaDir)
  // Small pages, so every collection is read over several of them, as a large one would be.
  await createBackup(source, { file: archive, pageSize: 3, progress: (e) => progressSeen.push(e) })
  await source.destroy()

  // The wipe: the database and the media folder are gone; only the archive is left.
  fs.rmSync(mediaDir, { recursive: true, force: true })
  restoredUri = freshDatabaseUri('restored')
  restored = await startOn(restoredUri, 'restored')
  await restoreBackup(restored, { file: archive })
}, 240_000)

afterAll(async () => {
  await restored?.destroy()
})

it('the test data covers drafts, versions, an upload and a scheduled job', () => {
  expect((before['articles (versions)'] as unknown[]).length).toBeGreaterThanOrEqual(6)
  expect(before['articles (latest drafts)']).not.toEqual(before['articles (published)'])
  expect(Object.keys(beforeFiles).length).toBeGreaterThanOrEqual(5) // the original and its generated sizes
  expect(before['payload-jobs (stored)']).toEqual(expect.arrayContaining([expect.objectContaining({ taskSlug: 'schedulePublish' })]))
})

it('reports progress page by page while it reads', () => {
  const services = progressSeen.filter((e) => e.step === 'documents' && e.name === 'services')
  expect(services.map((e) => e.done)).toEqual([3, 5, 5])
  expect(services.every((e) => e.total === 5)).toBe(true)
  expect(services.at(-1)?.finished).toBe(true)
})

it('restores the same number of documents and versions in every collection', async () => {
  const after = await snapshot(restored)
  const counts = (s: Snapshot) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? v.length : 1]))
  expect(counts(after)).toEqual(counts(before))
})

it('restores every document, draft, version and global deep-equal', async () => {
  const after = await snapshot(restored)
  for (const key of Object.keys(before)) expect({ [key]: after[key] }).toEqual({ [key]: before[key] })
})

it('restores the media files byte for byte', () => {
  expect(filesIn(mediaDir)).toEqual(beforeFiles)
})

it('keeps password hashes: staff log in with their old passwords', async () => {
  const { user } = await restored.login({ collection: 'users', data: { email: 'editor@test.dev', password: PASSWORD } })
  expect(user?.role).toBe('editor')
})

it('new documents after a restore get new ids, not ones already taken', async () => {
  const topic = await restored.create({ collection: 'topics', data: { title: 'After the restore' } })
  const ids = (before['topics (stored)'] as { id: unknown }[]).map((t) => t.id)
  expect(ids).not.toContain(topic.id)
  await restored.delete({ collection: 'topics', id: topic.id })
})

it('refuses a database that is not empty, says why, and restores over it with force', async () => {
  await expect(restoreBackup(restored, { file: archive })).rejects.toThrow(/not empty: it holds .*users.*--force/s)
  await restored.update({ collection: 'topics', where: {}, data: { description: 'changed after the backup' } })
  const report = await restoreBackup(restored, { file: archive, force: true })
  expect(report.wiped).toBe(true)
  const after = await snapshot(restored)
  for (const key of Object.keys(before)) expect({ [key]: after[key] }).toEqual({ [key]: before[key] })
})

describe('the command line (npm run backup / npm run restore)', () => {
  const cli = (args: string[]) =>
    // Run from the test's folder, as an operator runs it from wherever the archive should go.
    spawnSync('npm', ['--prefix', cmsDir, 'run', '--silent', args[0], '--', ...args.slice(1)], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URI: restoredUri },
      timeout: 120_000,
    })

  it('backs up with progress and a summary, to a path relative to where npm was run', () => {
    const run = cli(['backup', 'cli-backup.tar.gz'])
    expect(run.stderr + run.stdout).toMatch(/articles: \d+ ✓/)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Backup written to .*cli-backup\.tar\.gz/)
    expect(fs.existsSync(path.join(tmp, 'cli-backup.tar.gz'))).toBe(true)
  })

  it('refuses to restore into a database that is not empty, with the reason and a non-zero exit', () => {
    const run = cli(['restore', 'cli-backup.tar.gz'])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/The database is not empty.*--force/s)
    expect(run.stderr).not.toMatch(/at \S+ \(.*:\d+:\d+\)/) // a message, not a stack trace
  })

  it('says what is wrong with a missing archive', () => {
    const run = cli(['restore', 'no-such-file.tar.gz'])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/There is no archive at .*no-such-file\.tar\.gz/)
  })
})
