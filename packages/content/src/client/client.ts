import { PayloadSDK } from '@payloadcms/sdk'
import type { PaginatedDocs, Where } from 'payload'

import { cacheTags, tagsForRead, type TaggedCollection } from '../cache-tags'
import { contentTypes, contentTypesWith, type ContentTypeSlug, type ContentTypesWith } from '../contentTypes'
import type { Article, Author, Config, Page, Practice, Service, Topic, User } from '../payload-types'
import { redirectDestination, redirectFromVariants, redirectPath, type RedirectTarget } from '../paths'
import { joinUrl, PAGE_SIZE, trimSlash } from '../routes'
import { CmsError, kindForStatus, toCmsError } from './errors'
import { fetchWithTimeout } from './timeout'
import type { SearchResponse } from './search-types'

/**
 * The one way the website reads the CMS: typed REST calls through Payload's SDK. The client
 * owns the base URL, the cache tags of every read (so the CMS's change announcements can
 * drop exactly what went stale), draft reads with the editor's token, and error mapping.
 */
export type ContentClientOptions = {
  /** Where the server reaches the CMS, e.g. http://localhost:3000 (no /api). */
  baseUrl: string
  /** The editor's Payload token: reads drafts, bypasses every cache. */
  draftToken?: string | null
  /** Seconds after which cached reads are refreshed even without an announcement. */
  revalidate?: number
  /** A read the CMS has not answered in this time fails as "unavailable" (default 10 s). */
  timeoutMs?: number
  fetch?: typeof fetch
}

export const DEFAULT_REVALIDATE_SECONDS = 3600

/** Next.js extends RequestInit with `next: { tags, revalidate }`; other runtimes ignore it. */
type CachedInit = RequestInit & { next?: { tags?: string[]; revalidate?: number } }

export type ArticleListQuery = { page?: number; limit?: number; topicId?: string | number; authorId?: string | number }

/** What a list, a card or a feed shows of an article: never the body, so a page of results stays small. */
export const ARTICLE_SUMMARY_SELECT = {
  title: true,
  slug: true,
  excerpt: true,
  publishedAt: true,
  readingTime: true,
  author: true,
} as const
/** A card shows the author's name only: not their credentials, states and formats (3 more queries per list). */
export const ARTICLE_SUMMARY_POPULATE = { authors: { name: true } } as const
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'readingTime'> & {
  author: number | Pick<Author, 'id' | 'name'>
}

const published: Where = { _status: { equals: 'published' } }

/** A document of a content type, as the REST API gives it. */
export type ContentTypeDocument<C extends ContentTypeSlug> = Config['collections'][C]

export type ContentListQuery = { where?: Where; sort?: string; page?: number; limit?: number; depth?: number }

/** What visitors may see of a content type: with drafts, published documents only. */
const visible = (collection: ContentTypeSlug, where?: Where): Where | undefined => {
  const parts = [...(contentTypes[collection].drafts ? [published] : []), ...(where ? [where] : [])]
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { and: parts }
}

/** What the sitemap needs of a document. */
export type SitemapEntry = { slug?: string | null; updatedAt: string }

