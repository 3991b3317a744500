import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import * as tar from 'tar'

import { searchEngine } from '../search'
import { backedUpCollections, countContents, describeContents, hasVersions, isEmpty, isPayloadInternal } from './contents'
import { linkOrCopy, localStaticDir, safeJoin } from './files'
import { FORMAT, FORMAT_VERSION, type Manifest, paths, readNdjson } from './format'
import { type Progress, silent } from './progress'

/** A restore that did not start, with the reason a person needs to decide what to do. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefused'
  }
}

export type RestoreOptions = { file: string; force?: boolean; progress?: Progress }
export type RestoreReport = { manifest: Manifest; wiped: boolean; restored: Record<string, { documents: number; versions?: number }> }

type Stored = Record<string, unknown> & { id: string | number }
type StoredVersion = Stored & {
  parent: string | number
  version: Record<string, unknown>
  autosave?: boolean
  createdAt: string
  updatedAt: string
  latest?: boolean
  snapshot?: true
  publishedLocale?: string
}

/** What a stored version brings back, for collection and global versions alike. */
const versionArgs = (v: StoredVersion) => ({
  autosave: Boolean(v.autosave),
  createdAt: v.createdAt,
  updatedAt: v.updatedAt,
  publishedLocale: v.publishedLocale,
  snapshot: v.snapshot,
})

/**
 * Brings an archive made by createBackup back: documents with their ids (so every
 * relationship still points where it did), versions, globals and files. Only into an empty
 * database, unless `force`, which first deletes everything the database holds.
 */
export async function restoreBackup(payload: Payload, { file, force = false, progress = silent }: RestoreOptions): Promise<RestoreReport> {
  const archive = path.resolve(file)
  if (!fs.existsSync(archive)) throw new RestoreRefused(`There is no archive at ${archive}.`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-restore-'))
  try {
    try {
      await tar.extract({ file: archive, cwd: work, strict: true })
    } catch (err) {
      throw new RestoreRefused(`${archive} is not a readable backup archive (${(err as Error).message}).`)
    }
    const manifest = readManifest(work, archive)
    progress({ step: 'extract', name: `archive read (made ${manifest.createdAt})`, done: 1, total: 1, finished: true })
    checkCompatible(payload, manifest)

    const contents = await countContents(payload)
    const wiped = !isEmpty(contents)
    if (wiped && !force) {
      throw new RestoreRefused(
        `The database is not empty: it holds ${describeContents(contents)}. Restoring on top would mix two sets of ` +
          'content and clash on ids. Restore into an empty database, or run again with --force to delete everything in it first.',
      )
    }
    // With no content, only what a running CMS writes by itself (jobs, locks...) can be there; it goes too.
    await wipe(payload, progress, wiped ? () => true : isPayloadInternal)

    const restored: RestoreReport['restored'] = {}
    await withoutForeignKeyChecks(payload, async () => {
      for (const collection of backedUpCollections(payload)) {
        const slug = collection.slug as CollectionSlug
        const expected = manifest.collections[slug]
        if (!expected) continue
        restored[slug] = { documents: 0 }
        for await (const doc of readNdjson<Stored>(path.join(work, paths.collection(slug)))) {
          await payload.db.create({ collection: slug, data: doc, customID: doc.id, returning: false })
          restored[slug].documents++
          if (restored[slug].documents % 100 === 0) progress({ step: 'documents', name: slug, done: restored[slug].documents, total: expected.documents })
        }
        progress({ step: 'documents', name: slug, done: restored[slug].documents, total: expected.documents, finished: true })
        if (hasVersions(collection) && expected.versions !== undefined) {
          restored[slug].versions = await restoreVersions(payload, slug, path.join(work, paths.versions(slug)), expected.versions, progress)
        }
      }
      for (const global of payload.config.globals) {
        const slug = global.slug as GlobalSlug
        const expected = manifest.globals[slug]
        if (expected?.saved) {
          const raw = fs.readFileSync(path.join(work, paths.global(slug)), 'utf8')
          // Adapters mutate what they write, so each call gets its own copy.
          const data = () => {
            const { id: _id, ...rest } = JSON.parse(raw) as Record<string, unknown>
            return rest
          }
          const existing = await payload.db.findGlobal({ slug })
          if (!existing || Object.keys(existing).length === 0) await payload.db.createGlobal({ slug, data: data(), returning: false })
          // createGlobal stamps its own createdAt on SQLite; the update puts the stored one back.
          await payload.db.updateGlobal({ slug, data: data(), returning: false })
        }
        if (hasVersions(global) && expected?.versions) {
          for await (const v of readNdjson<StoredVersion>(path.join(work, paths.globalVersions(slug)))) {
            await payload.db.createGlobalVersion({ globalSlug: slug, ...versionArgs(v), versionData: v.version, returning: false })
          }
        }
        if (expected) progress({ step: 'global', name: `${slug} global`, done: 1, total: 1, finished: true })
      }
    })
    // The documents were written around the hooks that keep the search in step.
    await searchEngine(payload).rebuild(payload)

    for (const collection of backedUpCollections(payload)) {
      const files = manifest.files[collection.slug]
      if (!files || files.storage !== 'local' || files.files === 0) continue
      const staticDir = localStaticDir(collection)
      if (!staticDir) {
        payload.logger.warn(`${collection.slug}: the archive holds ${files.files} files but this CMS keeps uploads in object storage; copy them to the bucket yourself from files/${collection.slug} in the archive.`)
        continue
      }
      restoreFiles(path.join(work, paths.filesDir(collection.slug)), staticDir, collection.slug, files.files, progress)
    }

    await verifyCounts(payload, manifest)
    progress({ step: 'check', name: 'counts match the archive', done: 1, total: 1, finished: true })
    return { manifest, wiped, restored }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

function readManifest(work: string, archive: string): Manifest {
  const file = path.join(work, paths.manifest)
  if (!fs.existsSync(file)) throw new RestoreRefused(`${archive} has no manifest.json: it was not made by \`npm run backup\`.`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== FORMAT) throw new RestoreRefused(`${archive} is not a CMS backup (format "${manifest.format}").`)
  if (manifest.formatVersion > FORMAT_VERSION) {
    throw new RestoreRefused(`${archive} was written by a newer version of this tool (format ${manifest.formatVersion}); update the CMS first.`)
  }
  return manifest
}

function checkCompatible(payload: Payload, manifest: Manifest) {
  if (manifest.database !== payload.db.name) {
    throw new RestoreRefused(
      `The archive was made from a ${manifest.database} database and this CMS runs on ${payload.db.name}. ` +
        'Ids differ between the two (numbers and ObjectIds), so restore it into the same kind of database.',
    )
  }
  const known = new Set<string>(backedUpCollections(payload).map((c) => c.slug))
  const unknown = Object.keys(manifest.collections).filter((slug) => !known.has(slug) && manifest.collections[slug].documents > 0)
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `The archive holds documents of collections this CMS does not define (${unknown.join(', ')}): it was made by a different version. Restore it with the CMS version that made it.`,
    )
  }
}

/**
 * Versions go back in the order they were made (the archive lists them by id), so the
 * adapter's own bookkeeping marks the newest of each document latest, as it was.
 */
async function restoreVersions(payload: Payload, slug: CollectionSlug, file: string, total: number, progress: Progress): Promise<number> {
  let done = 0
  for await (const v of readNdjson<StoredVersion>(file)) {
    await payload.db.createVersion({ collectionSlug: slug, parent: v.parent, ...versionArgs(v), versionData: v.version as never, returning: false })
    done++
    if (done % 100 === 0) progress({ step: 'versions', name: slug, done, total })
  }
  progress({ step: 'versions', name: slug, done, total, finished: true })
  return done
}

function restoreFiles(from: string, staticDir: string, slug: string, total: number, progress: Progress) {
  let done = 0
  const walk = (dir: string, rel = ''): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = path.join(rel, entry.name)
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative)
      else {
        const target = safeJoin(staticDir, relative)
        fs.rmSync(target, { force: true })
        linkOrCopy(path.join(dir, entry.name), target)
        if (++done % 50 === 0) progress({ step: 'files', name: slug, done, total })
      }
    }
  }
  if (fs.existsSync(from)) walk(from)
  progress({ step: 'files', name: slug, done, total, finished: true })
}

