import { sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { content, optional, orNotFound } from '@/lib/content'
import { ServiceView } from '@/services/ServiceView'

type Props = { params: Promise<{ slug: string }> }

// An editor's view of a service, drafts included, with live preview (see the article's preview).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const service = await (await content()).service(slug)
  return { title: service ? `Preview: ${service.meta?.title?.trim() || service.title}` : 'Service not found' }
}

export default async function ServicePreview({ params }: Props) {
  const { slug } = await params
  if (!(await draftMode()).isEnabled)
    redirect(`/api/exit-preview?${new URLSearchParams({ path: sitePaths.service(slug) })}`)
  const cms = await content()
  const service = orNotFound(await cms.service(slug))
  const practice = await optional(() => cms.practice(), null)
  return <ServiceView service={service} practice={practice} />
}
