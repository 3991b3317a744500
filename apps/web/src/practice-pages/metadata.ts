import type { Page } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'

import { mediaImage, pageMetadata } from '@/seo/metadata'

/** A practice page's head: the editor's SEO title, description and image first. */
export function practicePageMetadata(page: Page) {
  const title = page.meta?.title?.trim() || page.title
  return pageMetadata({
    title,
    description: page.meta?.description,
    path: sitePaths.page(page.slug ?? String(page.id)),
    image: mediaImage(page.meta?.image, title),
  })
}
