import type { Author } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'

import { ArticleBody } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleCard'
import { AuthorCard } from '@/components/AuthorCard'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { TopicList } from '@/components/TopicList'
import { content, optional, orNotFound } from '@/lib/content'
import { formatDate, populated, readingTimeLabel } from '@/lib/format'
import { articleLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

// Rendered on the first visit, then served from cache until the CMS announces a change
// (or an hour passes); nothing is fetched while building.
export const revalidate = 3600
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await (await content()).article(slug)
  if (!article) return { title: 'Article not found' }
  const authors = [article.author, ...(article.coAuthors ?? [])].filter((a): a is Author => typeof a === 'object' && a !== null)
  const hero = article.meta?.image ?? article.heroImage
  return pageMetadata({
    title: article.meta?.title?.trim() || article.title,
    description: article.meta?.description || article.excerpt,
    path: sitePaths.article(article.slug ?? slug),
    image: typeof hero === 'object' && hero ? hero : undefined,
    type: 'article',
    publishedTime: article.publishedAt,
    authors: authors.map((a) => a.name),
  })
}

/** One article: content note first, then the body, its author and related reading. */
export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const cms = await content()
  const article = orNotFound(await cms.article(slug))
  const [related, practice] = await Promise.all([optional(() => cms.relatedArticles(article), []), optional(() => cms.practice(), null)])
  const authors = [article.author, ...(article.coAuthors ?? [])].filter((a): a is Author => typeof a === 'object' && a !== null)
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
