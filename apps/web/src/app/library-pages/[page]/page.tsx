import { LibraryView, libraryMetadata, libraryQuery } from '@/library/LibraryView'

// /resources?page=N (rewritten here): cached on its first visit, refreshed when the CMS
// announces a change (or hourly). Never linked directly; its canonical URL is /resources?page=N.
export const revalidate = 3600
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props) {
  return libraryMetadata(libraryQuery(await params))
}

export default async function LibraryPageN({ params }: Props) {
  return <LibraryView {...libraryQuery(await params)} />
}
