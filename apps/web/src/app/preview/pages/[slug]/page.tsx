import { sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { content, orNotFound } from '@/lib/content'
import { loadPracticePage } from '@/practice-pages/loadPracticePage'
import { PracticePageView } from '@/practice-pages/PracticePageView'

type Props = { params: Promise<{ slug: string }> }

// An editor's view of a practice page, drafts included, with live preview (see the article's preview).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await (await content()).page(slug)
  return { title: page ? `Preview: ${page.meta?.title?.trim() || page.title}` : 'Page not found' }
}

export default async function PracticePagePreview({ params }: Props) {
  const { slug } = await params
  if (!(await draftMode()).isEnabled)
    redirect(`/api/exit-preview?${new URLSearchParams({ path: sitePaths.page(slug) })}`)
  const { page, lists } = orNotFound(await loadPracticePage(await content(), slug))
  return <PracticePageView page={page} lists={lists} />
}
