import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { absoluteUrl } from '@/seo/metadata'

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection() // the public URL is a runtime setting
  return {
    // The library's internal routes (reached through /resources?…, see next.config.mjs) are
    // never linked; if someone does link one, it should not be indexed beside /resources.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/library-pages/', '/library-search'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
