import type { CollectionConfig, RootLivePreviewConfig } from 'payload'

import { contentTypesWith, type ContentTypesWith } from '@resilient-mind/content/content-types'
import { pathForDocument, previewUrl, type PreviewableCollection } from '@resilient-mind/content/routes'

import { settings } from './settings'

/**
 * The admin's Preview button and Live Preview both open the website's preview route, which
 * checks the editor's session with the CMS, turns on draft mode and shows the page.
 */
const urlFor = (collection: string, slug: unknown) => {
  const path = pathForDocument(collection as PreviewableCollection, typeof slug === 'string' ? slug : undefined)
  return path ? previewUrl(settings.WEB_PUBLIC_URL, path) : null
}

/** The Preview button of a content type declared with `preview: true`. */
export const previewFor =
  (collection: ContentTypesWith<'preview'>): NonNullable<CollectionConfig['admin']>['preview'] =>
  (doc) =>
    urlFor(collection, doc?.slug)

export const livePreview: RootLivePreviewConfig = {
  // The content types declared with `preview: true` (packages/content/src/contentTypes.ts).
  collections: contentTypesWith('preview'),
  url: ({ data, collectionConfig }) => (collectionConfig ? (urlFor(collectionConfig.slug, data?.slug) ?? '') : ''),
  breakpoints: [
    { label: 'Phone', name: 'phone', width: 390, height: 844 },
    { label: 'Tablet', name: 'tablet', width: 820, height: 1180 },
    { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
  ],
}
