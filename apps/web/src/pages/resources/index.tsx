import type { GetStaticProps } from 'next'

import { cachedPage } from '@/lib/pagesRouter'
import { LibraryPage, loadLibrary } from '@/library/LibraryView'

/** The resource library's first page (/resources). */
export const config = { unstable_runtimeJS: false }

export const getStaticProps: GetStaticProps = () => cachedPage((cms) => loadLibrary(cms, { page: 1 }))

export default LibraryPage
