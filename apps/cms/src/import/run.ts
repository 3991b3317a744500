import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { sitePaths } from '@resilient-mind/content/routes'

import { slugify } from '../utilities/slugify'
import {
  articleData,
  ensureAuthor,
  ensureMedia,
  ensureTopic,
  optionalCollection,
  PAGES,
  pageBodyTarget,
  pageData,
  upsertEntry,
  upsertRedirect,
  type Id,
  type Kind,
  type Outcome,
  type Writer,
} from './documents'
import { editorConfigFromField, hasContent, htmlToLexical, markdownToLexical, type MediaLookup } from './lexical'
import { readMarkdownFolder } from './markdown'
import { quietProgress, type ImportProgress } from './progress'
import { ImportInputError, type ImportSource } from './source'
import { readWxr } from './wxr'

export type ImportOptions = { dryRun?: boolean; uploadsDir?: string; progress?: ImportProgress }

export type ImportLine = { kind: Kind; title: string; outcome: Outcome | 'warning'; message: string }

export type ImportReport = {
  source: string
  dryRun: boolean
  counts: Record<Kind, Record<Outcome, number>>
  /** Every item skipped or failed, and warnings (an image without alt text…), one line each. */
  lines: ImportLine[]
  /** Remarks about the run as a whole. */
  notes: string[]
}

export const KINDS: Kind[] = ['topics', 'authors', 'media', 'articles', 'pages', 'redirects', 'other']
const OUTCOMES: Outcome[] = ['created', 'updated', 'unchanged', 'skipped', 'failed']

/** A WordPress export (.xml) or a folder of Markdown files; anything else is refused with a message. */
export function readSource(input: string, uploadsDir?: string): ImportSource {
  if (uploadsDir && !(fs.existsSync(uploadsDir) && fs.statSync(uploadsDir).isDirectory())) {
    throw new ImportInputError(
      `The uploads folder ${uploadsDir} does not exist (it is WordPress's wp-content/uploads, copied from the old server).`,
    )
  }
  if (!fs.existsSync(input))
    throw new ImportInputError(`${input} does not exist. Name a WordPress export (.xml) or a folder of Markdown files.`)
  if (fs.statSync(input).isDirectory() || /\.(md|markdown)$/i.test(input)) return readMarkdownFolder(input, uploadsDir)
  // The first bytes tell an XML file from anything else, without reading a large file twice.
  const fd = fs.openSync(input, 'r')
  const start = Buffer.alloc(2000)
  const read = fs.readSync(fd, start, 0, start.length, 0)
  fs.closeSync(fd)
  const head = start
    .subarray(0, read)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (!head.startsWith('<')) {
    throw new ImportInputError(
      `${path.basename(input)} is not a WordPress export (it is not XML). In WordPress, use Tools → Export → All content, and name the .xml file it downloads.`,
    )
  }
  return readWxr(input, uploadsDir)
}

export async function runImport(payload: Payload, input: string, options: ImportOptions = {}): Promise<ImportReport> {
  const source = readSource(input, options.uploadsDir)
  return importSource(payload, source, options)
}

