import { LibraryView, libraryMetadata, libraryQuery } from '@/library/LibraryView'

// /resources[?topic=T][&page=N] (rewritten here as /library-pages/N[/T]): cached on its first
// visit, refreshed when the CMS announces a change (or hourly). Never linked directly; its
// canonical URL is the /resources one.
export const revalidate = 3600
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string; topic?: string[] }> }

export async function generateMetadata({ params }: Props) {
  return libraryMetadata(libraryQuery(await params))
}

export default async function LibraryPage({ params }: Props) {
  return <LibraryView {...libraryQuery(await params)} />
}
