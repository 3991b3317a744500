import type { GetStaticProps } from 'next'

import { cachedPage, notFoundProps, PlainPage, renderOnFirstVisit, type PlainProps } from '@/lib/pagesRouter'
import { LibraryPage, loadLibrary, type LibraryData } from '@/library/LibraryView'
import { ServicesPage, loadServices, servicesMetadata, type ServicesData } from '@/services/ServicesPage'

/**
 * The library (/resources) and the services list (/services) at their own addresses, with no
 * rewrite in front of them (an applied rewrite costs about 0.1 ms a request, measured with
 * bench/), and not prerendered while building, when the CMS may be down. Every other top-level
 * address that no route claims ends here as a 404, answered before the CMS is read.
 */
export const config = { unstable_runtimeJS: false }

type Props = PlainProps<{ section: 'resources'; library: LibraryData } | { section: 'services'; services: ServicesData }>

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<Props, { section: string }> = async ({ params }) => {
  switch (params!.section) {
    case 'resources':
      return cachedPage(async (cms) => {
        const library = await loadLibrary(cms, { page: 1 })
        return library && { section: 'resources' as const, library }
      })
    case 'services':
      return cachedPage(async (cms) => ({ section: 'services' as const, services: await loadServices(cms) }))
    default:
      return notFoundProps
  }
}

export default function SectionPage({ data, practice }: Props) {
  return data.section === 'resources' ? (
    <LibraryPage data={data.library} practice={practice} />
  ) : (
    <PlainPage practice={practice} metadata={servicesMetadata()}>
      <ServicesPage {...data.services} />
    </PlainPage>
  )
}
