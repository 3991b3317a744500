import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createClient } from '@libsql/client'
import * as tar from 'tar'
import { getPayload, type CollectionSlug, type GlobalSlug, type Payload } from 'payload'
import sharp from 'sharp'

import config from '../../src/payload.config'
import { createBackup } from '../../src/backup/backup'
import { restoreBackup } from '../../src/backup/restore'
import { sqliteFilePath } from '../../src/backup/sqlite'
import { databaseAdapter } from '../../src/database'
import { migrations } from '../../src/migrations/sqlite'
import { seed } from '../../src/seed/seed'
import { loadSettings } from '../../src/settings'
import { createStaff, lexical, startPayload } from '../helpers/payload'

/**
 * npm run backup / restore on SQLite: the seed plus drafts, versions, a relationship cycle, an
 * uploaded image, a scheduled job, staff accounts and appointment requests go into one archive
 * while the CMS runs; a new database file and an empty media folder get it back. Everything
 * reads back identical, except what a backup must not hold: appointment requests past
 * retention, sign-in sessions and password-reset tokens, which are not in the archive at all.
 * (MongoDB is backed up by deploy/mongo/backup.sh with its own tools; see ops/tests/compose.test.ts.)
 */
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const tmp = process.env.PAYLOAD_TEST_TMP!
const mediaDir = process.env.MEDIA_DIR!
const sourceDb = sqliteFilePath(process.env.DATABASE_URI!)
const archive = path.join(tmp, 'backups', 'cms.tar.gz')
const PASSWORD = 'a-password-that-must-survive'
const EXPIRED_NAME = 'Expiredrequest Zyxwv'
const RETENTION_DAYS = 30
const knownMigrations = migrations.map((m) => m.name)

type Snapshot = Record<string, unknown>
let expiredInquiryId: number

/** What a backup leaves out, taken away from a snapshot of the source for comparison. */
const ACCOUNT_SECRETS = ['sessions', 'resetPasswordToken', 'resetPasswordExpiration']

