import { pageFromPath } from '@resilient-mind/content/routes'
import { notFound } from 'next/navigation'

import { LibraryView, libraryMetadata } from '@/library/LibraryView'

// /topics/<slug>/page/N: a topic's further pages, cached like its first.
export const revalidate = 3600
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params
  const n = pageFromPath(page)
  return n ? libraryMetadata({ topic: slug, page: n }) : { title: 'Page not found' }
}

export default async function TopicPageN({ params }: Props) {
  const { slug, page } = await params
  return <LibraryView topic={slug} page={pageFromPath(page) ?? notFound()} />
}
