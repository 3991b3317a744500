import type { Service } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage, renderOnFirstVisit } from '@/lib/pagesRouter'
import { ServiceView, serviceMetadata } from '@/services/ServiceView'

/** A service's page. Editors in draft mode are sent on to app/preview/services/[slug] (live preview). */
export const config = { unstable_runtimeJS: false }

type Data = { service: Service }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<object, { slug: string }> = ({ params, draftMode }) => {
  if (draftMode) return { redirect: { destination: `/preview${sitePaths.service(params!.slug)}`, permanent: false } }
  return cachedPage(async (cms) => {
    const service = await cms.service(params!.slug)
    return service && { service }
  }, sitePaths.service(params!.slug))
}

export default function ServicePage({ data: { service }, practice }: PageProps<Data>) {
  return (
    <SitePage practice={practice} meta={serviceMetadata(service)}>
      <ServiceView service={service} practice={practice} />
    </SitePage>
  )
}
