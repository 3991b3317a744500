/**
 * The website's addresses, shared by the web (links, sitemap, canonical URLs) and the CMS
 * (preview buttons), so a page can never be linked under two different paths.
 */
import {
  CONTENT_TYPES,
  contentTypes,
  isContentType,
  type ContentTypeDeclaration,
  type ContentTypeSlug,
} from './contentTypes'

export type LibraryQuery = { q?: string | null; topic?: string | null; page?: number | string | null }

/** The content types' addresses come from their declaration (contentTypes.ts); the rest are fixed pages. */
export const sitePaths = {
  home: '/',
  library: contentTypes.articles.listPath,
  article: contentTypes.articles.path,
  author: contentTypes.authors.path,
  services: contentTypes.services.listPath,
  service: contentTypes.services.path,
  topic: contentTypes.topics.path,
  search: '/search',
  feed: '/resources/feed.xml',
  sitemap: '/sitemap.xml',
  contact: '/contact',
  contactThanks: '/contact/thanks',
  legal: (notice: LegalNotice) => `/legal/${notice}`,
  /** A practice page (About, Fees, FAQ…) at a top-level address, as staff expect: /about. */
  page: contentTypes.pages.path,
} as const

/**
 * First path segments the site (and Next) already use, so a page slug may not take them: a page
 * called "services" would hide the services list. Checked by the CMS when a page is saved,
 * together with the first segments of every content type's addresses (contentTypes.ts).
 */
export const RESERVED_PAGE_SLUGS = [
  'resources',
  'services',
  'authors',
  'topics',
  'contact',
  'legal',
  'search',
  'api',
  'preview',
  'media',
  'admin',
  'page',
  'pages',
  'feed',
  'sitemap',
  'robots',
  'icon',
  'favicon',
  'opengraph-image',
  'exit-preview',
  'cached-pages',
  'next',
  '404',
  '500',
  'index',
] as const

/** The first segments of the content types' addresses (/events, /events/<slug>), which a page may not take either. */
const contentTypeSegments = () =>
  CONTENT_TYPES.filter((c) => c !== 'pages').flatMap((c) => {
    const type: ContentTypeDeclaration = contentTypes[c]
    return [type.listPath, type.path('x')].map((path) => path?.split('/')[1]).filter(Boolean)
  })

/** Why a page slug cannot be used, or undefined when it can. */
export function reservedPageSlugMessage(slug: string): string | undefined {
  return [...RESERVED_PAGE_SLUGS, ...contentTypeSegments()].includes(slug)
    ? `"/${slug}" is already an address of the website, so a page cannot use it. Choose another slug, for example "our-${slug}" or "about-${slug}".`
    : undefined
}

/**
 * Where a link edited in the CMS (the practice's navigation, a call to action) points. Each
 * kind names its target by slug, so a renamed page or service changes every link to it.
 */
export type SiteLink =
  | { type: 'page'; page?: string | null }
  | { type: 'service'; service?: string | null }
  | { type: 'library' }
  | { type: 'services' }
  | { type: 'contact'; service?: string | null }
  | { type: 'path'; url?: string | null }

/** The address of a link; undefined when its target is missing (an unpublished page, a bad path). */
export function linkHref(link: SiteLink): string | undefined {
  switch (link.type) {
    case 'page':
      return link.page ? sitePaths.page(link.page) : undefined
    case 'service':
      return link.service ? sitePaths.service(link.service) : undefined
    case 'library':
      return sitePaths.library
    case 'services':
      return sitePaths.services
    case 'contact':
      return link.service
        ? `${sitePaths.contact}?${new URLSearchParams({ service: link.service }).toString()}`
        : sitePaths.contact
    case 'path':
      return isSafeSitePath(link.url) ? link.url : undefined
  }
}

/** The legal notices the practice keeps in its global, each at /legal/<notice>. */
export const LEGAL_NOTICES = ['good-faith-estimate', 'complaints', 'privacy'] as const
export type LegalNotice = (typeof LEGAL_NOTICES)[number]

/** Articles per page in every library view (/resources, a topic's pages, a search). */
export const PAGE_SIZE = 10

