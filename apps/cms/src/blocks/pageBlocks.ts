import type { Block } from 'payload'

import { linkFields } from '../fields/link'
import { pageEditor } from '../fields/richText'

/**
 * The blocks a practice page is built from. Each one is rendered by the website as HTML without
 * JavaScript; lists (services, latest articles, authors) are read when the page is rendered, so
 * a page never repeats what the CMS already knows.
 */

/** Text with headings, lists, links, quotes and images: most of an "About" or "Fees" page. */
export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [{ name: 'content', type: 'richText', required: true, editor: pageEditor }],
}

/** A button that leads somewhere: most often the appointment request form, with a service chosen. */
export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120 },
    { name: 'text', type: 'textarea', maxLength: 400 },
    {
      name: 'label',
      label: 'Button text',
      type: 'text',
      required: true,
      maxLength: 60,
      admin: { description: 'For example "Request an appointment".' },
    },
    ...linkFields(),
  ],
}

/** Questions and answers; the website also describes them to search engines (FAQPage). */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: 'Questions and answers', plural: 'Questions and answers' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120, defaultValue: 'Frequently asked questions' },
    {
      name: 'items',
      label: 'Questions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 30,
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 200 },
        { name: 'answer', type: 'textarea', required: true, maxLength: 2000 },
      ],
    },
  ],
}

/** The practice's published services as cards: all of them, or the ones chosen. */
export const ServicesListBlock: Block = {
  slug: 'servicesList',
  interfaceName: 'ServicesListBlock',
  labels: { singular: 'Services list', plural: 'Services lists' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120 },
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      admin: { description: 'Left empty, every published service is listed in the usual order.' },
    },
  ],
}

/** The newest published articles, optionally of one topic. */
export const LatestArticlesBlock: Block = {
  slug: 'latestArticles',
  interfaceName: 'LatestArticlesBlock',
  labels: { singular: 'Latest articles', plural: 'Latest articles' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120 },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      admin: { description: 'Optional: only articles of this topic.' },
    },
    { name: 'count', label: 'How many', type: 'number', required: true, defaultValue: 3, min: 1, max: 12 },
  ],
}

/** Cards of the practice's counsellors: all of them, or the ones chosen. */
export const AuthorCardsBlock: Block = {
  slug: 'authorCards',
  interfaceName: 'AuthorCardsBlock',
  labels: { singular: 'Author cards', plural: 'Author cards' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120 },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      admin: { description: 'Left empty, every author profile is shown.' },
    },
  ],
}

/** One image with its caption. The alt text is the image's own (required on every upload), or replaced here. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Image', plural: 'Images' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'alt',
      label: 'Alt text on this page',
      type: 'text',
      maxLength: 240,
      admin: {
        description:
          "Optional: what the image shows here, for people who cannot see it. Left empty, the image's own alt text is used.",
      },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}

export const PAGE_BLOCKS: Block[] = [
  RichTextBlock,
  CallToActionBlock,
  FaqBlock,
  ServicesListBlock,
  LatestArticlesBlock,
  AuthorCardsBlock,
  ImageBlock,
]
