/**
 * Which site paths show a document, so that the CMS can tell the website exactly which pages to
 * refresh after a change (POST {"paths": [...]} to the web's /api/revalidate). Built from the
 * route helpers, so a page's address has one source.
 *
 * The CMS looks up what a change touches (slugs of the related documents, as they were before
 * and as they are now) and hands it here; this module only maps that to addresses. The most
 * visited paths come first: when a change spans many requests, they are refreshed first.
 *
 * What is not announced refreshes on the pages' fallback timer: the library's and a topic's
 * pages after LIST_PAGES_ANNOUNCED (a new article shifts every one of them), and the
 * automatic "related articles" of other articles (any article sharing a topic may show it).
 * Hand-picked related articles are announced.
 */
import {
  CONTENT_TYPES,
  contentTypes,
  contentTypesWith,
  type ContentTypeDeclaration,
  type ContentTypeSlug,
} from './contentTypes'
import {
  isSafeSitePath,
  libraryHref,
  LEGAL_NOTICES,
  PAGE_SIZE,
  pathForDocument,
  safeSitePath,
  sitePaths,
} from './routes'

/** How many pages of the library, and of each topic, are refreshed on a change: /resources, /resources/page/2, /3. */
export const LIST_PAGES_ANNOUNCED = 3

/** What visitors see of a published article: its address, and the topics and authors it is listed under. */
export type ArticleRef = { slug: string; topics?: string[]; authors?: string[] }
/** A published service, by address. */
export type ServiceRef = { slug: string }
/** An author or a topic, by address. */
export type SlugRef = { slug: string }

/** The content types whose refresh is worked out below case by case; any other declared type is refreshed the same plain way. */
const REFRESHED_BY_HAND = [
  'articles',
  'services',
  'authors',
  'topics',
  'pages',
] as const satisfies readonly ContentTypeSlug[]
/** A content type added later (contentTypes.ts): its page, its list page and the sitemap show it. */
export type PlainContentType = Exclude<ContentTypeSlug, (typeof REFRESHED_BY_HAND)[number]>
/** The content types refreshed the plain way (none until a type is added), in declaration order. */
export const PLAIN_CONTENT_TYPES = CONTENT_TYPES.filter(
  (c) => !(REFRESHED_BY_HAND as readonly string[]).includes(c),
) as PlainContentType[]

/** Everything that shows an author besides their own page. */
export type AuthorAppearances = { articles: ArticleRef[]; services: string[] }

/**
 * One change, as the CMS saw it. `before` and `after` are what visitors could see: null when
 * the document was not (or is no longer) published, or did not (or no longer does) exist.
 */
export type ContentChange =
  | {
      collection: 'articles'
      before: ArticleRef | null
      after: ArticleRef | null
      /** Slugs of published articles that hand-pick this one as related. */
      pickedBy?: string[]
      /** Slugs of published pages with a "latest articles" block. */
      pages?: string[]
    }
  | {
      collection: 'services'
      before: ServiceRef | null
      after: ServiceRef | null
      /** Slugs of published pages that list the services or link to this one. */
      pages?: string[]
    }
  | {
      collection: 'authors'
      before: SlugRef | null
      after: SlugRef | null
      shownOn: AuthorAppearances & { pages?: string[] }
    }
  | { collection: 'pages'; before: SlugRef | null; after: SlugRef | null }
  | { collection: PlainContentType; before: SlugRef | null; after: SlugRef | null }
  | {
      collection: 'redirects'
      /** The old addresses a redirect answers, before and after the change. */
      from: string[]
    }
  | {
      collection: 'topics'
      before: SlugRef | null
      after: SlugRef | null
      shownOn: {
        /** Every topic's slug: each library view lists all topics. */
        allTopics: string[]
        /** Published articles filed under it. */
        articles: string[]
        /** Authors with it as a specialty. */
        authors: string[]
        /** Published services that link to it. */
        services: string[]
      }
    }
  | {
      collection: 'media'
      shownOn: {
        /** Published articles with it as hero or sharing image. */
        articles: string[]
        /** Authors with it as their photo, and where their card appears. */
        authors: (SlugRef & AuthorAppearances)[]
        /** Published services with it as sharing image. */
        services: string[]
      }
    }
  | { collection: 'practice'; site: SiteInventory }

/** Every published page's subject, for a change every page shows (the practice's chrome). */
export type SiteInventory = {
  /** Published articles, newest first. */
  articles: string[]
  authors: string[]
  services: string[]
  /** Every topic, with how many published articles it holds (for its pages). */
  topics: { slug: string; articles: number }[]
  /** Published practice pages. */
  pages?: string[]
  /** Published documents of each content type added later (see PlainContentType), by slug. */
  more?: Partial<Record<PlainContentType, string[]>>
}

