import { libraryHref } from '@resilient-mind/content/routes'
import { redirect } from 'next/navigation'

import { LibraryView, libraryMetadata, libraryQuery } from '@/library/LibraryView'

// /search?q=…[&topic=…][&page=N]: the only library view rendered per request, one render per
// distinct search (the CMS's search index answers it). A search without words (the form sent
// empty) goes to the cached library or topic page it was made from.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props) {
  return libraryMetadata(libraryQuery(await searchParams))
}

export default async function SearchPage({ searchParams }: Props) {
  const query = libraryQuery(await searchParams)
  if (!query.q) redirect(libraryHref(query))
  return <LibraryView {...query} />
}
