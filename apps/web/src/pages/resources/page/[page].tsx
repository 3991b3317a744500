import { pageFromPath } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { cachedPage, notFoundProps, renderOnFirstVisit, type PlainProps } from '@/lib/pagesRouter'
import { LibraryPage, loadLibrary, type LibraryData } from '@/library/LibraryView'

/** /resources/page/N: the library's further pages, cached like the first. */
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<PlainProps<LibraryData>, { page: string }> = async ({ params }) => {
  const page = pageFromPath(params!.page)
  return page ? cachedPage((cms) => loadLibrary(cms, { page })) : notFoundProps
}

export default LibraryPage
