import { pageFromPath } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { cachedPage, REVALIDATE_SECONDS, renderOnFirstVisit } from '@/lib/pagesRouter'
import { LibraryPage, loadLibrary } from '@/library/LibraryView'

/** /topics/<slug>/page/N: a topic's further pages, cached like the first. */
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<object, { slug: string; page: string }> = async ({ params }) => {
  const page = pageFromPath(params!.page)
  return page
    ? cachedPage((cms) => loadLibrary(cms, { topic: params!.slug, page }))
    : { notFound: true, revalidate: REVALIDATE_SECONDS }
}

export default LibraryPage
