import { LibraryView, libraryMetadata, libraryQuery } from '@/library/LibraryView'

// /resources?q=… (rewritten here): one render per distinct search, so the only library view
// rendered per request. The CMS's search index answers it.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props) {
  return libraryMetadata(libraryQuery(await searchParams))
}

export default async function LibrarySearchPage({ searchParams }: Props) {
  return <LibraryView {...libraryQuery(await searchParams)} />
}
