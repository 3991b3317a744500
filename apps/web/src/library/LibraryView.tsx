import { libraryHref, parsePage, sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleCard'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmptyState } from '@/components/EmptyState'
import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { TopicFilter } from '@/components/TopicFilter'
import { content } from '@/lib/content'
import { pageMetadata } from '@/seo/metadata'

/**
 * The resource library: newest first, filter by topic, full-text search, shareable pages.
 * Its addresses come from libraryHref; every view but a search is a cached page, rendered on its
 * first visit and refreshed when the CMS announces a change:
 *   /resources, /resources/page/N              app/[section], app/resources/page/[page]
 *   /topics/<slug>, /topics/<slug>/page/N      app/topics/[slug], the library filtered by a topic
 *   /search?q=…[&topic=…][&page=N]             app/search, rendered per request
 */
export type LibraryQuery = { q?: string; topic?: string; page: number }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined

/** Reads a search's query from its URL's search params. */
export function libraryQuery(values: Record<string, string | string[] | undefined>): LibraryQuery {
  return {
    q: one(values.q)?.slice(0, 200),
    topic: one(values.topic),
    page: parsePage(one(values.page)),
  }
}

const DESCRIPTION = 'Articles on betrayal, rebuilding trust, addiction and healing, written by our therapists.'

export async function libraryMetadata({ q, topic, page }: LibraryQuery): Promise<Metadata> {
  const current = topic ? (await (await content()).topics()).find((t) => t.slug === topic) : undefined
  if (topic && !current && !q) return { title: 'Page not found' }
  const title = q ? `Search: ${q}` : current ? `${current.title} · Resource library` : 'Resource library'
  return {
    ...pageMetadata({
      title: page > 1 ? `${title} (page ${page})` : title,
      description: (!q && current?.description) || DESCRIPTION,
      path: libraryHref({ topic: q ? undefined : topic, page: q ? undefined : page }),
    }),
    // Search result pages are not worth indexing; the library and its topic pages are.
    ...(q && { robots: { index: false, follow: true } }),
  }
}

export async function LibraryView({ q, topic, page }: LibraryQuery) {
  const topics = await (await content()).topics()
  const current = topic ? topics.find((t) => t.slug === topic) : undefined
  // A topic page of a topic that does not exist; a search in one looks through every article.
  if (topic && !current && !q) notFound()

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
      <SearchForm query={q} topic={current?.slug} />
      <TopicFilter topics={topics} current={current?.slug} query={q} />
      <h2 className="visually-hidden">{q ? 'Search results' : 'Articles'}</h2>
      {q ? (
        <Search q={q} topic={current?.slug ?? undefined} topicTitle={current?.title} page={page} />
      ) : (
        <Newest topicId={current?.id} topicTitle={current?.title} topicSlug={current?.slug ?? undefined} page={page} />
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

async function Newest(props: { topicId?: number; topicTitle?: string; topicSlug?: string; page: number }) {
  const list = await (await content()).articles({ page: props.page, topicId: props.topicId })
  if (list.docs.length === 0) {
    // Not totalDocs: past the last page of a topic, Payload's SQLite adapter answers 0 for it.
    if (props.page > 1) {
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