export async function importSource(
  payload: Payload,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const dryRun = Boolean(options.dryRun)
  const progress = options.progress ?? quietProgress
  const report: ImportReport = {
    source: source.label,
    dryRun,
    counts: Object.fromEntries(
      KINDS.map((k) => [k, Object.fromEntries(OUTCOMES.map((o) => [o, 0]))]),
    ) as ImportReport['counts'],
    lines: [],
    notes: [...source.warnings],
  }
  const w: Writer = {
    payload,
    dryRun,
    record: (kind, outcome, title, message) => {
      report.counts[kind][outcome]++
      if ((outcome === 'skipped' || outcome === 'failed') && message)
        report.lines.push({ kind, title, outcome, message })
    },
    warn: (kind, title, message) => report.lines.push({ kind, title, outcome: 'warning', message }),
  }
  const failed = (kind: Kind, title: string, err: unknown) => w.record(kind, 'failed', title, describeError(err))

  for (const s of source.skipped) {
    const kind = (KINDS as string[]).includes(s.kind) ? (s.kind as Kind) : 'other'
    w.record(kind, 'skipped', kind === 'other' ? `${s.kind}: ${s.title}` : s.title, s.reason)
  }

  const pagesAvailable = Boolean(optionalCollection(payload, 'pages'))
  const redirectsAvailable = Boolean(optionalCollection(payload, 'redirects'))
  const pageTarget = pagesAvailable ? pageBodyTarget(payload) : undefined
  const entries = source.entries.filter((entry) => {
    if (entry.type !== 'page') return true
    if (!pagesAvailable) w.record('pages', 'skipped', entry.title, 'pages collection not available')
    else if (!pageTarget)
      w.record('pages', 'skipped', entry.title, 'the pages collection has no rich text field this import can fill')
    else return true
    return false
  })
  if (!redirectsAvailable && entries.some((e) => e.oldPath)) {
    report.notes.push(
      'redirects collection not available: old addresses were not redirected (add them once the redirects plugin is installed, by running the import again).',
    )
  }

  // Only the topics and authors that imported entries use.
  const usedTerms = new Set(entries.flatMap((e) => e.terms))
  const terms = source.terms.filter((t) => usedTerms.has(t.slug))
  progress.start('topics', terms.length)
  const topicIds = new Map<string, Id>()
  for (const term of terms) {
    try {
      const id = await ensureTopic(w, term)
      if (id !== undefined) topicIds.set(term.slug, id)
    } catch (err) {
      failed('topics', term.title, err)
    }
    progress.tick()
  }
  progress.end()

  const usedAuthors = new Set(entries.map((e) => e.authorKey))
  const authors = source.authors.filter((a) => usedAuthors.has(a.key))
  progress.start('authors', authors.length)
  const authorIds = new Map<string, Id>()
  for (const author of authors) {
    try {
      const id = await ensureAuthor(w, author, slugify(author.name) || slugify(author.key))
      if (id !== undefined) authorIds.set(author.key, id)
    } catch (err) {
      failed('authors', author.name, err)
    }
    progress.tick()
  }
  progress.end()
  if (report.counts.authors.created) {
    report.notes.push(
      'Authors have no drafts: new author profiles were created with only a name and slug. Complete their role, credentials, bio and photo in the admin; nothing was taken from WordPress but the display name.',
    )
  }

  progress.start('media', source.images.length)
  const mediaIds = new Map<string, Id>()
  if (source.images.some((i) => !i.file) && !options.uploadsDir && source.format === 'wordpress') {
    report.notes.push(
      'No --uploads folder was given: images were not imported. Copy wp-content/uploads from the old server and run again with --uploads <folder>.',
    )
  }
  for (const image of source.images) {
    try {
      const id = await ensureMedia(w, image)
      if (id !== undefined) {
        if (image.sourceId) mediaIds.set(`id:${image.sourceId}`, id)
        for (const url of image.urls) mediaIds.set(normalizeImageUrl(url), id)
      }
    } catch (err) {
      failed('media', image.title, err)
    }
    progress.tick()
  }
  progress.end()

  const media: MediaLookup = ({ src, attachmentId }) =>
    (attachmentId ? mediaIds.get(`id:${attachmentId}`) : undefined) ?? mediaIds.get(normalizeImageUrl(src))

  // Links between the old site's posts lead to their new addresses (the old ones may be gone).
  const newPaths = new Map<string, string>()
  for (const entry of entries) {
    if (entry.oldPath)
      newPaths.set(
        entry.oldPath.replace(/\/+$/, ''),
        entry.type === 'page' ? `/${entry.slug}` : sitePaths.article(entry.slug),
      )
  }
  const oldHost = source.siteUrl ? hostOf(source.siteUrl) : undefined
  const rewriteLink = (href: string) => {
    const url = safeUrl(href, source.siteUrl ?? 'http://old.invalid')
    if (!url || (hostOf(url.href) !== oldHost && !href.startsWith('/'))) return undefined
    const to = newPaths.get(decodeURIComponent(url.pathname).replace(/\/+$/, ''))
    return to ? to + url.hash : undefined
  }

  const articleEditor = editorConfigFromField(payload.collections.articles.config.flattenedFields, 'body')
  const pageEditor = pageTarget ? editorConfigFromField([pageTarget.field], pageTarget.field.name) : undefined

  progress.start('posts', entries.length)
  for (const entry of entries) {
    const kind: Kind = entry.type === 'page' ? 'pages' : 'articles'
    const collection = entry.type === 'page' ? PAGES : 'articles'
    try {
      const editorConfig = entry.type === 'page' ? pageEditor! : articleEditor
      const leftOut: string[] = []
      const convert = { editorConfig, media, rewriteLink, onLeftOut: (what: string) => leftOut.push(what) }
      const body =
        entry.body.format === 'html'
          ? htmlToLexical(entry.body.html, convert)
          : markdownToLexical(entry.body.markdown, convert)
      for (const what of leftOut) w.warn(kind, entry.title, `${what}: left out of the body`)
      if (!hasContent(body)) throw new Error('it has no content')

      let data: Record<string, unknown>
      if (entry.type === 'page') {
        data = pageData(pageTarget!, body)
      } else {
        const author = entry.authorKey ? authorIds.get(entry.authorKey) : undefined
        if (author === undefined) {
          throw new Error(
            entry.authorKey
              ? `its author "${entry.authorKey}" is not among the export's authors`
              : 'it names no author (add "author: Full Name" to its front matter)',
          )
        }
        const heroImage = entry.heroImage
          ? (mediaIds.get(`id:${entry.heroImage}`) ?? mediaIds.get(normalizeImageUrl(entry.heroImage)))
          : undefined
        if (entry.heroImage && heroImage === undefined)
          w.warn(kind, entry.title, 'its featured image is not in the media library: no hero image')
        const topics = entry.terms.map((t) => topicIds.get(t)).filter((id): id is Id => id !== undefined)
        data = articleData(entry, { body, author, topics, heroImage })
      }
      const { id, outcome } = await upsertEntry(w, collection, entry, data)
      w.record(kind, outcome, entry.title)
      if (entry.oldPath && redirectsAvailable) {
        try {
          await upsertRedirect(w, entry.oldPath, collection, id, entry.slug, entry.title)
        } catch (err) {
          failed('redirects', entry.oldPath, err)
        }
      }
    } catch (err) {
      failed(kind, entry.title, err)
    }
    progress.tick()
  }
  progress.end()

  return report
}

