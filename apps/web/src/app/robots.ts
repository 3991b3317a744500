import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { absoluteUrl } from '@/seo/metadata'

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection() // the public URL is a runtime setting
  return {
    // The internal route behind / (see next.config.mjs) is never linked; if someone does link
    // it, it should not be indexed beside its public address.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/cached-pages/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
