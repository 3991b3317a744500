import { createContentClient, isCmsError, type Practice } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticPaths, GetStaticProps } from 'next'

import { ArticleView, type ArticlePageData } from '@/article/ArticleView'
import { articleMetadata } from '@/article/metadata'
import { SHARING_IMAGE } from '@/article/sharingImage'
import { tagRecordingFetch } from '@/cache/tags'
import { FALLBACK_PRACTICE, SiteChrome } from '@/components/SiteChrome'
import { settings } from '@/lib/settings'
import { PagesRouterHead } from '@/seo/PagesRouterHead'


/**
 * An article as visitors get it: plain HTML and CSS, with no framework JavaScript at all.
 * Nothing on the page needs it (quick exit is a few lines of inline script, see QuickExit),
 * and the App Router cannot leave its ~130 KB runtime out; this Pages Router page can
 * (unstable_runtimeJS). Editors in draft mode are sent on to app/preview/resources/[slug],
 * where live preview runs.
 *
 * Rendered on the first visit, then served from cache until the CMS announces a change to
 * something it shows (its cache tags, as the App Router pages have) or an hour passes.
 */
export const config = { unstable_runtimeJS: false }

type Props = ArticlePageData & { cacheTags: string[] }

export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: 'blocking' })

export const getStaticProps: GetStaticProps<Props, { slug: string }> = async ({ params, draftMode }) => {
  const slug = params!.slug
  // Only with a valid draft-mode cookie (an editor, through /api/preview) does this run per
  // request; the editor goes on to the page that shows drafts and follows their saves.
  if (draftMode) return { redirect: { destination: `/preview${sitePaths.article(slug)}`, permanent: false } }
  const reads = tagRecordingFetch()
  const cms = createContentClient({ baseUrl: settings().CMS_INTERNAL_URL, fetch: reads.fetch })
  // No article, or a CMS that cannot say: not cached for long, so a page published (or a CMS
  // back) within the minute is seen. A CMS error with a copy in the cache keeps that copy.
  const article = await cms.article(slug)
  if (!article) return { notFound: true, revalidate: 60 }
  const [related, practice] = await Promise.all([
    cms.relatedArticles(article).catch(orFallback([])),
    cms.practice().catch(orFallback<Practice | null>(null)),
  ])
  return { props: { article, related, practice, cacheTags: reads.tags() }, revalidate: 3600 }
}

/** A part of the page the article can be shown without. */
const orFallback =
  <T,>(fallback: T) =>
  (err: unknown): T => {
    if (!isCmsError(err)) throw err
    console.warn(err.message)
    return fallback
  }

export default function ArticlePage({ article, related, practice }: Props) {
  const shown = practice ?? FALLBACK_PRACTICE
  const path = sitePaths.article(article.slug ?? String(article.id))
  return (
    <>
      <PagesRouterHead
        metadata={articleMetadata(article)}
        siteName={shown.name}
        image={{ url: `${path}/opengraph-image`, alt: SHARING_IMAGE.alt, type: SHARING_IMAGE.contentType, ...SHARING_IMAGE.size }}
        iconHref="/icon.svg"
      />
      <SiteChrome practice={shown}>
        <ArticleView article={article} related={related} practice={practice} />
      </SiteChrome>
    </>
  )
}
