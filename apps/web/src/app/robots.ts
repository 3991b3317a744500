import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { absoluteUrl } from '@/seo/metadata'

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection() // the public URL is a runtime setting
  return {
    // The editors' article preview is never linked; if someone does link it, it should not be
    // indexed beside the real page.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/preview/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
