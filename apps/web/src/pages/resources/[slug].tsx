import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { ArticleView, type ArticlePageData } from '@/article/ArticleView'
import { articleMetadata } from '@/article/metadata'
import { SHARING_IMAGE } from '@/article/sharingImage'
import { cachedPage, orFallback, PlainPage, renderOnFirstVisit, type PlainProps } from '@/lib/pagesRouter'

/**
 * An article as visitors get it: plain HTML and CSS, with no framework JavaScript at all.
 * Nothing on the page needs it (quick exit is a few lines of inline script, see QuickExit),
 * and the App Router cannot leave its ~130 KB runtime out; a Pages Router page can
 * (unstable_runtimeJS). Editors in draft mode are sent on to app/preview/resources/[slug],
 * where live preview runs.
 */
export const config = { unstable_runtimeJS: false }

type Data = Omit<ArticlePageData, 'practice'>

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<PlainProps<Data>, { slug: string }> = async ({ params, draftMode }) => {
  const slug = params!.slug
  // Only with a valid draft-mode cookie (an editor, through /api/preview) does this run per
  // request; the editor goes on to the page that shows drafts and follows their saves.
  if (draftMode) return { redirect: { destination: `/preview${sitePaths.article(slug)}`, permanent: false } }
  return cachedPage(async (cms) => {
    const article = await cms.article(slug)
    return article && { article, related: await cms.relatedArticles(article).catch(orFallback([])) }
  })
}

export default function ArticlePage({ data: { article, related }, practice }: PlainProps<Data>) {
  const path = sitePaths.article(article.slug ?? String(article.id))
  const image = { url: `${path}/opengraph-image`, alt: SHARING_IMAGE.alt, type: SHARING_IMAGE.contentType, ...SHARING_IMAGE.size }
  return (
    <PlainPage practice={practice} metadata={articleMetadata(article)} image={image}>
      <ArticleView article={article} related={related} practice={practice} />
    </PlainPage>
  )
}
