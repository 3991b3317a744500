import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateDescription, GenerateImage, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import { OverviewField } from '@payloadcms/plugin-seo/fields'
import type { Field, FieldHook } from 'payload'

import { contentTypesWith } from '@resilient-mind/content/content-types'
import { pathForDocument, type PreviewableCollection } from '@resilient-mind/content/routes'

import { followsSource } from '../fields/followsSource'
import { settings } from '../settings'
import { truncate } from '../utilities/lexicalText'

/**
 * What a search result shows. The website adds " · <practice name>" to every title itself, so
 * the title here is the page's own; descriptions are cut where search engines cut them.
 */
export const SEO_TITLE = { minLength: 10, maxLength: 60 }
export const SEO_DESCRIPTION = { minLength: 50, maxLength: 160 }

type Doc = Record<string, unknown> | undefined

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const idOf = (v: unknown): number | string | undefined =>
  typeof v === 'number' || typeof v === 'string'
    ? v
    : v && typeof v === 'object' && 'id' in v
      ? (v as { id: number | string }).id
      : undefined

/** The same rules the site falls back on: the title, the excerpt (or a service's summary), the hero image. */
export const seoTitleFor = (doc: Doc) => truncate(text(doc?.title), SEO_TITLE.maxLength)
export const seoDescriptionFor = (doc: Doc) =>
  truncate(text(doc?.excerpt) || text(doc?.summary), SEO_DESCRIPTION.maxLength)
export const seoImageFor = (doc: Doc) => idOf(doc?.heroImage)
export const seoUrlFor = (collection: string | undefined, doc: Doc) => {
  const path = collection
    ? pathForDocument(collection as PreviewableCollection, text(doc?.slug) || undefined)
    : undefined
  return path ? new URL(path, settings.WEB_PUBLIC_URL).toString() : settings.WEB_PUBLIC_URL
}

const generateTitle: GenerateTitle = ({ doc }) => seoTitleFor(doc)
const generateDescription: GenerateDescription = ({ doc }) => seoDescriptionFor(doc)
const generateImage: GenerateImage = ({ doc }) => seoImageFor(doc) ?? ''
const generateURL: GenerateURL = ({ doc, collectionConfig }) => seoUrlFor(collectionConfig?.slug, doc)

/**
 * Fills a meta field from the document until a person writes their own, so a normal article
 * passes the checks without anyone pressing "Auto-generate" (and never goes stale while it follows).
 */
function followDocument(derive: (doc: Doc) => string | number | undefined): FieldHook {
  return ({ value, data, originalDoc }) => {
    const current = { ...(originalDoc ?? {}), ...(data ?? {}) }
    const previous = originalDoc ? derive(originalDoc) : undefined
    const same = (a: unknown, b: unknown) => String(idOf(a) ?? a).trim() === String(b).trim()
    if (!followsSource(value, previous, same)) return value
    const derived = derive(current)
    return derived === undefined || derived === '' ? null : derived
  }
}

const PLAIN_WORDS: Record<
  string,
  { label: string; description: string; derive: (doc: Doc) => string | number | undefined }
> = {
  title: {
    label: 'Title in search results',
    description: 'Follows the title until you write your own; the site adds the practice name after it.',
    derive: seoTitleFor,
  },
  description: {
    label: 'Description in search results',
    description:
      'Follows the excerpt (or summary) until you write your own. Shown under the title in search engines and when the page is shared.',
    derive: seoDescriptionFor,
  },
  image: {
    label: 'Image when shared',
    description:
      'Follows the hero image until you choose another; shown when the page is shared in social media or messages.',
    derive: seoImageFor,
  },
}

/**
 * The seo plugin on the content types declared with `seo: true` (articles, services, pages), in
 * its own "SEO" tab, with values that follow the document.
 */
export const seo = () =>
  seoPlugin({
    collections: contentTypesWith('seo'),
    uploadsCollection: 'media',
    tabbedUI: true,
    generateTitle,
    generateDescription,
    generateImage,
    generateURL,
    fields: ({ defaultFields }) =>
      defaultFields.map((field) => {
        const name = 'name' in field ? field.name : undefined
        if (name === 'overview')
          return OverviewField({ titleOverrides: SEO_TITLE, descriptionOverrides: SEO_DESCRIPTION })
        const plain = name ? PLAIN_WORDS[name] : undefined
        if (!plain) return field
        return {
          ...field,
          label: plain.label,
          admin: { ...field.admin, description: plain.description },
          hooks: { ...('hooks' in field ? field.hooks : {}), beforeChange: [followDocument(plain.derive)] },
        } as Field
      }),
  })
