import { notFound } from 'next/navigation'

import { HomePage, homeMetadata } from '@/home/HomePage'
import { ServicesPage, servicesMetadata } from '@/services/ServicesPage'

// Home (/) and the services list (/services), rewritten here by next.config.mjs. A page at its
// own address would be prerendered while building, when the CMS may be down; under a dynamic
// segment each is rendered on its first visit and then served from cache until the CMS
// announces a change (or an hour passes), like the library. Never linked directly: their
// canonical URLs are the public ones.
export const revalidate = 3600
export const generateStaticParams = async () => []

const PAGES = {
  home: { View: HomePage, metadata: homeMetadata },
  services: { View: ServicesPage, metadata: servicesMetadata },
}

type Props = { params: Promise<{ page: string }> }

const lookup = async ({ params }: Props) => {
  const { page } = await params
  return Object.hasOwn(PAGES, page) ? PAGES[page as keyof typeof PAGES] : undefined
}

export async function generateMetadata(props: Props) {
  const page = await lookup(props)
  return page ? page.metadata() : { title: 'Page not found' }
}

export default async function CachedPage(props: Props) {
  const page = await lookup(props)
  if (!page) notFound()
  return <page.View />
}
