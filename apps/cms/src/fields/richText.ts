import {
  BlocksFeature,
  BlockquoteFeature,
  FixedToolbarFeature,
  HeadingFeature,
  LinkFeature,
  OrderedListFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { CalloutBlock } from '../blocks/Callout'

/**
 * The article editor: headings h2-h4 (the page owns h1), lists, links, quotes, images and callouts,
 * with a toolbar always in view (not only the "## " and "/" shortcuts).
 */
export const articleEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((f) => !['heading', 'upload', 'relationship', 'blockquote'].includes(f.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BlockquoteFeature(),
    LinkFeature({ enabledCollections: ['articles', 'pages', 'services', 'authors'] }),
    OrderedListFeature(),
    UnorderedListFeature(),
    UploadFeature({ collections: { media: { fields: [] } } }),
    BlocksFeature({ blocks: [CalloutBlock] }),
    FixedToolbarFeature(),
  ],
})

/** A page's text blocks use the article editor, so staff meet one editor and the site one renderer. */
export const pageEditor = articleEditor
