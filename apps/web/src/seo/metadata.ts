import type { Media } from '@resilient-mind/content'
import { joinUrl, mediaPath, sitePaths } from '@resilient-mind/content/routes'
import type { Metadata, Viewport } from 'next'

import { FALLBACK_PRACTICE } from '@/components/SiteChrome'
import { settings } from '@/lib/settings'

export const absoluteUrl = (path: string) => joinUrl(settings().WEB_PUBLIC_URL, path)

/** What every page says of the site as a whole (the root layout's metadata). */
export function siteMetadata(practice: { name: string; tagline?: string | null } | null): Metadata {
  const name = practice?.name ?? FALLBACK_PRACTICE.name
  return {
    metadataBase: new URL(settings().WEB_PUBLIC_URL),
    title: { default: name, template: `%s · ${name}` },
    description: practice?.tagline ?? undefined,
    openGraph: { siteName: name, locale: 'en_US' },
    alternates: { types: { 'application/rss+xml': sitePaths.feed } },
    // No third-party anything: no verification tags, analytics or remote icons.
  }
}

export const siteViewport = { themeColor: '#1d4f6e', colorScheme: 'light' } satisfies Viewport

/** Title, description, canonical URL, Open Graph and Twitter tags for one page. */
export function pageMetadata({
  title,
  description,
  path,
  image,
  type = 'website',
  publishedTime,
  authors,
}: {
  title: string
  description?: string | null
  path: string
  image?: Media | number | null | string
  type?: 'website' | 'article' | 'profile'
  publishedTime?: string | null
  authors?: string[]
}): Metadata {
  const imageUrl = typeof image === 'string' ? image : image && typeof image === 'object' ? mediaPath(image) : undefined
  const images = imageUrl ? [{ url: imageUrl, alt: typeof image === 'object' && image ? image.alt : title }] : undefined
  const desc = description ?? undefined
  return {
    title,
    description: desc,
    alternates: { canonical: path },
    openGraph: {
      title,
      description: desc,
      url: path,
      type,
      ...(images && { images }),
      ...(type === 'article' && { publishedTime: publishedTime ?? undefined, authors }),
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description: desc, ...(images && { images }) },
  }
}
