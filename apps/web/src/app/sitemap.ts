import { contentTypes, contentTypesWith, type ContentTypeDeclaration } from '@resilient-mind/content/content-types'
import { sitePaths } from '@resilient-mind/content/routes'
import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { contentReadFresh } from '@/lib/content'
import { LEGAL_NOTICES, safetyPaths, type LegalNotice } from '@/inquiry/paths'
import { absoluteUrl } from '@/seo/metadata'

/**
 * Every public page, with the date it last changed. Rendered per request (the public URL is a
 * runtime setting); its one large read, every slug, is kept for a minute in Next's data cache
 * rather than refreshed on each change: crawlers do not notice a minute, and the read is large.
 */
const SITEMAP_READ_SECONDS = 60

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const listed = await contentReadFresh(SITEMAP_READ_SECONDS).sitemapEntries()
  // Every document of each content type declared with `sitemap: true` (packages/content/src/contentTypes.ts).
  const documents = contentTypesWith('sitemap').flatMap((collection) =>
    listed[collection]
      .filter((d) => d.slug)
      .map((d) => ({ url: absoluteUrl(contentTypes[collection].path(d.slug!)), lastModified: d.updatedAt })),
  )
  // The list pages of content types added later (the library's and the services' are above).
  const lists = contentTypesWith('sitemap')
    .map((collection): string | undefined => (contentTypes[collection] as ContentTypeDeclaration).listPath)
    .filter((path): path is string => Boolean(path) && path !== sitePaths.library && path !== sitePaths.services)
    .map((path) => ({ url: absoluteUrl(path), changeFrequency: 'weekly' as const }))
  return [
    { url: absoluteUrl('/'), changeFrequency: 'weekly' },
    { url: absoluteUrl(sitePaths.library), changeFrequency: 'weekly' },
    { url: absoluteUrl(sitePaths.services), changeFrequency: 'monthly' },
    ...lists,
    { url: absoluteUrl(safetyPaths.contact), changeFrequency: 'yearly' },
    ...(Object.keys(LEGAL_NOTICES) as LegalNotice[]).map((n) => ({
      url: absoluteUrl(safetyPaths.legal(n)),
      changeFrequency: 'yearly' as const,
    })),
    ...documents,
  ]
}
