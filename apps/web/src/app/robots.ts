import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { absoluteUrl } from '@/seo/metadata'

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection() // the public URL is a runtime setting
  return {
    // The internal route behind / (see next.config.mjs) and the editors' article preview are
    // never linked; if someone does link them, they should not be indexed beside the real pages.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/cached-pages/', '/preview/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
