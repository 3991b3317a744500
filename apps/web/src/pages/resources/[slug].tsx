import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { ArticleView, type ArticlePageData } from '@/article/ArticleView'
import { articleMetadata } from '@/article/metadata'
import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage, orFallback, renderOnFirstVisit } from '@/lib/pagesRouter'

/**
 * An article. Editors in draft mode are sent on to app/preview/resources/[slug], where live
 * preview runs (it needs React in the browser; visitors get none).
 */
export const config = { unstable_runtimeJS: false }

type Data = Omit<ArticlePageData, 'practice'>

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<object, { slug: string }> = async ({ params, draftMode }) => {
  const slug = params!.slug
  // Only with a valid draft-mode cookie (an editor, through /api/preview) does this run per request.
  if (draftMode) return { redirect: { destination: `/preview${sitePaths.article(slug)}`, permanent: false } }
  return cachedPage(async (cms) => {
    const article = await cms.article(slug)
    return article && { article, related: await cms.relatedArticles(article).catch(orFallback([])) }
  }, sitePaths.article(slug))
}

export default function ArticlePage({ data: { article, related }, practice }: PageProps<Data>) {
  return (
    <SitePage practice={practice} meta={articleMetadata(article)}>
      <ArticleView article={article} related={related} practice={practice} />
    </SitePage>
  )
}
