import { createContentClient, isCmsError, type ContentClient, type Practice } from '@resilient-mind/content'
import type { GetStaticPaths, GetStaticPropsResult } from 'next'
import { unstable_cache } from 'next/cache'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import type { PageProps, UnbuiltProps } from '@/components/SitePage'

import { settings } from './settings'

/**
 * What every visitor page (src/pages, sent with no framework JavaScript) shares on the server:
 * how it reads the CMS and how long Next keeps it (its head and chrome: components/SitePage).
 * Only getStaticProps/getServerSideProps use this module, so none of it is bundled for browsers.
 *
 * Pages are incremental static regeneration: rendered on their first visit, kept in Next's
 * page cache, and rendered again when the CMS announces a change to something they show
 * (pages/api/revalidate, res.revalidate) or, if an announcement was lost, after an hour.
 */

/** The fallback timer: only matters when an announcement from the CMS was lost. */
export const REVALIDATE_SECONDS = 3600

/**
 * A page the build could not fill (the CMS is not running while building) is kept for this
 * long only, so the first visit after the server starts renders it again with the CMS's data.
 */
export const UNBUILT_SECONDS = 1

/** Nothing is rendered while building (the CMS may be down then): each page on its first visit. */
export const renderOnFirstVisit: GetStaticPaths = async () => ({ paths: [], fallback: 'blocking' })

/** Reads one page's data; null for a page that does not exist (a 404). `practice` is the page's one read of the practice details. */
export type PageLoader<T> = (cms: ContentClient, practice: Promise<Practice>) => Promise<T | null>

/** The content client for the pages: plain reads, which Next's page cache keeps as part of each page. */
export const pageContent = () => createContentClient({ baseUrl: settings().CMS_INTERNAL_URL })

/**
 * How long the search results page keeps the practice details and the topics in Next's data
 * cache (unstable_cache, which the Pages Router has) instead of asking the CMS for them on every
 * search: they change rarely, and a search then costs the CMS one read, not three. Nothing
 * empties this cache when they change (revalidateTag is for the App Router only), so a change
 * reaches search pages within this time; the cached pages are refreshed at once by the CMS's
 * announcement. The contact form reads them fresh: a form sent back with what the visitor typed
 * must not depend on this cache.
 */
export const SEARCH_KEPT_SECONDS = 60

const keptPractice = unstable_cache(() => pageContent().practice(), ['practice'], {
  revalidate: SEARCH_KEPT_SECONDS,
})
const keptTopics = unstable_cache(() => pageContent().topics(), ['topics'], { revalidate: SEARCH_KEPT_SECONDS })

/** The content client for search results: the practice details and topics kept a while, the rest read fresh. */
export const searchContent = (): ContentClient => ({ ...pageContent(), practice: keptPractice, topics: keptTopics })

/**
 * Reads a page's data and the practice details (for the header, footer and safety bar). A CMS
 * that cannot be reached fails the render: Next keeps serving the copy it has, if any. The
 * chrome falls back to the defaults without the practice.
 */
export async function readPage<T>(
  load: PageLoader<T>,
  cms: ContentClient = pageContent(),
): Promise<PageProps<T> | null> {
  const practice = cms.practice()
  // While building, a page without the practice details is not worth keeping (see cachedPage).
  const shown = building() ? practice : practice.catch(orFallback<Practice | null>(null))
  const [data, chrome] = await Promise.all([load(cms, practice), shown])
  return data === null ? null : { data, practice: chrome }
}

const building = () => process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD

/**
 * getStaticProps' answer for a cached page: its props, or a 404 (kept as long, and refreshed the
 * same way). With `path`, an address without a page first looks for a redirect from it (an old
 * address of a renamed document, or one staff added): answered as a permanent redirect, kept in
 * the page cache like a page, and refreshed when the CMS announces a change to that redirect.
 * `revalidate` shortens a page's fallback timer when what it shows changes with time (an
 * "upcoming events" list): the CMS announces changes, but nothing announces the passage of time.
 */
export async function cachedPage<T>(
  load: PageLoader<T>,
  path?: string,
  revalidate = REVALIDATE_SECONDS,
): Promise<GetStaticPropsResult<PageProps<T> | UnbuiltProps>> {
  try {
    const props = await readPage(load)
    if (props) return { props, revalidate }
    const moved = path ? await pageContent().redirectFor(path) : null
    if (moved)
      return {
        redirect: { destination: moved.destination, statusCode: moved.statusCode },
        revalidate: REVALIDATE_SECONDS,
      }
    return { notFound: true, revalidate: REVALIDATE_SECONDS }
  } catch (err) {
    // Only pages at a fixed address (/, /resources, /services…) are rendered while building.
    // Without the CMS the build still succeeds: the page is kept for a second only.
    if (isCmsError(err) && building()) {
      console.warn(`Built without the CMS (${err.message}): rendered on its first visit instead.`)
      return { props: { unbuilt: true }, revalidate: UNBUILT_SECONDS }
    }
    throw err
  }
}

/** A part of the page it can be shown without. */
export const orFallback =
  <T,>(fallback: T) =>
  (err: unknown): T => {
    if (!isCmsError(err)) throw err
    console.warn(err.message)
    return fallback
  }
