import { createContentClient, isCmsError, type ContentClient, type Practice } from '@resilient-mind/content'
import type { GetStaticPaths, GetStaticPropsResult } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import type { ReactNode } from 'react'

import { FALLBACK_PRACTICE, SiteChrome } from '@/components/SiteChrome'
import { PageHead } from '@/seo/PageHead'
import type { PageMetadata } from '@/seo/metadata'

import { settings } from './settings'

/**
 * What every visitor page (src/pages, sent with no framework JavaScript) shares: how it reads
 * the CMS, how long Next keeps it, and the head and chrome around it.
 *
 * Pages are incremental static regeneration: rendered on their first visit, kept in Next's
 * page cache, and rendered again when the CMS announces a change to something they show
 * (pages/api/revalidate, res.revalidate) or, if an announcement was lost, after an hour.
 */
export type PageProps<T> = { data: T; practice: Practice | null }

/** The fallback timer: only matters when an announcement from the CMS was lost. */
export const REVALIDATE_SECONDS = 3600

/**
 * A page the build could not fill (the CMS is not running while building) is kept for this
 * long only, so the first visit after the server starts renders it again with the CMS's data.
 */
export const UNBUILT_SECONDS = 1

/** Set on the props of a page built without the CMS; _app shows a short holding page instead. */
export type UnbuiltProps = { unbuilt: true }

/** Nothing is rendered while building (the CMS may be down then): each page on its first visit. */
export const renderOnFirstVisit: GetStaticPaths = async () => ({ paths: [], fallback: 'blocking' })

/** Reads one page's data; null for a page that does not exist (a 404). `practice` is the page's one read of the practice details. */
export type PageLoader<T> = (cms: ContentClient, practice: Promise<Practice>) => Promise<T | null>

/** The content client for the pages: plain reads, which Next's page cache keeps as part of each page. */
export const pageContent = () => createContentClient({ baseUrl: settings().CMS_INTERNAL_URL })

/**
 * Reads a page's data and the practice details (for the header, footer and safety bar). A CMS
 * that cannot be reached fails the render: Next keeps serving the copy it has, if any. The
 * chrome falls back to the defaults without the practice.
 */
export async function readPage<T>(load: PageLoader<T>): Promise<PageProps<T> | null> {
  const cms = pageContent()
  const practice = cms.practice()
  const [data, shown] = await Promise.all([load(cms, practice), practice.catch(orFallback<Practice | null>(null))])
  return data === null ? null : { data, practice: shown }
}

/** getStaticProps' answer for a cached page: its props, or a 404 (kept as long, and refreshed the same way). */
export async function cachedPage<T>(load: PageLoader<T>): Promise<GetStaticPropsResult<PageProps<T> | UnbuiltProps>> {
  try {
    const props = await readPage(load)
    return props ? { props, revalidate: REVALIDATE_SECONDS } : { notFound: true, revalidate: REVALIDATE_SECONDS }
  } catch (err) {
    // Only pages at a fixed address (/, /resources, /services…) are rendered while building.
    // Without the CMS the build still succeeds: the page is kept for a second only.
    if (isCmsError(err) && process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
      console.warn(`Built without the CMS (${err.message}): rendered on its first visit instead.`)
      return { props: { unbuilt: true }, revalidate: UNBUILT_SECONDS }
    }
    throw err
  }
}

export const isUnbuilt = (props: unknown): props is UnbuiltProps => Boolean(props && typeof props === 'object' && 'unbuilt' in props)

/** A part of the page it can be shown without. */
export const orFallback =
  <T,>(fallback: T) =>
  (err: unknown): T => {
    if (!isCmsError(err)) throw err
    console.warn(err.message)
    return fallback
  }

/** The head and the site's chrome around a page's content. */
export function SitePage({ practice, meta, children }: { practice: Practice | null; meta: PageMetadata; children: ReactNode }) {
  const shown = practice ?? FALLBACK_PRACTICE
  return (
    <>
      <PageHead meta={meta} siteName={shown.name} siteDescription={practice?.tagline} />
      <SiteChrome practice={shown}>{children}</SiteChrome>
    </>
  )
}
