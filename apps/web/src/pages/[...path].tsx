import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage, renderOnFirstVisit } from '@/lib/pagesRouter'
import { loadPracticePage } from '@/practice-pages/loadPracticePage'
import { practicePageMetadata } from '@/practice-pages/metadata'
import { PracticePageView } from '@/practice-pages/PracticePageView'

/**
 * Every address no other route answers: a practice page (/about, one segment, its slug), or an
 * old address with a redirect (/2025/03/18/a-post), or a 404. Each answer is kept in the page
 * cache and refreshed when the CMS announces that address, so a visitor never waits on the CMS.
 * Editors in draft mode are sent on to app/preview/pages/[slug] (live preview).
 */
export const config = { unstable_runtimeJS: false }

type Data = NonNullable<Awaited<ReturnType<typeof loadPracticePage>>>

export const getStaticPaths = renderOnFirstVisit

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const getStaticProps: GetStaticProps<object, { path: string[] }> = async ({ params, draftMode }) => {
  const segments = params!.path
  const path = `/${segments.map(encodeURIComponent).join('/')}`
  const slug = segments.length === 1 && SLUG.test(segments[0]) ? segments[0] : undefined
  if (draftMode && slug) return { redirect: { destination: `/preview${sitePaths.page(slug)}`, permanent: false } }
  return cachedPage(async (cms) => (slug ? loadPracticePage(cms, slug) : null), path)
}

export default function PracticePage({ data: { page, lists }, practice }: PageProps<Data>) {
  return (
    <SitePage practice={practice} meta={practicePageMetadata(page)}>
      <PracticePageView page={page} lists={lists} />
    </SitePage>
  )
}
