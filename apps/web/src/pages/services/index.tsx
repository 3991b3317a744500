import type { GetStaticProps } from 'next'

import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage } from '@/lib/pagesRouter'
import { ServicesPage, loadServices, servicesMetadata, type ServicesData } from '@/services/ServicesPage'

/** The services list (/services). */
export const config = { unstable_runtimeJS: false }

export const getStaticProps: GetStaticProps = () => cachedPage(loadServices)

export default function Services({ data, practice }: PageProps<ServicesData>) {
  return (
    <SitePage practice={practice} meta={servicesMetadata()}>
      <ServicesPage {...data} />
    </SitePage>
  )
}
