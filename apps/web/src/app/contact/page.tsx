import type { Metadata } from 'next'
import Link from 'next/link'

import { InquiryForm } from '@/components/InquiryForm'
import { content, optional } from '@/lib/content'
import { safetyPaths } from '@/inquiry/paths'

export const metadata: Metadata = { title: 'Request an appointment' }

type Props = { searchParams: Promise<{ service?: string | string[] }> }

/** The appointment request form; a service page links here with its service chosen. */
export default async function ContactPage({ searchParams }: Props) {
  const cms = await content()
  const services = await optional(() => cms.services(), [])
  const practice = await optional(() => cms.practice(), null)
  const wanted = (await searchParams).service
  const slug = typeof wanted === 'string' && services.some((s) => s.slug === wanted) ? wanted : undefined
  return (
    <div className="narrow">
      <h1>Request an appointment</h1>
      <p className="lead">
        Tell us how to reach you and we will get back to you to arrange a first appointment
        {practice?.name ? ` with ${practice.name}` : ''}.
      </p>
      <p>
        We ask only for what we need to reply. Read what we keep and for how long in the{' '}
        <Link href={safetyPaths.legal('privacy')}>privacy notice</Link>.
      </p>
      <InquiryForm services={services.filter((s) => s.slug).map((s) => ({ slug: s.slug!, title: s.title }))} preselectedService={slug} />
    </div>
  )
}
