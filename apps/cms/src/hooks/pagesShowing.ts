import type { PayloadRequest, SelectType, Where } from 'payload'

import { contentTypes, type ContentTypeSlug } from '@resilient-mind/content/content-types'
import {
  PLAIN_CONTENT_TYPES,
  type AnnouncedCollection,
  type ArticleRef,
  type ContentChange,
  type PlainContentType,
  type SiteInventory,
} from '@resilient-mind/content/paths'

/**
 * Look-ups for announcing a change: which published documents show the changed one, by slug.
 * Every read passes `req`, so it runs inside the change's transaction and sees the change
 * itself; `overrideAccess` because the editor's own access must not hide a page visitors see.
 * One read after another: a MongoDB transaction takes no concurrent operations.
 */
export type Announced = Exclude<AnnouncedCollection, 'practice' | 'redirects'>

type Id = number | string
type Rel = Id | { id: Id } | null | undefined
/** A document as visitors see it, or null when they do not (unpublished, or gone). */
export type Visible = {
  id: Id
  slug?: string | null
  updatedAt?: string
  _status?: string | null
  topics?: Rel[] | null
  author?: Rel
  coAuthors?: Rel[] | null
} | null

const published: Where = { _status: { equals: 'published' } }

const idOf = (rel: Rel): Id | undefined => (rel !== null && typeof rel === 'object' ? rel.id : (rel ?? undefined))
const idsOf = (rels: (Rel[] | Rel | null | undefined)[]) => [
  ...new Set(
    rels
      .flatMap((r) => (Array.isArray(r) ? r : [r]))
      .map(idOf)
      .filter((id): id is Id => id !== undefined),
  ),
]

/** What the look-ups need of a document's visible version (a content type added later: see visibleFields). */
const VISIBLE_FIELDS: Partial<Record<Announced, SelectType>> = {
  articles: { slug: true, updatedAt: true, _status: true, topics: true, author: true, coAuthors: true },
  services: { slug: true, updatedAt: true, _status: true },
  authors: { slug: true, updatedAt: true },
  topics: { slug: true, updatedAt: true },
  media: { updatedAt: true },
  pages: { slug: true, updatedAt: true, _status: true },
}

const visibleFields = (collection: Announced): SelectType =>
  VISIBLE_FIELDS[collection] ??
  (contentTypes[collection as ContentTypeSlug].drafts
    ? { slug: true, updatedAt: true, _status: true }
    : { slug: true, updatedAt: true })

/** The stored (published) version of a document, as visitors see it; null for a draft or a missing one. */
export async function visibleVersion(collection: Announced, id: Id, req: PayloadRequest): Promise<Visible> {
  const doc = (await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    select: visibleFields(collection),
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Visible
  if (!doc || (doc._status !== undefined && doc._status !== 'published')) return null
  return doc
}

/** Slugs of documents by id, in the order of the ids. */
async function slugsOf(collection: 'topics' | 'authors', ids: Id[], req: PayloadRequest): Promise<Map<Id, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.filter((d) => d.slug).map((d) => [d.id, d.slug as string]))
}

async function findSlugs(
  collection: ContentTypeSlug,
  where: Where | undefined,
  req: PayloadRequest,
  sort?: string,
): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection,
    where,
    sort,
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => d.slug).filter((s): s is string => Boolean(s))
}

/** Published articles matching `where`, with the slugs of their topics (and optionally authors). */
async function articleRefs(where: Where, req: PayloadRequest): Promise<ArticleRef[]> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [published, where] },
    sort: '-publishedAt',
    select: { slug: true, topics: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const topics = await slugsOf('topics', idsOf(docs.map((d) => d.topics as Rel[])), req)
  return docs
    .filter((d) => d.slug)
    .map((d) => ({ slug: d.slug as string, topics: idsOf([d.topics as Rel[]]).flatMap((t) => topics.get(t) ?? []) }))
}

async function authorAppearances(id: Id, req: PayloadRequest) {
  const articles = await articleRefs({ or: [{ author: { equals: id } }, { coAuthors: { in: [id] } }] }, req)
  const services = await findSlugs('services', { and: [published, { providers: { in: [id] } }] }, req)
  return { articles, services }
}

/** Published pages with one of these blocks (which list articles, services or authors as they are now). */
async function pagesWithBlocks(blockTypes: string[], req: PayloadRequest): Promise<string[]> {
  return findSlugs('pages', { and: [published, { 'layout.blockType': { in: blockTypes } }] }, req)
}

/** Whether the practice's navigation links to this page: then every page's chrome shows it. */
export async function inNavigation(id: Id, req: PayloadRequest): Promise<boolean> {
  const practice = (await req.payload.findGlobal({
    slug: 'practice',
    depth: 0,
    select: { navigation: true },
    overrideAccess: true,
    req,
  })) as {
    navigation?: { type?: string | null; page?: Rel }[] | null
  }
  return (practice.navigation ?? []).some((item) => item.type === 'page' && String(idOf(item.page)) === String(id))
}

