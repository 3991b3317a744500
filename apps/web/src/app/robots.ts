import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { absoluteUrl } from '@/seo/metadata'

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection() // the public URL is a runtime setting
  return {
    // The internal routes behind /, /services and /resources?… (see next.config.mjs) are never
    // linked; if someone does link one, it should not be indexed beside its public address.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/cached-pages/', '/library-pages/', '/library-search'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
