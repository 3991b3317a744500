import { sitePaths } from '@resilient-mind/content/routes'
import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { content } from '@/lib/content'
import { LEGAL_NOTICES, safetyPaths, type LegalNotice } from '@/inquiry/paths'
import { absoluteUrl } from '@/seo/metadata'

/** Every public page, with the date it last changed; read from the tagged cache per request. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const { articles, authors, services, topics } = await (await content()).sitemapEntries()
  const entries = (docs: { slug?: string | null; updatedAt: string }[], path: (slug: string) => string) =>
    docs.filter((d) => d.slug).map((d) => ({ url: absoluteUrl(path(d.slug!)), lastModified: d.updatedAt }))
  return [
    { url: absoluteUrl('/'), changeFrequency: 'weekly' },
    { url: absoluteUrl(sitePaths.library), changeFrequency: 'weekly' },
    { url: absoluteUrl(sitePaths.services), changeFrequency: 'monthly' },
    { url: absoluteUrl(safetyPaths.contact), changeFrequency: 'yearly' },
    ...(Object.keys(LEGAL_NOTICES) as LegalNotice[]).map((n) => ({ url: absoluteUrl(safetyPaths.legal(n)), changeFrequency: 'yearly' as const })),
    ...entries(articles, sitePaths.article),
    ...entries(services, sitePaths.service),
    ...entries(authors, sitePaths.author),
    ...entries(topics, sitePaths.topic),
  ]
}