/** Page numbers from a URL: anything that is not a whole number from 1 up counts as page 1. */
export function parsePage(value: unknown): number {
  const raw = Array.isArray(value) ? value[0] : value
  return pageFromPath(String(raw ?? '').trim()) ?? 1
}

/** A page number in a path (/resources/page/2): a whole number from 1 up, else undefined. */
export function pageFromPath(value: unknown): number | undefined {
  return typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined
}

/**
 * The one canonical, shareable URL of a library view: empty values and page 1 are left out.
 * Every view but a search is a path of its own, which the website serves from its page cache
 * without rewriting it: /resources[/page/N], a topic's page /topics/<slug>[/page/N], and
 * /search?q=…[&topic=…][&page=N] (the parameters always in that order).
 */
export function libraryHref({ q, topic, page }: LibraryQuery = {}): string {
  const query = (q ?? '').trim().replace(/\s+/g, ' ')
  const topicSlug = topic?.trim()
  const p = parsePage(page)
  if (query) {
    const params = new URLSearchParams({ q: query })
    if (topicSlug) params.set('topic', topicSlug)
    if (p > 1) params.set('page', String(p))
    return `${sitePaths.search}?${params.toString()}`
  }
  const base = topicSlug ? sitePaths.topic(topicSlug) : sitePaths.library
  return p > 1 ? `${base}/page/${p}` : base
}

/** A collection whose documents have an address on the site: every declared content type. */
export type PreviewableCollection = ContentTypeSlug

/** The site path a document is shown at, for preview and links; undefined without a slug (or for another collection). */
export function pathForDocument(
  collection: PreviewableCollection,
  slug: string | null | undefined,
): string | undefined {
  if (!slug || !isContentType(collection)) return undefined
  return contentTypes[collection].path(slug)
}

/** The web's preview route for a site path: the admin's preview button opens this. */
export function previewUrl(webBaseUrl: string, path: string): string {
  return `${trimSlash(webBaseUrl)}/api/preview?${new URLSearchParams({ path }).toString()}`
}

const UNSAFE_CHARACTER = /[\\\u0000-\u001f\u007f]/
const PROBE_ORIGIN = 'http://site.invalid'

/**
 * The same-site path a redirect may go to, normalised by the URL parser, or null. Browsers
 * strip tabs and newlines from a Location and read "\\" as "/", so "/<TAB>/evil.example" or
 * "/\\evil.example" become "//evil.example", another host: any backslash or control character
 * refuses the path, and its path part is checked again percent-decoded (nothing downstream may
 * decode "/%2F%2Fevil" into "///evil"). The result is percent-encoded ASCII, so it can always
 * be sent in a Location header (a raw "/😀" there makes Node throw).
 */
export function safeSitePath(path: unknown): string | null {
  if (typeof path !== 'string' || path.length > 2048 || !path.startsWith('/')) return null
  let url: URL
  try {
    url = new URL(path, PROBE_ORIGIN)
  } catch {
    return null
  }
  if (url.origin !== PROBE_ORIGIN) return null
  const resolved = `${url.pathname}${url.search}${url.hash}`
  if (UNSAFE_CHARACTER.test(path) || resolved.startsWith('//')) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null // a broken escape or invalid UTF-8: not a page of this site
  }
  if (pathname.startsWith('//') || UNSAFE_CHARACTER.test(pathname)) return null
  return resolved
}

/** Whether a redirect may go to this path (see safeSitePath, whose normalised result to use). */
export const isSafeSitePath = (path: unknown): path is string => safeSitePath(path) !== null

export const trimSlash = (url: string) => url.replace(/\/+$/, '')

/** Join a base URL and a path without doubling or losing the slash. */
export function joinUrl(base: string, path: string): string {
  return `${trimSlash(base)}/${path.replace(/^\/+/, '')}`
}

/**
 * Media files are served through the web's own origin (/media/<file>), so pages never make a
 * request to another host and next/image treats them as local images.
 */
export function mediaPath(
  media: { filename?: string | null; url?: string | null } | null | undefined,
): string | undefined {
  if (!media) return undefined
  const filename = media.filename ?? media.url?.split('/').pop()?.split('?')[0]
  return filename ? `/media/${encodeURIComponent(decodeURIComponent(filename))}` : undefined
}
