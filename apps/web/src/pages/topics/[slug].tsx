import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { cachedPage, renderOnFirstVisit } from '@/lib/pagesRouter'
import { LibraryPage, loadLibrary } from '@/library/LibraryView'

/**
 * A topic's page: the library filtered by it, newest first (further pages under
 * /topics/<slug>/page/N). Cached like the library; an unknown topic is a 404.
 */
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<object, { slug: string }> = ({ params }) =>
  cachedPage((cms) => loadLibrary(cms, { topic: params!.slug, page: 1 }), sitePaths.topic(params!.slug))

export default LibraryPage
