import type { GetStaticProps } from 'next'

import { cachedPage, renderOnFirstVisit, type PlainProps } from '@/lib/pagesRouter'
import { LibraryPage, loadLibrary, type LibraryData } from '@/library/LibraryView'

/**
 * A topic's page: the library filtered by it, newest first (further pages under
 * /topics/<slug>/page/N). Cached like the library; an unknown topic is a 404.
 */
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<PlainProps<LibraryData>, { slug: string }> = async ({ params }) =>
  cachedPage((cms) => loadLibrary(cms, { topic: params!.slug, page: 1 }))

export default LibraryPage
