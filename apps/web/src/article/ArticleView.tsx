import type { Article, ArticleSummary, Author, Practice } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'

import { ArticleBody } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleCard'
import { AuthorCard } from '@/components/AuthorCard'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { TopicList } from '@/components/TopicList'
import { formatDate, populated, readingTimeLabel } from '@/lib/format'
import { articleLd } from '@/seo/jsonLd'

/** What an article's page shows besides the article itself. */
export type ArticlePageData = { article: Article; related: ArticleSummary[]; practice: Practice | null }

export const articleAuthors = (article: Article) =>
  [article.author, ...(article.coAuthors ?? [])].filter((a): a is Author => typeof a === 'object' && a !== null)

/**
 * One article: content note first, then the body, its author and related reading. The same
 * markup for visitors (pages/resources/[slug], no JavaScript) and editors (app/preview/…).
 */
export function ArticleView({ article, related, practice }: ArticlePageData) {
  const authors = articleAuthors(article)
  const topics = populated(article.topics)
  const date = formatDate(article.publishedAt)

  return (
    <div className="narrow">
      <JsonLd data={articleLd(article, practice)} />
      <Breadcrumbs parent={{ href: sitePaths.library, label: 'Resource library' }} current={article.title} />
      <article>
        <header>
          <h1>{article.title}</h1>
          <p className="meta">
            {authors.length > 0 && <>By {authors.map((a) => a.name).join(' and ')}</>}
            {date && (
              <>
                {' · '}
                <time dateTime={article.publishedAt ?? undefined}>{date}</time>
              </>
            )}
            {article.readingTime ? ` · ${readingTimeLabel(article.readingTime)}` : ''}
          </p>
          <TopicList topics={topics} />
          <CmsImage media={article.heroImage} sizes="(min-width: 46rem) 46rem, 100vw" priority className="hero-image" />
        </header>
        {article.contentNote && (
          <aside className="content-note" aria-label="Content note">
            <p>
              <strong>Content note:</strong> {article.contentNote}
            </p>
          </aside>
        )}
        <ArticleBody data={article.body} />
        <footer>
          <h2>{authors.length > 1 ? 'About the authors' : 'About the author'}</h2>
          {authors.map((a) => (
            <AuthorCard key={a.id} author={a} />
          ))}
        </footer>
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">Related articles</h2>
          <ArticleList articles={related} />
        </section>
      )}
    </div>
  )
}
