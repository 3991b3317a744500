import { createContentClient, isCmsError, type ContentClient, type Practice } from '@resilient-mind/content'
import type { GetStaticPaths, Metadata } from 'next'
import type { ReactNode } from 'react'

import { tagRecordingFetch } from '@/cache/tags'
import { FALLBACK_PRACTICE, SiteChrome } from '@/components/SiteChrome'
import { PagesRouterHead, type SharingImage } from '@/seo/PagesRouterHead'

import { settings } from './settings'

/**
 * What the Pages Router pages (src/pages: the pages visitors read, sent with no JavaScript)
 * share: how they read the CMS, how long they are cached, and the head and chrome around them.
 */
export type PlainProps<T> = { data: T; practice: Practice | null; cacheTags: string[] }

/** Cached pages: kept until the CMS announces a change to something they show, or for this long. */
export const REVALIDATE_SECONDS = 3600
/** A 404 is kept a short while only: Next cannot attach tags to it, so a page published now shows soon. */
export const NOT_FOUND_SECONDS = 10

export const notFoundProps = { notFound: true, revalidate: NOT_FOUND_SECONDS } as const

/** Nothing is rendered while building (the CMS may be down then): each page on its first visit. */
export const renderOnFirstVisit: GetStaticPaths = async () => ({ paths: [], fallback: 'blocking' })

/** Reads one page's data; null for a page that does not exist (a 404). `practice` is the page's one read of the practice details. */
export type PageLoader<T> = (cms: ContentClient, practice: Promise<Practice>) => Promise<T | null>

/**
 * Reads a page's data and the practice details (for the header, footer and safety bar), noting
 * the cache tags of every read. A CMS that cannot be reached fails the render: Next keeps
 * serving the copy it has, if any. The chrome falls back to the defaults without the practice.
 */
export async function readPage<T>(load: PageLoader<T>): Promise<PlainProps<T> | null> {
  const reads = tagRecordingFetch()
  const cms = createContentClient({ baseUrl: settings().CMS_INTERNAL_URL, fetch: reads.fetch })
  const practice = cms.practice()
  const [data, shown] = await Promise.all([load(cms, practice), practice.catch(orFallback<Practice | null>(null))])
  return data === null ? null : { data, practice: shown, cacheTags: reads.tags() }
}

/** getStaticProps' answer for a cached page: its props, or a 404. */
export async function cachedPage<T>(load: PageLoader<T>) {
  const props = await readPage(load)
  return props ? { props, revalidate: REVALIDATE_SECONDS } : notFoundProps
}

/** A part of the page it can be shown without. */
export const orFallback =
  <T,>(fallback: T) =>
  (err: unknown): T => {
    if (!isCmsError(err)) throw err
    console.warn(err.message)
    return fallback
  }

/** The head (from the page's Metadata, as the App Router would write it) and the site's chrome. */
export function PlainPage({ practice, metadata, image, children }: { practice: Practice | null; metadata: Metadata; image?: SharingImage; children: ReactNode }) {
  const shown = practice ?? FALLBACK_PRACTICE
  return (
    <>
      <PagesRouterHead metadata={metadata} siteName={shown.name} siteDescription={practice?.tagline} image={image} />
      <SiteChrome practice={shown}>{children}</SiteChrome>
    </>
  )
}
