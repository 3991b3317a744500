import type { GetStaticProps } from 'next'

import { HomePage, homeMetadata, loadHome, type HomeData } from '@/home/HomePage'
import { cachedPage, notFoundProps, PlainPage, renderOnFirstVisit, type PlainProps } from '@/lib/pagesRouter'

/**
 * Home (/), rewritten here by next.config.mjs: no dynamic segment can serve "/" itself, and a
 * page at its own address would be prerendered while building, when the CMS may be down.
 * Never linked directly: its canonical URL is "/".
 */
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<PlainProps<HomeData>, { page: string }> = async ({ params }) =>
  params!.page === 'home' ? cachedPage(loadHome) : notFoundProps

export default function Home({ data, practice }: PlainProps<HomeData>) {
  return (
    <PlainPage practice={practice} metadata={homeMetadata(data)}>
      <HomePage {...data} />
    </PlainPage>
  )
}
