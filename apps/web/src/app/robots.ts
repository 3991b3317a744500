import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { absoluteUrl } from '@/seo/metadata'

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection() // the public URL is a runtime setting
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
