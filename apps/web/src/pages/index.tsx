import type { GetStaticProps } from 'next'

import { HomePage, homeMetadata, loadHome, type HomeData } from '@/home/HomePage'
import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage } from '@/lib/pagesRouter'

/** Home (/). */
export const config = { unstable_runtimeJS: false }

export const getStaticProps: GetStaticProps = () => cachedPage(loadHome)

export default function Home({ data, practice }: PageProps<HomeData>) {
  return (
    <SitePage practice={practice} meta={homeMetadata(data)}>
      <HomePage {...data} />
    </SitePage>
  )
}
