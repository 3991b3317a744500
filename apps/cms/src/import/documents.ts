import path from 'node:path'

import { sitePaths } from '@resilient-mind/content/routes'
import type { Collection, CollectionSlug, FlattenedField, Payload, RichTextField, Where } from 'payload'

import { truncate } from '../utilities/lexicalText'
import { EXCERPT_MAX } from '../collections/Articles/hooks/deriveFromBody'
import type { SourceAuthor, SourceEntry, SourceImage, SourceTerm } from './source'

/**
 * Source records → Payload documents, matched by slug (media by file name) so a second run
 * updates what the first created. Every write goes through the Local API, with the hooks and
 * validation staff get in the admin.
 */

export type Kind = 'topics' | 'authors' | 'media' | 'articles' | 'pages' | 'redirects' | 'other'
export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed'
export type Id = string | number

export type Writer = {
  payload: Payload
  dryRun: boolean
  record: (kind: Kind, outcome: Outcome, title: string, message?: string) => void
  warn: (kind: Kind, title: string, message: string) => void
}

/**
 * A collection this import fills only when the project has it (pages, redirects: added by
 * their own features), looked up by name so the import works with or without them.
 */
export function optionalCollection(payload: Payload, slug: 'pages' | 'redirects'): Collection | undefined {
  return (payload.collections as Record<string, Collection | undefined>)[slug]
}
export const PAGES = 'pages' as CollectionSlug
export const REDIRECTS = 'redirects' as CollectionSlug

let dryRunIds = 0
/** A stand-in id for a document a dry run would create, so later items can still refer to it. */
const plannedId = () => `dry-run-${++dryRunIds}`

async function findOne(payload: Payload, collection: CollectionSlug, where: Where) {
  const found = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs[0] as unknown as (Record<string, unknown> & { id: Id }) | undefined
}

/** Topics are kept as staff left them on a rerun: only missing ones are created. */
export async function ensureTopic(w: Writer, term: SourceTerm): Promise<Id | undefined> {
  const existing = await findOne(w.payload, 'topics', { slug: { equals: term.slug } })
  if (existing) {
    w.record('topics', 'unchanged', term.title)
    return existing.id
  }
  if (w.dryRun) {
    w.record('topics', 'created', term.title)
    return plannedId()
  }
  const doc = await w.payload.create({
    collection: 'topics',
    data: { title: term.title.slice(0, 80), slug: term.slug, description: term.description?.slice(0, 500) },
  })
  w.record('topics', 'created', term.title)
  return doc.id
}

/**
 * An author profile with only a name and slug, for staff to complete: the export knows nothing
 * true about credentials, roles or bios, and nothing is invented. Existing profiles are kept.
 */
export async function ensureAuthor(w: Writer, author: SourceAuthor, slug: string): Promise<Id | undefined> {
  const existing = await findOne(w.payload, 'authors', { slug: { equals: slug } })
  if (existing) {
    w.record('authors', 'unchanged', author.name)
    return existing.id
  }
  if (w.dryRun) {
    w.record('authors', 'created', author.name)
    return plannedId()
  }
  const doc = await w.payload.create({
    collection: 'authors',
    data: { name: author.name.slice(0, 120), slug },
  })
  w.record('authors', 'created', author.name)
  return doc.id
}

/** The names Payload may have stored the file under: as uploaded, or converted by formatOptions. */
function storedNames(payload: Payload, file: string): string[] {
  const name = path.basename(file)
  const format = payload.collections.media.config.upload?.formatOptions?.format
  return format ? [name, name.replace(/\.[^.]+$/, `.${format}`)] : [name]
}

