import type { Practice } from '@resilient-mind/content'
import type { ReactNode } from 'react'

import { PageHead } from '@/seo/PageHead'
import type { PageMetadata } from '@/seo/metadata'

import { FALLBACK_PRACTICE, SiteChrome } from './SiteChrome'

/** What every visitor page gets from its getStaticProps (lib/pagesRouter). */
export type PageProps<T> = { data: T; practice: Practice | null }

/** Set on the props of a page built without the CMS; _app shows a short holding page instead. */
export type UnbuiltProps = { unbuilt: true }

export const isUnbuilt = (props: unknown): props is UnbuiltProps =>
  Boolean(props && typeof props === 'object' && 'unbuilt' in props)

/** The head and the site's chrome around a page's content. */
export function SitePage({
  practice,
  meta,
  children,
}: {
  practice: Practice | null
  meta: PageMetadata
  children: ReactNode
}) {
  const shown = practice ?? FALLBACK_PRACTICE
  return (
    <>
      <PageHead meta={meta} siteName={shown.name} siteDescription={practice?.tagline} />
      <SiteChrome practice={shown}>{children}</SiteChrome>
    </>
  )
}