/** Everything a person or the web could read, through the Local API and the raw adapter. */
async function snapshot(payload: Payload): Promise<Snapshot> {
  const out: Snapshot = {}
  const clean = (slug: string, docs: Record<string, unknown>[]) =>
    docs
      .filter((d) => !(slug === 'inquiries' && d.id === expiredInquiryId))
      .map((d) =>
        slug === 'users' ? Object.fromEntries(Object.entries(d).filter(([k]) => !ACCOUNT_SECRETS.includes(k))) : d,
      )
  for (const c of payload.config.collections.filter((c) => c.slug !== 'payload-migrations')) {
    const slug = c.slug as CollectionSlug
    const read = {
      collection: slug,
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
      showHiddenFields: true,
    } as const
    out[`${slug} (published)`] = clean(
      slug,
      (await payload.find({ ...read, draft: false })).docs as unknown as Record<string, unknown>[],
    )
    out[`${slug} (stored)`] = clean(
      slug,
      (await payload.db.find({ collection: slug, where: {}, sort: 'id', limit: 0, pagination: false })).docs,
    )
    if (c.versions) {
      out[`${slug} (latest drafts)`] = (await payload.find({ ...read, draft: true })).docs
      out[`${slug} (versions)`] = (
        await payload.findVersions({
          collection: slug,
          depth: 0,
          pagination: false,
          sort: 'id',
          overrideAccess: true,
          showHiddenFields: true,
        })
      ).docs
    }
  }
  for (const g of payload.config.globals) {
    out[`global ${g.slug}`] = await payload.findGlobal({
      slug: g.slug as GlobalSlug,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
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

async function startOn(file: string, key: string): Promise<Payload> {
  const base = await config
  const settings = loadSettings({ ...process.env, DATABASE_URI: `file:${file}` })
  return getPayload({ config: { ...base, db: (await databaseAdapter(settings)) as typeof base.db }, key })
}

/** Raw SQL on a database file, beside whatever else has it open. */
async function sql<T = Record<string, unknown>>(
  file: string,
  query: string,
  args: (string | number | null)[] = [],
): Promise<T[]> {
  const db = createClient({ url: `file:${file}` })
  try {
    return (await db.execute({ sql: query, args })).rows as unknown as T[]
  } finally {
    db.close()
  }
}

const mode = (file: string) => fs.statSync(file).mode & 0o777

let before: Snapshot
let beforeFiles: Record<string, string>
let restored: Payload | undefined
const restoredDb = path.join(tmp, 'restored.db')
const backupLog: string[] = []

beforeAll(async () => {
  const source = await startPayload()
  await seed(source)
  const staff = await createStaff(source)
  await source.update({ collection: 'users', id: staff.editor.id, data: { password: PASSWORD } })

  const image = await sharp({
    create: { width: 1700, height: 900, channels: 3, background: { r: 90, g: 120, b: 110 } },
  })
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
    data: {
      title: 'First steps',
      author: author.id,
      heroImage: media.id,
      body: lexical('Begin gently.'),
      _status: 'published',
    },
  })
  const second = await source.create({
    collection: 'articles',
    data: {
      title: 'Second steps',
      author: author.id,
      relatedArticles: [first.id],
      body: lexical('Keep going.'),
      _status: 'published',
    },
  })
  // A cycle (each names the other) and a newer draft on top of the published version.
  await source.update({ collection: 'articles', id: first.id, data: { relatedArticles: [second.id] } })
  await source.update({
    collection: 'articles',
    id: first.id,
    data: { title: 'First steps (edited draft)' },
    draft: true,
  })
  await source.update({
    collection: 'articles',
    id: second.id,
    data: { excerpt: 'Autosaved words' },
    draft: true,
    autosave: true,
  })
  const draftOnly = await source.create({
    collection: 'articles',
    data: { title: 'Never published', author: author.id, body: lexical('Not yet.') },
    draft: true,
  })
  await source.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: draftOnly.id },
      user: { relationTo: 'users', value: staff.editor.id },
    },
    waitUntil: new Date(Date.now() + 24 * 3600 * 1000),
  })
  const [service] = (await source.find({ collection: 'services', limit: 1 })).docs
  await source.create({
    collection: 'inquiries',
    data: { name: 'Sam Recent', email: 'sam@example.org', consent: true, service: service.id },
  })
  const expired = await source.create({
    collection: 'inquiries',
    data: { name: EXPIRED_NAME, email: 'old@example.org', consent: true },
  })
  expiredInquiryId = expired.id as number
  await sql(sourceDb, 'UPDATE inquiries SET created_at = ? WHERE id = ?', [
    new Date(Date.now() - (RETENTION_DAYS + 1) * 24 * 3600 * 1000).toISOString(),
    expired.id,
  ])
  await source.updateGlobal({ slug: 'practice', data: { tagline: 'Steady help after betrayal' } })
  // A signed-in editor (a session) and a password reset under way (a token).
  await source.login({ collection: 'users', data: { email: 'editor@test.dev', password: PASSWORD } })
  await source.forgotPassword({ collection: 'users', data: { email: 'author@test.dev' }, disableEmail: true })

  before = await snapshot(source)
  beforeFiles = filesIn(mediaDir)
  // Online: the CMS is running (and holds the file open) while the copy is made.
  await createBackup({
    database: sourceDb,
    mediaDir,
    file: archive,
    inquiryRetentionDays: RETENTION_DAYS,
    log: (l) => backupLog.push(l),
  })
  await source.destroy()

  // The wipe: only the archive is left.
  fs.rmSync(mediaDir, { recursive: true, force: true })
  await restoreBackup({ file: archive, database: restoredDb, mediaDir, knownMigrations })
  restored = await startOn(restoredDb, 'restored')
}, 240_000)

afterAll(async () => {
  await restored?.destroy()
})

