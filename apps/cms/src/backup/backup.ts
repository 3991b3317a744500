import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import * as tar from 'tar'

import { idPages } from '../utilities/idPages'

import { backedUpCollections, collectionSlug, globalWasSaved, hasVersions } from './contents'
import { filesOf, linkOrCopy, localStaticDir, safeJoin } from './files'
import { FORMAT, FORMAT_VERSION, type Manifest, NdjsonWriter, paths } from './format'
import { type Progress, silent } from './progress'

export const PAGE_SIZE = 250

export type BackupOptions = { file: string; progress?: Progress; pageSize?: number }

/**
 * Writes everything the CMS holds into one .tar.gz: documents and versions read through the
 * database adapter (so password hashes, timestamps and ids come out exactly as stored, on
 * SQLite and MongoDB alike), globals, and the uploaded files. Returns the manifest.
 */
export async function createBackup(payload: Payload, { file, progress = silent, pageSize = PAGE_SIZE }: BackupOptions): Promise<Manifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-'))
  const db = payload.db
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    database: db.name,
    collections: {},
    globals: {},
    files: {},
  }
  try {
    for (const collection of backedUpCollections(payload)) {
      const slug = collectionSlug(collection)
      const total = (await db.count({ collection: slug, where: {} })).totalDocs
      const out = new NdjsonWriter(path.join(staging, paths.collection(slug)))
      const staticDir = localStaticDir(collection)
      const fileNames: string[] = []
      for await (const page of idPages(pageSize, (where) => db.find({ collection: slug, where, sort: 'id', limit: pageSize, pagination: false }))) {
        for (const doc of page) {
          await out.write(doc)
          if (collection.upload) fileNames.push(...filesOf(doc))
        }
        progress({ step: 'documents', name: slug, done: out.count, total })
      }
      await out.close()
      manifest.collections[slug] = { documents: out.count }
      progress({ step: 'documents', name: slug, done: out.count, total, finished: true })

      if (hasVersions(collection)) {
        const totalVersions = (await db.countVersions({ collection: slug, where: {} })).totalDocs
        const versions = new NdjsonWriter(path.join(staging, paths.versions(slug)))
        for await (const page of idPages(pageSize, (where) =>
          db.findVersions({ collection: slug, where, sort: 'id', limit: pageSize, pagination: false }),
        )) {
          for (const version of page) await versions.write(version)
          progress({ step: 'versions', name: slug, done: versions.count, total: totalVersions })
        }
        await versions.close()
        manifest.collections[slug].versions = versions.count
        progress({ step: 'versions', name: slug, done: versions.count, total: totalVersions, finished: true })
      }

      if (collection.upload) {
        manifest.files[slug] = await stageFiles(staging, slug, staticDir, fileNames, progress)
      }
    }

    for (const global of payload.config.globals) {
      const slug = global.slug as GlobalSlug
      const doc = (await db.findGlobal({ slug })) as Record<string, unknown> | null
      const saved = globalWasSaved(doc)
      if (saved) fs.writeFileSync(path.join(mkdir(staging, 'globals'), `${slug}.json`), JSON.stringify(doc))
      manifest.globals[slug] = { saved }
      if (hasVersions(global)) {
        const versions = new NdjsonWriter(path.join(staging, paths.globalVersions(slug)))
        for await (const page of idPages(pageSize, (where) =>
          db.findGlobalVersions({ global: slug, where, sort: 'id', limit: pageSize, pagination: false }),
        )) {
          for (const version of page) await versions.write(version)
        }
        await versions.close()
        manifest.globals[slug].versions = versions.count
      }
      progress({ step: 'global', name: `${slug} global${saved ? '' : ' (never saved)'}`, done: 1, total: 1, finished: true })
    }

    fs.writeFileSync(path.join(staging, paths.manifest), JSON.stringify(manifest, null, 2))
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
        // Written beside the target and renamed at the end, so a failed run never leaves half an archive under the real name.
    const partial = `${path.resolve(file)}.partial`
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, fs.readdirSync(staging))
    fs.renameSync(partial, path.resolve(file))
    progress({ step: 'archive', name: `archive written (${(fs.statSync(path.resolve(file)).size / 1024 / 1024).toFixed(1)} MB)`, done: 1, total: 1, finished: true })
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

function mkdir(...parts: string[]): string {
  const dir = path.join(...parts)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

async function stageFiles(
  staging: string,
  slug: CollectionSlug,
  staticDir: string | undefined,
  names: string[],
  progress: Progress,
): Promise<Manifest['files'][string]> {
  if (!staticDir) return { storage: 'external', files: 0, bytes: 0, missing: [] }
  const target = path.join(staging, paths.filesDir(slug))
  const result = { storage: 'local' as const, files: 0, bytes: 0, missing: [] as string[] }
  for (const name of names) {
    const source = safeJoin(staticDir, name)
    if (!fs.existsSync(source)) {
      result.missing.push(name)
      continue
    }
    linkOrCopy(source, safeJoin(target, name))
    result.files++
    result.bytes += fs.statSync(source).size
    if (result.files % 50 === 0) progress({ step: 'files', name: slug, done: result.files, total: names.length })
  }
  progress({ step: 'files', name: slug, done: result.files, total: names.length, finished: true })
  return result
}