/** Deletes every document and version of the collections (and versions of the globals) that `which` picks. */
async function wipe(payload: Payload, progress: Progress, which: (slug: string) => boolean) {
  let deleted = 0
  for (const collection of backedUpCollections(payload).filter((c) => which(c.slug))) {
    const slug = collection.slug as CollectionSlug
    const { totalDocs } = await payload.db.count({ collection: slug, where: {} })
    if (totalDocs > 0) await payload.db.deleteMany({ collection: slug, where: {} })
    if (hasVersions(collection)) await payload.db.deleteVersions({ collection: slug, where: {} })
    deleted += totalDocs
  }
  for (const global of payload.config.globals.filter((g) => which(g.slug))) {
    if (hasVersions(global)) await payload.db.deleteVersions({ globalSlug: global.slug as GlobalSlug, where: {} })
  }
  if (deleted > 0) progress({ step: 'wipe', name: `deleted ${deleted} documents the database held`, done: 1, total: 1, finished: true })
}

/**
 * Documents reference each other in cycles (related articles), so on SQLite, whose foreign
 * keys are enforced row by row, they are checked once at the end instead: a consistent
 * backup satisfies them all, and PRAGMA foreign_key_check proves it. MongoDB has no such checks.
 */
async function withoutForeignKeyChecks(payload: Payload, restore: () => Promise<void>) {
  const db = payload.db as unknown as { name: string; drizzle?: unknown; execute?: (args: { drizzle: unknown; raw: string }) => Promise<{ rows?: unknown[] }> }
  const sqlite = db.name === 'sqlite' && typeof db.execute === 'function'
  const run = (raw: string) => db.execute!({ drizzle: db.drizzle, raw })
  if (sqlite) await run('PRAGMA foreign_keys = OFF')
  try {
    await restore()
  } finally {
    if (sqlite) await run('PRAGMA foreign_keys = ON')
  }
  if (sqlite) {
    const broken = (await run('PRAGMA foreign_key_check')).rows ?? []
    if (broken.length > 0) {
      throw new Error(`The restored data has ${broken.length} references to missing documents, e.g. ${JSON.stringify(broken.slice(0, 3))}. The archive is inconsistent.`)
    }
  }
}

async function verifyCounts(payload: Payload, manifest: Manifest) {
  const problems: string[] = []
  for (const [slug, expected] of Object.entries(manifest.collections)) {
    const collection = slug as CollectionSlug
    const docs = (await payload.db.count({ collection, where: {} })).totalDocs
    if (docs !== expected.documents) problems.push(`${slug}: ${docs} documents, the archive has ${expected.documents}`)
    if (expected.versions !== undefined) {
      const versions = (await payload.db.countVersions({ collection, where: {} })).totalDocs
      if (versions !== expected.versions) problems.push(`${slug}: ${versions} versions, the archive has ${expected.versions}`)
    }
  }
  if (problems.length > 0) throw new Error(`The restore is incomplete: ${problems.join('; ')}.`)
}
