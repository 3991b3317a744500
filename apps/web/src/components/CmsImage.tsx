import type { Media } from '@resilient-mind/content'
import { mediaPath } from '@resilient-mind/content/routes'
import { getImageProps } from 'next/image'

/**
 * An uploaded image with the alt text the editor gave it; nothing when the upload is missing.
 * A plain <img> with next/image's props (srcset, sizes, lazy loading, optimised files):
 * the same pictures without sending next/image's client component (~6 KB gzipped) to phones.
 */
export function CmsImage({
  media,
  sizes,
  priority,
  className,
}: {
  media: Media | number | null | undefined
  sizes: string
  priority?: boolean
  className?: string
}) {
  if (!media || typeof media !== 'object') return null
  const src = mediaPath(media)
  if (!src || !media.width || !media.height) return null
  // priority (the hero, often the largest paint): loaded at once and first; the <link rel=preload>
  // that <Image> would add is left out, as the <img> itself is early in the HTML.
  const { props } = getImageProps({
    src,
    alt: media.alt ?? '',
    width: media.width,
    height: media.height,
    sizes,
    priority,
    fetchPriority: priority ? 'high' : undefined,
    className,
  })
  return <img {...props} alt={props.alt} />
}
