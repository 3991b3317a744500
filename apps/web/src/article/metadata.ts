import type { Article } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'

import { mediaImage, pageMetadata, type PageMetadata } from '@/seo/metadata'

import { articleAuthors } from './ArticleView'
import { SHARING_IMAGE } from './sharingImage'

/**
 * An article's head: the editor's SEO title, description and image (the SEO tab) first, then
 * the article's own title, excerpt and hero image, then the generated sharing card.
 */
export function articleMetadata(article: Article): PageMetadata {
  const path = sitePaths.article(article.slug ?? String(article.id))
  const title = article.meta?.title?.trim() || article.title
  const generated = {
    url: `${path}/opengraph-image`,
    alt: SHARING_IMAGE.alt,
    type: SHARING_IMAGE.contentType,
    ...SHARING_IMAGE.size,
  }
  return pageMetadata({
    title,
    description: article.meta?.description || article.excerpt,
    path,
    image: mediaImage(article.meta?.image, title) ?? mediaImage(article.heroImage, title) ?? generated,
    type: 'article',
    publishedTime: article.publishedAt,
    authors: articleAuthors(article).map((a) => a.name),
  })
}
