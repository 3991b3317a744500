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
  const { articles, authors, services, topics, pages } = await contentReadFresh(SITEMAP_READ_SECONDS).sitemapEntries()
  const entries = (docs: { slug?: string | null; updatedAt: string }[], path: (slug: string) => string) =>
    docs.filter((d) => d.slug).map((d) => ({ url: absoluteUrl(path(d.slug!)), lastModified: d.updatedAt }))
  return [
    { url: absoluteUrl('/'), changeFrequency: 'weekly' },
    { url: absoluteUrl(sitePaths.library), changeFrequency: 'weekly' },
    { url: absoluteUrl(sitePaths.services), changeFrequency: 'monthly' },
    { url: absoluteUrl(safetyPaths.contact), changeFrequency: 'yearly' },
    ...(Object.keys(LEGAL_NOTICES) as LegalNotice[]).map((n) => ({
      url: absoluteUrl(safetyPaths.legal(n)),
      changeFrequency: 'yearly' as const,
    })),
    ...entries(pages, sitePaths.page),
    ...entries(articles, sitePaths.article),
    ...entries(services, sitePaths.service),
    ...entries(authors, sitePaths.author),
    ...entries(topics, sitePaths.topic),
  ]
}