describe('the archive', () => {
  const inside = path.join(tmp, 'inside')

  beforeAll(async () => {
    fs.mkdirSync(inside, { recursive: true })
    await tar.extract({ file: archive, cwd: inside })
  })

  it('is readable by its owner only (0600)', () => {
    expect(mode(archive)).toBe(0o600)
  })

  it('holds the database, the media files and a manifest of what it holds and left out', () => {
    expect(fs.readFileSync(path.join(inside, 'cms.db')).subarray(0, 15).toString()).toBe('SQLite format 3')
    expect(filesIn(path.join(inside, 'media'))).toEqual(beforeFiles)
    expect(Object.keys(beforeFiles).length).toBeGreaterThanOrEqual(5) // the original and its generated sizes
    const manifest = JSON.parse(fs.readFileSync(path.join(inside, 'manifest.json'), 'utf8'))
    expect(manifest).toEqual(
      expect.objectContaining({
        format: 'resilient-mind-cms-backup',
        formatVersion: 2,
        database: 'sqlite',
        inquiryRetentionDays: RETENTION_DAYS,
        leftOut: { expiredInquiries: 1, sessions: 1, resetTokens: 1 },
        media: { storage: 'local', files: Object.keys(beforeFiles).length, bytes: expect.any(Number) },
        encrypted: false,
      }),
    )
    expect(backupLog.join('\n')).toMatch(
      /left out: 1 appointment requests older than 30 days, 1 sign-in sessions, 1 password-reset tokens/,
    )
  })

  it('has no expired appointment request, no session and no reset token, not even in free pages', async () => {
    const db = path.join(inside, 'cms.db')
    expect(await sql(db, 'SELECT name FROM inquiries ORDER BY id')).toEqual([{ name: 'Sam Recent' }])
    expect(await sql(db, 'SELECT count(*) AS n FROM users_sessions')).toEqual([{ n: 0 }])
    expect(
      await sql(
        db,
        'SELECT count(*) AS n FROM users WHERE reset_password_token IS NOT NULL OR reset_password_expiration IS NOT NULL',
      ),
    ).toEqual([{ n: 0 }])
    // The source had them all (so the checks above mean something)...
    expect(await sql(sourceDb, 'SELECT count(*) AS n FROM users_sessions')).toEqual([{ n: 1 }])
    expect(await sql(sourceDb, 'SELECT count(*) AS n FROM users WHERE reset_password_token IS NOT NULL')).toEqual([
      { n: 1 },
    ])
    // ...and the copy was rebuilt after the deletions, so not a byte of the request is left in the file.
    expect(fs.readFileSync(db).includes(EXPIRED_NAME)).toBe(false)
    expect(await sql(sourceDb, 'SELECT count(*) AS n FROM inquiries WHERE name = ?', [EXPIRED_NAME])).toEqual([
      { n: 1 },
    ])
  })
})

describe('a restore into a new database', () => {
  it('brings back every document, draft, version and global', async () => {
    const after = await snapshot(restored!)
    for (const key of Object.keys(before)) expect({ [key]: after[key] }).toEqual({ [key]: before[key] })
  })

  it('brings back the media files byte for byte', () => {
    expect(filesIn(mediaDir)).toEqual(beforeFiles)
  })

  it('keeps password hashes: staff sign in with their old passwords', async () => {
    const { user } = await restored!.login({
      collection: 'users',
      data: { email: 'editor@test.dev', password: PASSWORD },
    })
    expect(user?.role).toBe('editor')
  })

  it('new documents get new ids, not ones already taken', async () => {
    const topic = await restored!.create({ collection: 'topics', data: { title: 'After the restore' } })
    const ids = (before['topics (stored)'] as { id: unknown }[]).map((t) => t.id)
    expect(ids).not.toContain(topic.id)
    await restored!.delete({ collection: 'topics', id: topic.id })
  })
})