export type AnnouncedCollection = ContentChange['collection']

/** The paths that show the changed document, most visited first, each once. */
export function pathsForChange(change: ContentChange): string[] {
  const paths = new PathList()
  switch (change.collection) {
    case 'articles': {
      const states = [change.after, change.before].filter((s): s is ArticleRef => Boolean(s))
      if (states.length === 0) break
      for (const s of states) paths.add(sitePaths.article(s.slug))
      paths.add(sitePaths.home)
      paths.add(...listPages())
      for (const s of states) for (const topic of s.topics ?? []) paths.add(...listPages(topic))
      for (const s of states) for (const author of s.authors ?? []) paths.add(sitePaths.author(author))
      for (const slug of change.pickedBy ?? []) paths.add(sitePaths.article(slug))
      for (const slug of change.pages ?? []) paths.add(sitePaths.page(slug))
      paths.add(sitePaths.feed, sitePaths.sitemap)
      break
    }
    case 'services': {
      const states = [change.after, change.before].filter((s): s is ServiceRef => Boolean(s))
      if (states.length === 0) break
      for (const s of states) paths.add(sitePaths.service(s.slug))
      // Home and the services list show every service; the contact form offers each by name.
      paths.add(sitePaths.home, sitePaths.services, sitePaths.contact)
      for (const slug of change.pages ?? []) paths.add(sitePaths.page(slug))
      paths.add(sitePaths.sitemap)
      break
    }
    case 'authors': {
      for (const s of [change.after, change.before]) if (s) paths.add(sitePaths.author(s.slug))
      // Home introduces every author; article cards and the feed name them.
      paths.add(sitePaths.home)
      if (change.shownOn.articles.length > 0) {
        paths.add(...listPages())
        for (const topic of unique(change.shownOn.articles.flatMap((a) => a.topics ?? [])))
          paths.add(...listPages(topic))
        paths.add(sitePaths.feed)
      }
      // Their card is on the services they provide and on their articles.
      addAuthorAppearances(paths, change.shownOn)
      for (const slug of change.shownOn.pages ?? []) paths.add(sitePaths.page(slug))
      paths.add(sitePaths.sitemap)
      break
    }
    case 'topics': {
      const { allTopics, articles, authors, services } = change.shownOn
      for (const s of [change.after, change.before]) if (s) paths.add(...listPages(s.slug))
      // Every library view lists the topics.
      paths.add(...listPages())
      for (const topic of allTopics) paths.add(...listPages(topic))
      for (const slug of services) paths.add(sitePaths.service(slug))
      for (const slug of authors) paths.add(sitePaths.author(slug))
      for (const slug of articles) paths.add(sitePaths.article(slug))
      paths.add(sitePaths.sitemap)
      break
    }
    case 'media': {
      const { articles, authors, services } = change.shownOn
      for (const slug of articles) paths.add(sitePaths.article(slug))
      for (const slug of services) paths.add(sitePaths.service(slug))
      if (authors.length > 0) paths.add(sitePaths.home)
      for (const author of authors) {
        paths.add(sitePaths.author(author.slug))
        addAuthorAppearances(paths, author)
      }
      break
    }
    case 'pages': {
      for (const s of [change.after, change.before]) if (s) paths.add(sitePaths.page(s.slug))
      if (change.after || change.before) paths.add(sitePaths.sitemap)
      break
    }
    case 'redirects':
      // The website answers an old address from its page cache: refresh it so it redirects (or, with the redirect gone, 404s).
      for (const from of change.from) {
        const path = redirectPath(from)
        if (path) paths.add(path)
      }
      break
    case 'practice':
      paths.add(...sitePathsByVisits(change.site))
      break
    default:
      addPlainContentType(paths, change)
  }
  return paths.list()
}

/**
 * Every published page, the most visited first: home, the library, services, contact and
 * the notices, then services, authors and topics, then articles newest first, then the
 * deeper pages of the library and of each topic.
 */