function safeUrl(href: string, base: string): URL | undefined {
  try {
    return new URL(href, base)
  } catch {
    return undefined
  }
}
const hostOf = (href: string) => safeUrl(href, 'http://old.invalid')?.host.replace(/^www\./, '')

/** WordPress serves resized copies (x-1024x683.jpg, x-scaled.jpg) of one attachment; they are one image. */
export function normalizeImageUrl(url: string): string {
  return url
    .replace(/^https?:\/\/[^/]+/i, '')
    .split(/[?#]/)[0]
    .replace(/-(?:\d+x\d+|scaled)(\.[a-z0-9]+)$/i, '$1')
}

/** A Payload validation error names the fields; anything else its message, on one line. */
function describeError(err: unknown): string {
  const e = err as { message?: string; data?: { errors?: { path?: string; message?: string }[] } }
  const fields = e.data?.errors?.map((f) => `${f.path}: ${f.message}`).join('; ')
  return (fields || e.message || String(err)).replace(/\s+/g, ' ').trim()
}

/** The summary table and one line per skipped, failed or doubtful item. */
export function describeImport(report: ImportReport): string {
  const out: string[] = []
  const verb = report.dryRun ? 'Dry run (nothing was written): what importing' : 'Imported'
  out.push(`${verb} ${report.source}${report.dryRun ? ' would do' : ''}:`)
  out.push('')
  const head = ['', ...OUTCOMES]
  const rows = KINDS.filter((k) => OUTCOMES.some((o) => report.counts[k][o] > 0)).map((k) => [
    k,
    ...OUTCOMES.map((o) => String(report.counts[k][o])),
  ])
  if (rows.length === 0) out.push('  nothing to import')
  else {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
    const fmt = (cells: string[]) =>
      '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
    out.push(fmt(head), ...rows.map(fmt))
  }
  const section = (title: string, outcome: ImportLine['outcome']) => {
    const lines = report.lines.filter((l) => l.outcome === outcome)
    if (!lines.length) return
    out.push('', `${title}:`)
    for (const l of lines) out.push(`  ${l.kind === 'other' ? '' : `${l.kind}: `}${l.title}: ${l.message}`)
  }
  section('Failed', 'failed')
  section('Skipped', 'skipped')
  section('Check in the admin', 'warning')
  if (report.notes.length) out.push('', ...report.notes.map((n) => `Note: ${n}`))
  const failures = KINDS.reduce((n, k) => n + report.counts[k].failed, 0)
  if (failures)
    out.push(
      '',
      `${failures} item${failures === 1 ? '' : 's'} failed. Fix the cause and run the import again: it updates what it already imported.`,
    )
  return out.join('\n')
}

export const importFailed = (report: ImportReport) => KINDS.some((k) => report.counts[k].failed > 0)
