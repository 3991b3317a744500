import type { Media } from '@resilient-mind/content'
import { mediaPath } from '@resilient-mind/content/routes'
import Image from 'next/image'

/** An uploaded image with the alt text the editor gave it; nothing when the upload is missing. */
export function CmsImage({ media, sizes, priority, className }: { media: Media | number | null | undefined; sizes: string; priority?: boolean; className?: string }) {
  if (!media || typeof media !== 'object') return null
  const src = mediaPath(media)
  if (!src || !media.width || !media.height) return null
  return <Image src={src} alt={media.alt ?? ''} width={media.width} height={media.height} sizes={sizes} priority={priority} className={className} />
}