export function sitePathsByVisits(site: SiteInventory): string[] {
  const paths = new PathList()
  paths.add(sitePaths.home, sitePaths.library, sitePaths.services, sitePaths.contact)
  paths.add(...LEGAL_NOTICES.map((n) => sitePaths.legal(n)), sitePaths.contactThanks)
  paths.add(...(site.pages ?? []).map((p) => sitePaths.page(p)))
  paths.add(...site.services.map((s) => sitePaths.service(s)))
  paths.add(...site.authors.map((a) => sitePaths.author(a)))
  paths.add(...site.topics.map((t) => sitePaths.topic(t.slug)))
  paths.add(...site.articles.map((a) => sitePaths.article(a)))
  for (const [collection, slugs] of Object.entries(site.more ?? {}) as [PlainContentType, string[]][]) {
    const type: ContentTypeDeclaration = contentTypes[collection]
    if (type.listPath) paths.add(type.listPath)
    paths.add(...slugs.map((slug) => type.path(slug)))
  }
  paths.add(...listPages(undefined, pageCount(site.articles.length)))
  for (const t of site.topics) paths.add(...listPages(t.slug, pageCount(t.articles)))
  paths.add(sitePaths.feed)
  return paths.list()
}

/** Split paths into requests of at most `size` (the web takes at most 200 at once), keeping their order. */
export function batchPaths(paths: string[], size = MAX_PATHS_PER_REQUEST): string[][] {
  const batches: string[][] = []
  for (let i = 0; i < paths.length; i += size) batches.push(paths.slice(i, i + size))
  return batches
}
export const MAX_PATHS_PER_REQUEST = 200

const pageCount = (articles: number) => Math.max(1, Math.ceil(articles / PAGE_SIZE))

/** The first pages of the library, or of a topic's view of it. */
function listPages(topic?: string, pages = LIST_PAGES_ANNOUNCED): string[] {
  return Array.from({ length: pages }, (_, i) => libraryHref({ topic, page: i + 1 }))
}

/** A content type declared in contentTypes.ts without a case in pathsForChange: its own page, its list, the sitemap. */
function addPlainContentType(
  paths: PathList,
  change: { collection: ContentTypeSlug; before: SlugRef | null; after: SlugRef | null },
) {
  const type: ContentTypeDeclaration = contentTypes[change.collection]
  const states = [change.after, change.before].filter((s): s is SlugRef => Boolean(s))
  if (states.length === 0) return
  for (const s of states) paths.add(type.path(s.slug))
  if (type.listPath) paths.add(type.listPath)
  if (type.sitemap) paths.add(sitePaths.sitemap)
}

function addAuthorAppearances(paths: PathList, shownOn: AuthorAppearances) {
  for (const slug of shownOn.services) paths.add(sitePaths.service(slug))
  for (const a of shownOn.articles) paths.add(sitePaths.article(a.slug))
}

/**
 * The path a redirect's old address is served at: Next answers a trailing slash with a
 * redirect to the address without it, so "/2025/03/18/a-post/" is cached as "/2025/03/18/a-post".
 * Undefined for anything that is not a path on this site.
 */
export function redirectPath(from: string): string | undefined {
  const path = from.trim().split(/[?#]/)[0]
  if (!isSafeSitePath(path) || path.split('/').some((s) => s === '.' || s === '..')) return undefined
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path
}

/** The ways an old address may be stored (as typed, with or without its trailing slash): all one address. */
export function redirectFromVariants(path: string): string[] {
  const bare = redirectPath(path)
  return bare ? [...new Set([bare, bare === '/' ? bare : `${bare}/`, path])] : [path]
}

/** A stored redirect, as the REST API gives it with its target populated (depth 1). */
export type RedirectTarget = {
  type?: string | null
  to?: {
    type?: 'reference' | 'custom' | null
    url?: string | null
    reference?: { relationTo: string; value: unknown } | null
  } | null
}

/** Where a redirect leads, or undefined when its target is gone or not published. */
export function redirectDestination(redirect: RedirectTarget): string | undefined {
  const to = redirect.to
  if (to?.type === 'custom') {
    const url = to.url?.trim()
    if (!url) return undefined
    // Normalised (percent-encoded) so it can always be sent as a Location header.
    const sitePath = safeSitePath(url)
    if (sitePath) return sitePath
    try {
      const web = new URL(url)
      return web.protocol === 'https:' || web.protocol === 'http:' ? web.href : undefined
    } catch {
      return undefined
    }
  }
  const ref = to?.reference
  const doc = ref?.value as { slug?: string | null; _status?: string | null } | null | undefined
  if (!ref || !doc || typeof doc !== 'object' || !doc.slug || (doc._status && doc._status !== 'published'))
    return undefined
  const collection = ref.relationTo as ContentTypeSlug
  return (contentTypesWith('redirectTarget') as string[]).includes(collection)
    ? pathForDocument(collection, doc.slug)
    : undefined
}

const unique = <T>(items: T[]) => [...new Set(items)]

/** An ordered set of paths: the first mention decides the position. */
class PathList {
  private readonly paths = new Set<string>()
  add(...paths: string[]) {
    for (const p of paths) this.paths.add(p)
  }
  list() {
    return [...this.paths]
  }
}
