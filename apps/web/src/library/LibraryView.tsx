import type { ArticleSummary, ContentClient, SearchResponse, Topic } from '@resilient-mind/content'
import { libraryHref, parsePage, sitePaths } from '@resilient-mind/content/routes'

import { ArticleList } from '@/components/ArticleCard'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmptyState } from '@/components/EmptyState'
import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { TopicFilter } from '@/components/TopicFilter'
import { SitePage, type PageProps } from '@/components/SitePage'
import { pageMetadata, type PageMetadata } from '@/seo/metadata'

/**
 * The resource library: newest first, filter by topic, full-text search, shareable pages.
 * Its addresses come from libraryHref; every view but a search is a cached page, rendered on its
 * first visit and refreshed when the CMS announces a change (all in the Pages Router, with no
 * JavaScript, see pages/):
 *   /resources, /resources/page/N              pages/resources/index, pages/resources/page/[page]
 *   /topics/<slug>, /topics/<slug>/page/N      pages/topics/…, the library filtered by a topic
 *   /search?q=…[&topic=…][&page=N]             pages/search, rendered per request
 */
export type LibraryQuery = { q?: string; topic?: string; page: number }

/** What a view of the library shows: read by loadLibrary, drawn by LibraryView. */
export type LibraryData = {
  query: LibraryQuery
  topics: Topic[]
  /** The topic the view is about (or a search is limited to). */
  current: Topic | null
  list: { docs: ArticleSummary[]; totalDocs: number; totalPages: number; page?: number } | null
  results: SearchResponse | null
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined

/** Reads a search's query from its URL's search params. */
export function libraryQuery(values: Record<string, string | string[] | undefined>): LibraryQuery {
  return {
    q: one(values.q)?.slice(0, 200),
    topic: one(values.topic),
    page: parsePage(one(values.page)),
  }
}

/** Reads one view of the library from the CMS; null for a topic page of a topic that does not exist. */
export async function loadLibrary(cms: ContentClient, query: LibraryQuery): Promise<LibraryData | null> {
  const { q, topic, page } = query
  if (q) {
    // A search reads the topics and the results side by side (the CMS knows the topic by its slug).
    const [topics, inTopic] = await Promise.all([cms.topics(), cms.search({ q, topic, page })])
    const current = (topic && topics.find((t) => t.slug === topic)) || null
    // A search in an unknown topic looks through every article.
    const results = topic && !current ? await cms.search({ q, page }) : inTopic
    return { query, topics, current, list: null, results }
  }
  const topics = await cms.topics()
  const current = (topic && topics.find((t) => t.slug === topic)) || null
  if (topic && !current) return null
  const { docs, totalDocs, totalPages, page: listPage } = await cms.articles({ page, topicId: current?.id })
  return { query, topics, current, list: { docs, totalDocs, totalPages, page: listPage }, results: null }
}

const DESCRIPTION = 'Articles on betrayal, rebuilding trust, addiction and healing, written by our therapists.'

export function libraryMetadata({ query: { q, page }, current }: LibraryData): PageMetadata {
  const title = q ? `Search: ${q}` : current ? `${current.title} · Resource library` : 'Resource library'
  return pageMetadata({
    title: page > 1 ? `${title} (page ${page})` : title,
    description: (!q && current?.description) || DESCRIPTION,
    path: libraryHref({ topic: q ? undefined : current?.slug, page: q ? undefined : page }),
    // Search result pages are not worth indexing; the library and its topic pages are.
    noindex: Boolean(q),
  })
}

export function LibraryView({ query: { q, page }, topics, current, list, results }: LibraryData) {
  const topicSlug = current?.slug ?? undefined
  return (
    <>
      {current && !q ? (
        <>
          <Breadcrumbs parent={{ href: sitePaths.library, label: 'Resource library' }} current={current.title} />
          <h1>{current.title}</h1>
          <p className="lead">{current.description || `Articles from our therapists about ${current.title}.`}</p>
        </>
      ) : (
        <>
          <h1>Resource library</h1>
          <p className="lead">Articles from our therapists on betrayal, trust, addiction and healing.</p>
        </>
      )}
      <SearchForm query={q} topic={topicSlug} />
      <TopicFilter topics={topics} current={topicSlug} query={q} />
      <h2 className="visually-hidden">{q ? 'Search results' : 'Articles'}</h2>
      {q && results && (
        <>
          <SearchResults results={results} topicTitle={current?.title} />
          <Pagination
            page={results.page}
            totalPages={results.totalPages}
            hrefFor={(p) => libraryHref({ q, topic: topicSlug, page: p })}
            label="Search result pages"
          />
        </>
      )}
      {list && <Newest list={list} page={page} topicTitle={current?.title} topicSlug={topicSlug} />}
    </>
  )
}

/** Every view of the library as a whole page (pages/: /resources, topics, further pages, search). */
export function LibraryPage({ data, practice }: PageProps<LibraryData>) {
  return (
    <SitePage practice={practice} meta={libraryMetadata(data)}>
      <LibraryView {...data} />
    </SitePage>
  )
}

function Newest({
  list,
  page,
  topicTitle,
  topicSlug,
}: {
  list: NonNullable<LibraryData['list']>
  page: number
  topicTitle?: string
  topicSlug?: string
}) {
  if (list.docs.length === 0) {
    // Not totalDocs: past the last page of a topic, Payload's SQLite adapter answers 0 for it.
    if (page > 1) {
      return (
        <EmptyState
          title={`There is no page ${page}.`}
          action={{ href: libraryHref({ topic: topicSlug }), label: 'Back to the first page' }}
        />
      )
    }
    return topicTitle ? (
      <EmptyState
        title={`No articles about ${topicTitle} yet.`}
        action={{ href: sitePaths.library, label: 'See all articles' }}
      />
    ) : (
      <EmptyState title="No articles have been published yet.">
        <p>Please check back soon.</p>
      </EmptyState>
    )
  }
  return (
    <>
      <p className="result-count">
        {list.totalDocs === 1 ? '1 article' : `${list.totalDocs} articles`}
        {topicTitle ? ` about ${topicTitle}` : ''}, newest first.
      </p>
      <ArticleList articles={list.docs} />
      <Pagination
        page={list.page ?? page}
        totalPages={list.totalPages}
        hrefFor={(p) => libraryHref({ topic: topicSlug, page: p })}
      />
    </>
  )
}