/** Everything pathsForChange needs about one change: both visible states, and what shows the document. */
export async function describeChange(
  collection: Announced,
  id: Id,
  before: Visible,
  after: Visible,
  req: PayloadRequest,
): Promise<ContentChange> {
  const ref = (v: Visible) => (v?.slug ? { slug: v.slug } : null)
  switch (collection) {
    case 'articles': {
      const topics = await slugsOf('topics', idsOf([before?.topics, after?.topics]), req)
      const authors = await slugsOf(
        'authors',
        idsOf([before?.author, before?.coAuthors, after?.author, after?.coAuthors]),
        req,
      )
      const article = (v: Visible): ArticleRef | null =>
        v?.slug
          ? {
              slug: v.slug,
              topics: idsOf([v.topics]).flatMap((t) => topics.get(t) ?? []),
              authors: idsOf([v.author, v.coAuthors]).flatMap((a) => authors.get(a) ?? []),
            }
          : null
      const pickedBy = await findSlugs(
        'articles',
        { and: [published, { relatedArticles: { in: [id] } }, { id: { not_equals: id } }] },
        req,
      )
      return {
        collection,
        before: article(before),
        after: article(after),
        pickedBy,
        pages: await pagesWithBlocks(['latestArticles'], req),
      }
    }
    case 'services':
      return {
        collection,
        before: ref(before),
        after: ref(after),
        pages: await pagesWithBlocks(['servicesList', 'callToAction'], req),
      }
    case 'authors':
      return {
        collection,
        before: ref(before),
        after: ref(after),
        shownOn: { ...(await authorAppearances(id, req)), pages: await pagesWithBlocks(['authorCards'], req) },
      }
    case 'pages':
      return { collection, before: ref(before), after: ref(after) }
    case 'topics': {
      const allTopics = await findSlugs('topics', undefined, req, 'title')
      const articles = await findSlugs('articles', { and: [published, { topics: { in: [id] } }] }, req, '-publishedAt')
      const authors = await findSlugs('authors', { specialties: { in: [id] } }, req)
      const services = await findSlugs('services', { and: [published, { topics: { in: [id] } }] }, req)
      return { collection, before: ref(before), after: ref(after), shownOn: { allTopics, articles, authors, services } }
    }
    case 'media': {
      const articles = await findSlugs(
        'articles',
        { and: [published, { or: [{ heroImage: { equals: id } }, { 'meta.image': { equals: id } }] }] },
        req,
        '-publishedAt',
      )
      const services = await findSlugs('services', { and: [published, { 'meta.image': { equals: id } }] }, req)
      const photoOf = await req.payload.find({
        collection: 'authors',
        where: { photo: { equals: id } },
        select: { slug: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const authors = []
      for (const a of photoOf.docs) if (a.slug) authors.push({ slug: a.slug, ...(await authorAppearances(a.id, req)) })
      return { collection, shownOn: { articles, services, authors } }
    }
    default:
      // A content type added later (contentTypes.ts): pathsForChange refreshes its page, its list and the sitemap.
      return { collection: collection as PlainContentType, before: ref(before), after: ref(after) }
  }
}

/** Every published page's subject, for a change that every page shows. */
export async function describeSite(req: PayloadRequest): Promise<SiteInventory> {
  const articles = await req.payload.find({
    collection: 'articles',
    where: published,
    sort: '-publishedAt',
    select: { slug: true, topics: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const authors = await findSlugs('authors', undefined, req, 'name')
  const services = await findSlugs('services', published, req, 'displayOrder')
  const pages = await findSlugs('pages', published, req, 'title')
  const topics = await req.payload.find({
    collection: 'topics',
    sort: 'title',
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // Content types added later: their published documents (pathsForChange's `more`).
  // (Typed by slug: PlainContentType is empty until a type is added.)
  const more: Record<string, string[]> = {}
  for (const collection of PLAIN_CONTENT_TYPES as ContentTypeSlug[])
    more[collection] = await findSlugs(collection, contentTypes[collection].drafts ? published : undefined, req)
  const perTopic = new Map<Id, number>()
  for (const a of articles.docs) for (const t of idsOf([a.topics as Rel[]])) perTopic.set(t, (perTopic.get(t) ?? 0) + 1)
  return {
    articles: articles.docs.map((a) => a.slug).filter((s): s is string => Boolean(s)),
    authors,
    services,
    topics: topics.docs
      .filter((t) => t.slug)
      .map((t) => ({ slug: t.slug as string, articles: perTopic.get(t.id) ?? 0 })),
    pages,
    more: more as SiteInventory['more'],
  }
}
