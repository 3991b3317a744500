import type { ArticleSummary } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { formatDate, readingTimeLabel } from '@/lib/format'

/** One article in a list: its title as a link, date, reading time and excerpt. */
export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  const author = typeof article.author === 'object' ? article.author : undefined
  const date = formatDate(article.publishedAt)
  const meta = [author?.name, readingTimeLabel(article.readingTime)].filter(Boolean)
  return (
    <article className="card">
      <Heading className="card-title">
        <Link href={sitePaths.article(article.slug ?? String(article.id))}>{article.title}</Link>
      </Heading>
      <p className="meta">
        {date && <time dateTime={article.publishedAt ?? undefined}>{date}</time>}
        {date && meta.length > 0 && ' · '}
        {meta.join(' · ')}
      </p>
      {article.excerpt && <p>{article.excerpt}</p>}
    </article>
  )
}

export function ArticleList({ articles, headingLevel = 3 }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="card-list">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
