import { sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { ArticleView } from '@/article/ArticleView'
import { content, optional, orNotFound } from '@/lib/content'

type Props = { params: Promise<{ slug: string }> }

// An editor's view of an article, drafts included: in draft mode /resources/<slug> redirects
// here. Visitors get pages/resources/[slug], which has no JavaScript; here the layout adds
// live preview, so the page follows the editor's saves.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await (await content()).article(slug)
  return { title: article ? `Preview: ${article.meta?.title?.trim() || article.title}` : 'Article not found' }
}

export default async function ArticlePreview({ params }: Props) {
  const { slug } = await params
  // A draft-mode cookie from an earlier deployment (or made up) is no longer valid: drop it and
  // show the published page.
  if (!(await draftMode()).isEnabled)
    redirect(`/api/exit-preview?${new URLSearchParams({ path: sitePaths.article(slug) })}`)
  const cms = await content()
  const article = orNotFound(await cms.article(slug))
  const [related, practice] = await Promise.all([
    optional(() => cms.relatedArticles(article), []),
    optional(() => cms.practice(), null),
  ])
  return <ArticleView article={article} related={related} practice={practice} />
}
