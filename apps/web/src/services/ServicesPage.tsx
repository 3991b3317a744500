import type { ContentClient, Service } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'
import Link from 'next/link'

import { EmptyState } from '@/components/EmptyState'
import { GoodFaithEstimateNotice } from '@/components/GoodFaithEstimateNotice'
import { audienceLabel, formatLabel, listOf } from '@/lib/format'
import { pageMetadata } from '@/seo/metadata'

export type ServicesData = { services: Service[] }

export const loadServices = async (cms: ContentClient): Promise<ServicesData> => ({ services: await cms.services() })

export function servicesMetadata(): Metadata {
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
            <li key={s.id} className="card">
              <h2 className="card-title">
                <Link href={sitePaths.service(s.slug ?? '')}>{s.title}</Link>
              </h2>
              <p>{s.summary}</p>
              <p className="meta">
                For {listOf(s.audience.map((a) => audienceLabel(a).toLowerCase()))}
                {s.formats?.length ? ` · ${listOf(s.formats.map((f) => formatLabel(f).toLowerCase()))}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <GoodFaithEstimateNotice />
    </>
  )
}