export function createContentClient(options: ContentClientOptions) {
  const base = trimSlash(options.baseUrl)
  // A CMS that hangs must not hold a visitor's page, or pile up renders: see fetchWithTimeout.
  const doFetch = fetchWithTimeout(options.fetch ?? globalThis.fetch.bind(globalThis), options.timeoutMs)
  const sdk = new PayloadSDK<Config>({ baseURL: joinUrl(base, 'api'), fetch: doFetch })
  const token = options.draftToken || null
  const revalidate = options.revalidate ?? DEFAULT_REVALIDATE_SECONDS

  /**
   * A read of one collection (one document's, with a slug), tagged as tagsForRead says: cached
   * for visitors; uncached with the editor's token in draft mode.
   */
  const init = (collection: TaggedCollection | 'practice', slug?: string): CachedInit => {
    if (token) return { cache: 'no-store', headers: { Authorization: `JWT ${token}` } }
    return {
      next: { tags: collection === 'practice' ? [cacheTags.practice] : tagsForRead(collection, slug), revalidate },
    }
  }
  /** Lists visitors see, the same in draft mode (an editor previews one document, not the lists). */
  const cached = (collection: TaggedCollection): CachedInit => ({ next: { tags: tagsForRead(collection), revalidate } })

  async function read<T>(reading: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (err) {
      throw toCmsError(err, reading)
    }
  }

  /** For CMS endpoints the SDK has no method for (search, /users/me). */
  async function getJson<T>(
    path: string,
    query: Record<string, string | undefined>,
    reqInit: CachedInit,
    reading: string,
  ): Promise<T> {
    return read(reading, async () => {
      const qs = new URLSearchParams(
        Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])),
      ).toString()
      const res = await doFetch(`${joinUrl(base, path)}${qs ? `?${qs}` : ''}`, reqInit)
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[]; message?: string }
        const detail = body.errors?.[0]?.message ?? body.message ?? res.statusText
        throw new CmsError(
          kindForStatus(res.status),
          `The CMS answered ${res.status} reading ${reading}: ${detail}`,
          res.status,
        )
      }
      return (await res.json()) as T
    })
  }

  const client = {
    isDraft: Boolean(token),

    practice: () =>
      read('the practice details', () =>
        sdk.findGlobal({ slug: 'practice', depth: 1 }, init('practice')),
      ) as Promise<Practice>,

    /** Published articles, newest first. */
    articles: ({ page = 1, limit = PAGE_SIZE, topicId, authorId }: ArticleListQuery = {}) => {
      const where: Where = { and: [published] }
      if (topicId !== undefined) where.and!.push({ topics: { in: [topicId] } })
      if (authorId !== undefined)
        where.and!.push({ or: [{ author: { equals: authorId } }, { coAuthors: { in: [authorId] } }] })
      return read('the article list', () =>
        sdk.find(
          {
            collection: 'articles',
            where,
            page,
            limit,
            sort: '-publishedAt',
            depth: 1,
            select: ARTICLE_SUMMARY_SELECT,
            populate: ARTICLE_SUMMARY_POPULATE,
          },
          cached('articles'),
        ),
      ) as Promise<PaginatedDocs<ArticleSummary>>
    },

    /** One article by slug; the latest draft in draft mode. Null when there is none. */
    article: async (slug: string) => {
      const res = await read(`the article "${slug}"`, () =>
        sdk.find(
          {
            collection: 'articles',
            where: token ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, published] },
            draft: Boolean(token),
            limit: 1,
            depth: 2,
          },
          init('articles', slug),
        ),
      )
      return (res.docs[0] as Article | undefined) ?? null
    },

    /** Chosen by hand first; otherwise the newest published articles sharing a topic. */
    relatedArticles: async (article: Article, limit = 3): Promise<ArticleSummary[]> => {
      const manual = (article.relatedArticles ?? []).filter(
        (a): a is Article =>
          typeof a === 'object' && a !== null && (a._status === undefined || a._status === 'published'),
      )
      if (manual.length > 0) return manual.slice(0, limit)
      const topicIds = (article.topics ?? []).map((t) => (typeof t === 'object' ? t.id : t))
      if (topicIds.length === 0) return []
      const res = await read('related articles', () =>
        sdk.find(
          {
            collection: 'articles',
            where: { and: [published, { topics: { in: topicIds } }, { id: { not_equals: article.id } }] },
            sort: '-publishedAt',
            limit,
            depth: 1,
            select: ARTICLE_SUMMARY_SELECT,
            populate: ARTICLE_SUMMARY_POPULATE,
          },
          cached('articles'),
        ),
      )
      return res.docs as ArticleSummary[]
    },

    authors: () =>
      read('the authors', () =>
        sdk.find({ collection: 'authors', limit: 100, depth: 1, sort: 'name' }, init('authors')),
      ).then((r) => r.docs as Author[]),

    author: (slug: string) =>
      read(`the author "${slug}"`, () =>
        sdk.find(
          { collection: 'authors', where: { slug: { equals: slug } }, limit: 1, depth: 1 },
          init('authors', slug),
        ),
      ).then((r) => (r.docs[0] as Author | undefined) ?? null),

    services: () =>
      read('the services', () =>
        sdk.find(
          { collection: 'services', where: published, limit: 100, depth: 1, sort: 'displayOrder' },
          cached('services'),
        ),
      ).then((r) => r.docs as Service[]),

    service: (slug: string) =>
      read(`the service "${slug}"`, () =>
        sdk.find(
          {
            collection: 'services',
            where: token ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, published] },
            draft: Boolean(token),
            limit: 1,
            depth: 1,
          },
          init('services', slug),
        ),
      ).then((r) => (r.docs[0] as Service | undefined) ?? null),

    topics: () =>
      read('the topics', () =>
        sdk.find({ collection: 'topics', limit: 200, depth: 0, sort: 'title' }, init('topics')),
      ).then((r) => r.docs as Topic[]),

    /** Full-text search over published articles, ranked by relevance (the CMS keeps the index). */
    search: ({
      q,
      topic,
      page = 1,
      limit = PAGE_SIZE,
    }: {
      q: string
      topic?: string | null
      page?: number
      limit?: number
    }) =>
      getJson<SearchResponse>(
        '/api/search',
        { q, topic: topic ?? undefined, page: String(page), limit: String(limit) },
        cached('articles'),
        'search results', // never the words searched for: this message is logged and may be shown
      ),

    /** A practice page (/about) with what its blocks refer to: services, topics, authors, images. */
    page: (slug: string) =>
      read(`the page "${slug}"`, () =>
        sdk.find(
          {
            collection: 'pages',
            where: token ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, published] },
            draft: Boolean(token),
            limit: 1,
            depth: 2,
          },
          init('pages', slug),
        ),
      ).then((r) => (r.docs[0] as Page | undefined) ?? null),

    /**
     * Where an old address now leads (a redirect staff or a rename created), or null. Read when
     * the website renders an address it has no page for; the answer is cached with that page.
     */
    redirectFor: async (
      path: string,
    ): Promise<{ destination: string; permanent: true; statusCode: 301 | 308 } | null> => {
      if (!redirectPath(path)) return null
      const found = await read(`the redirect from "${path}"`, () =>
        sdk.find(
          { collection: 'redirects', where: { from: { in: redirectFromVariants(path) } }, limit: 1, depth: 1 },
          init('redirects'),
        ),
      )
      const redirect = found.docs[0] as RedirectTarget | undefined
      const destination = redirect && redirectDestination(redirect)
      if (!destination || redirectPath(destination) === redirectPath(path)) return null
      return { destination, permanent: true, statusCode: redirect.type === '301' ? 301 : 308 }
    },

    /**
     * Published documents of any content type, newest first unless `sort` says otherwise: for a
     * type without a method of its own (a new type's pages start with this, see docs/extending.md).
     */
    list: <C extends ContentTypeSlug>(
      collection: C,
      { where, sort = '-updatedAt', page = 1, limit = PAGE_SIZE, depth = 1 }: ContentListQuery = {},
    ) =>
      read(`the ${contentTypes[collection].label.toLowerCase()}`, () =>
        sdk.find({ collection, where: visible(collection, where), sort, page, limit, depth }, cached(collection)),
      ) as Promise<PaginatedDocs<ContentTypeDocument<C>>>,

    /** One document of any content type by slug; the latest draft in draft mode. Null when there is none. */
    document: <C extends ContentTypeSlug>(collection: C, slug: string, { depth = 1 }: { depth?: number } = {}) =>
      read(`the ${contentTypes[collection].label.toLowerCase()} "${slug}"`, () =>
        sdk.find(
          {
            collection,
            where: token ? { slug: { equals: slug } } : visible(collection, { slug: { equals: slug } }),
            draft: Boolean(token) && contentTypes[collection].drafts,
            limit: 1,
            depth,
          },
          init(collection, slug),
        ),
      ).then((r) => (r.docs[0] as ContentTypeDocument<C> | undefined) ?? null),

    /** Everything the sitemap lists (each content type declared with `sitemap: true`), with last-modified dates. */
    sitemapEntries: async (): Promise<Record<ContentTypesWith<'sitemap'>, SitemapEntry[]>> => {
      const collections = contentTypesWith('sitemap')
      const lists = await Promise.all(
        collections.map((collection) =>
          read(`the sitemap ${collection}`, () =>
            sdk.find(
              {
                collection,
                where: visible(collection),
                pagination: false,
                depth: 0,
                select: { slug: true, updatedAt: true },
              },
              cached(collection),
            ),
          ),
        ),
      )
      return Object.fromEntries(collections.map((c, i) => [c, lists[i].docs as SitemapEntry[]])) as Record<
        ContentTypesWith<'sitemap'>,
        SitemapEntry[]
      >
    },
  }
  return client
}

export type ContentClient = ReturnType<typeof createContentClient>

/** Who a Payload token belongs to, asked of the CMS itself (never cached); null when it is not valid. */
export async function currentUser(
  baseUrl: string,
  token: string | null | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<User | null> {
  if (!token) return null
  let res: Response
  try {
    res = await fetchWithTimeout(fetchImpl)(joinUrl(trimSlash(baseUrl), '/api/users/me'), {
      headers: { Authorization: `JWT ${token}` },
      cache: 'no-store',
    })
  } catch (err) {
    throw toCmsError(err, 'the editor session')
  }
  if (!res.ok) {
    if (res.status === 401 || res.status === 403) return null
    throw new CmsError(
      kindForStatus(res.status),
      `The CMS answered ${res.status} checking the editor session`,
      res.status,
    )
  }
  const body = (await res.json()) as { user?: User | null }
  return body.user ?? null
}
