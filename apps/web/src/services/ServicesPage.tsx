import type { ContentClient, Service } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'

import { EmptyState } from '@/components/EmptyState'
import { GoodFaithEstimateNotice } from '@/components/GoodFaithEstimateNotice'
import { ServiceCard } from '@/components/ServiceCard'
import { pageMetadata, type PageMetadata } from '@/seo/metadata'

export type ServicesData = { services: Service[] }

export const loadServices = async (cms: ContentClient): Promise<ServicesData> => ({ services: await cms.services() })

export function servicesMetadata(): PageMetadata {
  return pageMetadata({
    title: 'Services',
    description: 'Therapy and coaching for individuals and couples: what we offer and who it is for.',
    path: sitePaths.services,
  })
}

/** The services list (/services): each service with who it is for and how it is offered. */
export function ServicesPage({ services }: ServicesData) {
  return (
    <>
      <h1>Services</h1>
      {services.length === 0 ? (
        <EmptyState title="No services are listed yet." />
      ) : (
        <ul className="card-list">
          {services.map((s) => (
            <ServiceCard key={s.id} service={s} />
          ))}
        </ul>
      )}
      <GoodFaithEstimateNotice />
    </>
  )
}
