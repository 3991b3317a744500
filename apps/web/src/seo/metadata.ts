import type { Media } from '@resilient-mind/content'
import { joinUrl, mediaPath } from '@resilient-mind/content/routes'

import { webPublicUrl } from '@/lib/publicUrl'

export const absoluteUrl = (path: string) => joinUrl(webPublicUrl(), path)

export const THEME = { themeColor: '#1d4f6e', colorScheme: 'light' } as const

/** A picture shared with a link to the page (Open Graph, Twitter). */
export type SharingImage = { url: string; alt: string; width?: number; height?: number; type?: string }

/**
 * What the head of one visitor page says: built by pageMetadata, written by PageHead
 * (seo/PageHead.tsx). Plain data, so it can be tested without rendering.
 */
export type PageMetadata = {
  /** The page's own title; the site's name is added after it unless `absoluteTitle`. */
  title: string
  absoluteTitle?: boolean
  description?: string
  /** The canonical path on this site. */
  path: string
  image?: SharingImage
  type: 'website' | 'article' | 'profile'
  publishedTime?: string
  authors?: string[]
  /** Pages not worth a search engine's index (search results, 404, the thank-you page). */
  noindex?: boolean
}

/** An uploaded picture as a sharing image; undefined when the upload is not populated. */
export function mediaImage(image: Media | number | null | undefined, fallbackAlt: string): SharingImage | undefined {
  if (!image || typeof image !== 'object') return undefined
  const url = mediaPath(image)
  if (!url) return undefined
  return {
    url,
    alt: image.alt || fallbackAlt,
    width: image.width ?? undefined,
    height: image.height ?? undefined,
    type: image.mimeType ?? undefined,
  }
}

/** The one metadata builder for every visitor page. */
export function pageMetadata({
  title,
  description,
  path,
  image,
  type = 'website',
  publishedTime,
  authors,
  absoluteTitle,
  noindex,
}: {
  title: string
  description?: string | null
  path: string
  image?: SharingImage
  type?: PageMetadata['type']
  publishedTime?: string | null
  authors?: string[]
  absoluteTitle?: boolean
  noindex?: boolean
}): PageMetadata {
  return {
    title,
    description: description?.trim() || undefined,
    path,
    type,
    ...(image && { image }),
    ...(publishedTime && { publishedTime }),
    ...(authors?.length && { authors }),
    ...(absoluteTitle && { absoluteTitle }),
    ...(noindex && { noindex }),
  }
}

/** "Title · Site", or the title alone. */
export const fullTitle = (meta: Pick<PageMetadata, 'title' | 'absoluteTitle'>, siteName: string) =>
  meta.absoluteTitle || meta.title === siteName ? meta.title : `${meta.title} · ${siteName}`
