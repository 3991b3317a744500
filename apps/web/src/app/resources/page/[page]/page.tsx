import { pageFromPath } from '@resilient-mind/content/routes'
import { notFound } from 'next/navigation'

import { LibraryView, libraryMetadata } from '@/library/LibraryView'

// /resources/page/N: the library's further pages, cached on their first visit and refreshed
// when the CMS announces a change (or hourly).
export const revalidate = 3600
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props) {
  const page = pageFromPath((await params).page)
  return page ? libraryMetadata({ page }) : { title: 'Page not found' }
}

export default async function LibraryPage({ params }: Props) {
  const page = pageFromPath((await params).page) ?? notFound()
  return <LibraryView page={page} />
}
