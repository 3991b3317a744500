import type { Article } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'

import { pageMetadata } from '@/seo/metadata'

import { articleAuthors } from './ArticleView'

/** An article's title, description, canonical address and sharing tags (both routers). */
export function articleMetadata(article: Article) {
  const hero = article.meta?.image ?? article.heroImage
  return pageMetadata({
    title: article.meta?.title?.trim() || article.title,
    description: article.meta?.description || article.excerpt,
    path: sitePaths.article(article.slug ?? String(article.id)),
    image: typeof hero === 'object' && hero ? hero : undefined,
    type: 'article',
    publishedTime: article.publishedAt,
    authors: articleAuthors(article).map((a) => a.name),
  })
}