describe('restoring over a database that holds content', () => {
  it('is refused, saying what is there and how to replace it', async () => {
    await expect(restoreBackup({ file: archive, database: restoredDb, mediaDir, knownMigrations })).rejects.toThrow(
      /not empty: .* holds .*users.*--force/s,
    )
  })

  it('replaces it with --force (the CMS stopped first)', async () => {
    await restored!.update({ collection: 'topics', where: {}, data: { description: 'changed after the backup' } })
    await restored!.destroy()
    restored = undefined
    fs.writeFileSync(path.join(mediaDir, 'not-in-the-backup.txt'), 'x')
    const { replaced } = await restoreBackup({
      file: archive,
      database: restoredDb,
      mediaDir,
      knownMigrations,
      force: true,
    })
    expect(replaced).toBe(true)
    expect(filesIn(mediaDir)).toEqual(beforeFiles)
    restored = await startOn(restoredDb, 'restored-again')
    const after = await snapshot(restored)
    for (const key of Object.keys(before)) expect({ [key]: after[key] }).toEqual({ [key]: before[key] })
  })

  it('refuses an archive from a newer version of the CMS', async () => {
    // The same archive, as a CMS with one more migration would have written it.
    const dir = path.join(tmp, 'newer')
    fs.mkdirSync(dir, { recursive: true })
    await tar.extract({ file: archive, cwd: dir })
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ ...manifest, migrations: [...knownMigrations, '29990101_000000_from_the_future'] }),
    )
    const newer = path.join(tmp, 'newer.tar.gz')
    await tar.create({ gzip: true, file: newer, cwd: dir }, ['manifest.json', 'cms.db', 'media'])
    const target = path.join(tmp, 'newer.db')
    await expect(
      restoreBackup({ file: newer, database: target, mediaDir: path.join(tmp, 'm'), knownMigrations }),
    ).rejects.toThrow(/newer version of the CMS \(migrations 29990101_000000_from_the_future\): update the CMS first/)
    expect(fs.existsSync(target)).toBe(false)
  })
})

describe("encrypted with age, to a key the practice holds (Debian's age package; .ci/run installs it)", () => {
  const identity = path.join(tmp, 'practice-key.txt')
  const encrypted = path.join(tmp, 'backups', 'cms.tar.gz.age')
  let recipient: string

  beforeAll(async () => {
    const keygen = spawnSync('age-keygen', ['-o', identity], { encoding: 'utf8' })
    recipient = /age1[0-9a-z]+/.exec(keygen.stderr)![0]
    await createBackup({
      database: restoredDb,
      mediaDir,
      file: encrypted,
      inquiryRetentionDays: RETENTION_DAYS,
      encryption: { recipients: [recipient] },
    })
  }, 60_000)

  it('is an age file, 0600, with nothing readable in it', () => {
    const bytes = fs.readFileSync(encrypted)
    expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1')
    expect(mode(encrypted)).toBe(0o600)
    expect(bytes.includes('SQLite format 3')).toBe(false)
    expect(bytes.includes('Sam Recent')).toBe(false)
  })

  it('is refused without the key, and restores with it', async () => {
    const target = path.join(tmp, 'from-encrypted.db')
    const media = path.join(tmp, 'from-encrypted-media')
    await expect(
      restoreBackup({ file: encrypted, database: target, mediaDir: media, knownMigrations }),
    ).rejects.toThrow(/is encrypted: name the key .*--identity/)
    expect(fs.existsSync(target)).toBe(false)
    await restoreBackup({ file: encrypted, database: target, mediaDir: media, knownMigrations, identity })
    expect(await sql(target, 'SELECT name FROM inquiries ORDER BY id')).toEqual([{ name: 'Sam Recent' }])
    expect(await sql(target, 'SELECT count(*) AS n FROM articles')).toEqual(
      await sql(restoredDb, 'SELECT count(*) AS n FROM articles'),
    )
    expect(filesIn(media)).toEqual(beforeFiles)
  })
})

describe('the command line (npm run backup / npm run restore)', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    // Run from the test's folder, as an operator runs it from wherever the archive should go.
    spawnSync('npm', ['--prefix', cmsDir, 'run', '--silent', args[0], '--', ...args.slice(1)], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URI: `file:${restoredDb}`, ...env },
      timeout: 120_000,
    })

  it('backs up to a path relative to where npm was run, 0600, saying what it left out', () => {
    const run = cli(['backup', 'cli-backup.tar.gz'])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/left out: 0 appointment requests older than 30 days/)
    expect(run.stdout).toMatch(/Backup written to .*cli-backup\.tar\.gz/)
    expect(mode(path.join(tmp, 'cli-backup.tar.gz'))).toBe(0o600)
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

  it("on MongoDB, points at the database's own tools", () => {
    const run = cli(['backup'], { DATABASE_URI: 'mongodb://localhost:1/cms', PAYLOAD_SECRET: 'p'.repeat(40) })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/deploy\/mongo\/backup\.sh/)
  })
})