/** An image into the media library, once: a file already there under its name is reused. */
export async function ensureMedia(w: Writer, image: SourceImage): Promise<Id | undefined> {
  const title = image.title
  if (!image.file) {
    w.record('media', 'skipped', title, `file not found at ${image.expectedAt}`)
    return undefined
  }
  const existing = await findOne(w.payload, 'media', { filename: { in: storedNames(w.payload, image.file) } })
  if (existing) {
    w.record('media', 'unchanged', title)
    return existing.id
  }
  let alt = image.alt?.trim()
  if (!alt) {
    alt = title
    w.warn('media', title, `no alt text in the source: used its title "${title}"; describe the image in the admin`)
  }
  if (w.dryRun) {
    w.record('media', 'created', title)
    return plannedId()
  }
  const doc = await w.payload.create({
    collection: 'media',
    data: { alt: alt.slice(0, 250), caption: image.caption ? truncate(plainText(image.caption), 300) : undefined },
    filePath: image.file,
  })
  w.record('media', 'created', title)
  return doc.id
}

const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#8217;|&rsquo;/g, '’')
    .replace(/&#8220;|&ldquo;/g, '“')
    .replace(/&#8221;|&rdquo;/g, '”')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()

export type EntryRefs = {
  body: unknown
  author?: Id
  topics: Id[]
  heroImage?: Id
}

/** Whether the collection can publish a draft later (Payload's schedulePublish). */
export function canSchedule(payload: Payload, collection: CollectionSlug): boolean {
  const drafts = payload.collections[collection].config.versions?.drafts
  return Boolean(drafts && typeof drafts === 'object' && drafts.schedulePublish)
}

function hasField(payload: Payload, collection: CollectionSlug, name: string): boolean {
  return payload.collections[collection].config.flattenedFields.some((f) => f.name === name)
}

/** Creates or updates the article (or page) with this slug; returns its id and what happened. */
export async function upsertEntry(
  w: Writer,
  collection: CollectionSlug,
  entry: SourceEntry,
  data: Record<string, unknown>,
): Promise<{ id: Id; outcome: 'created' | 'updated' }> {
  const kind = collection === 'articles' ? 'articles' : 'pages'
  const scheduled = entry.status === 'scheduled' && entry.date && new Date(entry.date).getTime() > Date.now()
  const published = entry.status === 'published' || (entry.status === 'scheduled' && !scheduled)
  const full: Record<string, unknown> = {
    ...data,
    title: entry.title.slice(0, 160),
    slug: entry.slug,
    _status: published ? 'published' : 'draft',
  }
  if (hasField(w.payload, collection, 'publishedAt') && entry.date && (published || scheduled))
    full.publishedAt = entry.date
  if (entry.description && hasField(w.payload, collection, 'meta'))
    full.meta = { description: truncate(entry.description, 300) }
  if (scheduled && !canSchedule(w.payload, collection)) {
    w.warn(
      kind,
      entry.title,
      `scheduled for ${entry.date} in WordPress; ${collection} cannot be scheduled here, so it is a draft`,
    )
  }

  const existing = await findOne(w.payload, collection, { slug: { equals: entry.slug } })
  let id: Id
  if (w.dryRun) {
    id = existing?.id ?? plannedId()
  } else if (existing) {
    id = (await w.payload.update({ collection, id: existing.id, data: full as never, draft: !published, depth: 0 }))
      .id as Id
  } else {
    id = (await w.payload.create({ collection, data: full as never, draft: !published, depth: 0 })).id as Id
  }
  if (scheduled && canSchedule(w.payload, collection)) await schedulePublish(w, collection, id, entry.date!)
  return { id, outcome: existing ? 'updated' : 'created' }
}

/** Queues Payload's own scheduled publish (the jobs queue publishes it then), once per document and date. */
async function schedulePublish(w: Writer, collection: CollectionSlug, id: Id, date: string) {
  if (w.dryRun) return
  const pending = await w.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const already = pending.docs.some((job) => {
    const input = job.input as { doc?: { relationTo?: string; value?: unknown } } | undefined
    return input?.doc?.relationTo === collection && String(input.doc.value) === String(id) && job.waitUntil === date
  })
  if (already) return
  await w.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: collection, value: String(id) } } as never,
    waitUntil: new Date(date),
  })
}

