import type { Media } from '@resilient-mind/content'
import { joinUrl, mediaPath } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'

import { settings } from '@/lib/settings'

export const absoluteUrl = (path: string) => joinUrl(settings().WEB_PUBLIC_URL, path)

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
