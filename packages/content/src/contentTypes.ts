/**
 * Every public content type, declared once: where its documents live on the website and what
 * the rest of the system does with it. The CMS (preview, live preview, SEO fields, redirect
 * targets, refresh) and the website (addresses, sitemap, cache tags of its reads) all derive
 * their lists from this object, so adding a type is one entry here (see docs/extending.md;
 * `npm run new:content-type -- <name>` writes it for you).
 *
 * This module imports nothing of the package (routes.ts builds its `sitePaths` from it).
 */

const seg = (slug: string) => encodeURIComponent(slug)

export type ContentTypeDeclaration = {
  /** Its plural name for people (admin lists, messages). */
  label: string
  /** The address of its list page, if it has one (a topic's or an author's list is elsewhere). */
  listPath?: string
  /** The address of one document, by slug. */
  path: (slug: string) => string
  /** Has drafts (versions): visitors read only published documents. */
  drafts: boolean
  /**
   * The admin's Preview button and Live Preview tab open the document on the website, in
   * draft mode (the website needs a preview route for it: app/preview/<path>/[slug]).
   */
  preview: boolean
  /** Listed in /sitemap.xml (every published document, with its last change). */
  sitemap: boolean
  /** A redirect may lead to one of its documents; renaming a published one creates a redirect. */
  redirectTarget: boolean
  /** Has the SEO plugin's search-result fields (title, description, image). */
  seo: boolean
  /**
   * Other collections whose fields its pages show (populated relationships): a read of this
   * type is also tagged with theirs, so dropping an author's tag drops the pages showing them.
   * Each is a content type or 'media' (a test checks).
   */
  shows: readonly string[]
}

export const contentTypes = {
  pages: {
    label: 'Pages',
    // A practice page (About, Fees, FAQ…) at a top-level address, as staff expect: /about.
    path: (slug: string) => `/${seg(slug)}`,
    drafts: true,
    preview: true,
    sitemap: true,
    redirectTarget: true,
    seo: true,
    shows: ['services', 'authors', 'media'],
  },
  articles: {
    label: 'Articles',
    listPath: '/resources',
    path: (slug: string) => `/resources/${seg(slug)}`,
    drafts: true,
    preview: true,
    sitemap: true,
    redirectTarget: true,
    seo: true,
    shows: ['authors', 'topics', 'media'],
  },
  services: {
    label: 'Services',
    listPath: '/services',
    path: (slug: string) => `/services/${seg(slug)}`,
    drafts: true,
    preview: true,
    sitemap: true,
    redirectTarget: true,
    seo: true,
    shows: ['authors', 'topics'],
  },
  authors: {
    label: 'Authors',
    path: (slug: string) => `/authors/${seg(slug)}`,
    drafts: false,
    preview: false,
    sitemap: true,
    redirectTarget: true,
    seo: false,
    shows: ['topics', 'media'],
  },
  topics: {
    label: 'Topics',
    path: (slug: string) => `/topics/${seg(slug)}`,
    drafts: false,
    preview: false,
    sitemap: true,
    redirectTarget: true,
    seo: false,
    shows: [],
  },
} as const satisfies Record<string, ContentTypeDeclaration>

/** A public content type's collection slug: 'articles', 'services'… */
export type ContentTypeSlug = Extract<keyof typeof contentTypes, string>

/** The content types' slugs, in the order they are declared (the sitemap lists them in this order). */
export const CONTENT_TYPES = Object.keys(contentTypes) as ContentTypeSlug[]

type Flag = 'drafts' | 'preview' | 'sitemap' | 'redirectTarget' | 'seo'
/** The content types with a flag set, e.g. the SEO plugin's collections. */
export type ContentTypesWith<F extends Flag> = {
  [K in ContentTypeSlug]: (typeof contentTypes)[K][F] extends true ? K : never
}[ContentTypeSlug]

/** The slugs of the content types with a flag set, in declaration order. */
export function contentTypesWith<F extends Flag>(flag: F): ContentTypesWith<F>[] {
  return CONTENT_TYPES.filter((slug) => contentTypes[slug][flag]) as ContentTypesWith<F>[]
}

export const isContentType = (collection: unknown): collection is ContentTypeSlug =>
  typeof collection === 'string' && Object.hasOwn(contentTypes, collection)
