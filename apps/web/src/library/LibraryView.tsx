import { libraryHref, parsePage, sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleCard'
import { EmptyState } from '@/components/EmptyState'
import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { TopicFilter } from '@/components/TopicFilter'
import { content } from '@/lib/content'
import { pageMetadata } from '@/seo/metadata'

/**
 * The resource library at /resources: newest first, filter by topic, full-text search,
 * shareable pages. Visitors only ever see /resources?q=&topic=&page=; next.config.mjs rewrites
 * those to the routes below so that everything but a search is a cached static page:
 *   /library-pages/<page>[/<topic>] the library and its pages and topics, each cached on its
 *                                   first visit and refreshed when the CMS announces a change
 *   /library-search?q=…             a search, rendered per request (one per distinct query)
 */
export type LibraryQuery = { q?: string; topic?: string; page: number }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined

/** Reads a library query from route params or search params (rewrites carry both). */
export function libraryQuery(values: Record<string, string | string[] | undefined>): LibraryQuery {
  return {
    q: one(values.q)?.slice(0, 200),
    topic: one(values.topic),
    page: parsePage(one(values.page)),
  }
}

export async function libraryMetadata({ q, topic, page }: LibraryQuery): Promise<Metadata> {
  const topicTitle = topic ? (await (await content()).topics()).find((t) => t.slug === topic)?.title : undefined
  const title = q ? `Search: ${q}` : topicTitle ? `${topicTitle} · Resource library` : 'Resource library'
  return {
    ...pageMetadata({
      title: page > 1 ? `${title} (page ${page})` : title,
      description: 'Articles on betrayal, rebuilding trust, addiction and healing, written by our therapists.',
      path: libraryHref({ topic: q ? undefined : topic, page: q ? undefined : page }),
    }),
    // Search result pages are not worth indexing; the library and its topic pages are.
    ...(q && { robots: { index: false, follow: true } }),
  }
}

export async function LibraryView({ q, topic, page }: LibraryQuery) {
  const topics = await (await content()).topics()
  const current = topic ? topics.find((t) => t.slug === topic) : undefined

  return (
    <>
      <h1>Resource library</h1>
      <p className="lead">Articles from our therapists on betrayal, trust, addiction and healing.</p>
      <SearchForm query={q} topic={current?.slug} />
      <TopicFilter topics={topics} current={current?.slug} query={q} />
      <h2 className="visually-hidden">{q ? 'Search results' : 'Articles'}</h2>
      {q ? (
        <Search q={q} topic={current?.slug ?? undefined} topicTitle={current?.title} page={page} />
      ) : (
        <Newest topicId={current?.id} topicTitle={current?.title} topicSlug={current?.slug ?? undefined} page={page} unknownTopic={Boolean(topic && !current)} />
      )}
    </>
  )
}

async function Search({ q, topic, topicTitle, page }: { q: string; topic?: string; topicTitle?: string; page: number }) {
  const results = await (await content()).search({ q, topic, page })
  return (
    <>
      <SearchResults results={results} topicTitle={topicTitle} />
      <Pagination page={results.page} totalPages={results.totalPages} hrefFor={(p) => libraryHref({ q, topic, page: p })} label="Search result pages" />
    </>
  )
}

async function Newest(props: { topicId?: number; topicTitle?: string; topicSlug?: string; page: number; unknownTopic: boolean }) {
  if (props.unknownTopic) {
    return <EmptyState title="There is no such topic." action={{ href: sitePaths.library, label: 'See all articles' }} />
  }
  const list = await (await content()).articles({ page: props.page, topicId: props.topicId })
  if (list.docs.length === 0) {
    if (props.page > 1 && list.totalDocs > 0) {
      return <EmptyState title={`There is no page ${props.page}.`} action={{ href: libraryHref({ topic: props.topicSlug }), label: 'Back to the first page' }} />
    }
    return props.topicTitle ? (
      <EmptyState title={`No articles about ${props.topicTitle} yet.`} action={{ href: sitePaths.library, label: 'See all articles' }} />
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
        {props.topicTitle ? ` about ${props.topicTitle}` : ''}, newest first.
      </p>
      <ArticleList articles={list.docs} />
      <Pagination page={list.page ?? props.page} totalPages={list.totalPages} hrefFor={(p) => libraryHref({ topic: props.topicSlug, page: p })} />
    </>
  )
}
