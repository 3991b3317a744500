import { libraryHref } from '@resilient-mind/content/routes'
import type { GetServerSideProps } from 'next'

import { type PageProps } from '@/components/SitePage'
import { searchContent, readPage } from '@/lib/pagesRouter'
import { LibraryPage, libraryQuery, loadLibrary, type LibraryData } from '@/library/LibraryView'

/**
 * /search?q=…[&topic=…][&page=N]: the only library view rendered per request, one render per
 * distinct search (the CMS's search index answers it). A search without words (the form sent
 * empty) goes to the cached library or topic page it was made from.
 */
export const config = { unstable_runtimeJS: false }

export const getServerSideProps: GetServerSideProps<PageProps<LibraryData>> = async ({ query: params }) => {
  const query = libraryQuery(params)
  if (!query.q) return { redirect: { destination: libraryHref(query), permanent: false } }
  const props = await readPage((cms) => loadLibrary(cms, query), searchContent())
  return props ? { props } : { notFound: true }
}

export default LibraryPage