/** Article fields from the source and the ids of what it refers to. */
export function articleData(entry: SourceEntry, refs: EntryRefs): Record<string, unknown> {
  const excerpt = entry.excerpt ? plainText(entry.excerpt) : ''
  return {
    body: refs.body,
    author: refs.author,
    topics: refs.topics,
    heroImage: refs.heroImage ?? null,
    // Left empty, the article derives it from the first paragraph.
    excerpt: excerpt ? truncate(excerpt, EXCERPT_MAX) : undefined,
  }
}

/**
 * Where a page's body goes: a top-level rich text field, or a blocks field with a block that
 * holds one (a "rich text" block in a layout). The pages collection is defined elsewhere; this
 * reads its shape rather than assume it.
 */
export type PageBodyTarget =
  | { kind: 'field'; name: string; field: RichTextField }
  | { kind: 'block'; blocksField: string; blockType: string; name: string; field: RichTextField }

export function pageBodyTarget(payload: Payload): PageBodyTarget | undefined {
  const fields = optionalCollection(payload, 'pages')?.config.flattenedFields ?? []
  const direct = fields.find((f) => f.type === 'richText')
  if (direct) return { kind: 'field', name: direct.name, field: direct as RichTextField }
  for (const f of fields) {
    if (f.type !== 'blocks') continue
    for (const block of f.blocks ?? []) {
      const rich = block.flattenedFields.find((b: FlattenedField) => b.type === 'richText')
      // A block that also needs something an export cannot give (a button label…) is not usable.
      const otherRequired = block.flattenedFields.some(
        (b: FlattenedField) => b !== rich && 'required' in b && b.required,
      )
      if (rich && !otherRequired)
        return {
          kind: 'block',
          blocksField: f.name,
          blockType: block.slug,
          name: rich.name,
          field: rich as RichTextField,
        }
    }
  }
  return undefined
}

export function pageData(target: PageBodyTarget, body: unknown): Record<string, unknown> {
  return target.kind === 'field'
    ? { [target.name]: body }
    : { [target.blocksField]: [{ blockType: target.blockType, [target.name]: body }] }
}

/**
 * A permanent redirect from the old WordPress address to the new one, in the redirects plugin's
 * collection: a reference to the document when the plugin is set up for that collection, else
 * the site path.
 */
export async function upsertRedirect(
  w: Writer,
  from: string,
  collection: CollectionSlug,
  id: Id,
  slug: string,
  title: string,
) {
  const config = optionalCollection(w.payload, 'redirects')?.config
  if (!config) return
  const to = config.flattenedFields.find((f) => f.name === 'to')
  const reference = to && 'flattenedFields' in to ? to.flattenedFields.find((f) => f.name === 'reference') : undefined
  const relationTo = reference && 'relationTo' in reference ? reference.relationTo : undefined
  const target = collection === 'articles' ? sitePaths.article(slug) : `/${slug}`
  if (from.replace(/\/+$/, '') === target) {
    w.record('redirects', 'unchanged', from, 'the old address is the new one')
    return
  }
  const referenceValue = Array.isArray(relationTo) ? { relationTo: collection, value: id } : id
  const canReference = Array.isArray(relationTo) ? relationTo.includes(collection) : relationTo === collection
  const data: Record<string, unknown> = {
    from,
    to: canReference ? { type: 'reference', reference: referenceValue } : { type: 'custom', url: target },
  }
  // With the plugin's redirectTypes option, each redirect names its status: an old address has moved for good.
  const type = config.flattenedFields.find((f) => f.name === 'type' && f.type === 'select')
  if (type && 'options' in type) {
    const values = type.options.map((o) => (typeof o === 'string' ? o : o.value))
    const permanent = ['308', '301'].find((v) => values.includes(v))
    if (permanent) data.type = permanent
  }
  const existing = await findOne(w.payload, REDIRECTS, { from: { equals: from } })
  if (w.dryRun) {
    w.record('redirects', existing ? 'updated' : 'created', from)
    return
  }
  if (existing) await w.payload.update({ collection: REDIRECTS, id: existing.id, data: data as never })
  else await w.payload.create({ collection: REDIRECTS, data: data as never })
  w.record('redirects', existing ? 'updated' : 'created', `${from} → ${title}`)
}
