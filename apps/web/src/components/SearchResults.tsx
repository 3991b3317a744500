import type { SearchResponse } from '@resilient-mind/content'
import { libraryHref, sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { formatDate, readingTimeLabel } from '@/lib/format'

import { EmptyState } from './EmptyState'
import { Highlight } from './Highlight'

/** Ranked search results with the matched words highlighted in the title, excerpt and passage. */
export function SearchResults({ results, topicTitle }: { results: SearchResponse; topicTitle?: string }) {
  const where = topicTitle ? ` in “${topicTitle}”` : ''
  if (results.totalDocs === 0) {
    return (
      <EmptyState
        title={`No articles match “${results.query}”${where}.`}
        action={{
          href: libraryHref({ topic: results.topic }),
          label: topicTitle ? `See all articles in ${topicTitle}` : 'See all articles',
        }}
      >
        <p>Try fewer or different words, or check the spelling.</p>
      </EmptyState>
    )
  }
  return (
    <>
      <p role="status" className="result-count">
        {results.totalDocs === 1 ? '1 article matches' : `${results.totalDocs} articles match`} “{results.query}”{where}
        , most relevant first.
      </p>
      <ol className="card-list search-results" start={(results.page - 1) * results.limit + 1}>
        {results.docs.map((hit) => {
          const date = formatDate(hit.publishedAt)
          return (
            <li key={hit.id}>
              <article className="card">
                <h3 className="card-title">
                  <Link href={sitePaths.article(hit.slug)}>
                    <Highlight text={hit.title} terms={hit.terms} />
                  </Link>
                </h3>
                <p className="meta">
                  {date && <time dateTime={hit.publishedAt ?? undefined}>{date}</time>}
                  {date && hit.readingTime ? ' · ' : ''}
                  {readingTimeLabel(hit.readingTime)}
                </p>
                {hit.excerpt && (
                  <p>
                    <Highlight text={hit.excerpt} terms={hit.terms} />
                  </p>
                )}
                {hit.snippet && hit.snippet !== hit.excerpt && (
                  <p className="snippet">
                    <Highlight text={hit.snippet} terms={hit.terms} />
                  </p>
                )}
              </article>
            </li>
          )
        })}
      </ol>
    </>
  )
}
