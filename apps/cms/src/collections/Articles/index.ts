import type { CollectionConfig } from 'payload'

import { editorOrOwnArticle, isEditorOrAdmin, isStaff, publishedOrStaff } from '../../access'
import { isAdminField } from '../../access'
import { articleEditor } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { previewFor } from '../../preview'
import { withRenameRedirects } from '../../redirects/onRename'
import { deriveFromBody, EXCERPT_MAX } from './hooks/deriveFromBody'
import { editorialRules } from './hooks/editorialRules'

const hooks = withRenameRedirects('articles', announceChanges('articles'))

/** The resource library. Authors draft; editors publish, now or on a schedule. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', '_status', 'publishedAt'],
    group: 'Content',
    preview: previewFor('articles'),
    components: { edit: { beforeDocumentControls: ['/admin/components/UnsavedNewDocument#UnsavedNewDocument'] } },
  },
  access: {
    read: publishedOrStaff,
    create: isStaff,
    update: editorOrOwnArticle,
    delete: isEditorOrAdmin,
    readVersions: isStaff,
  },
  defaultSort: '-publishedAt',
  // Every public list asks for published articles newest first (optionally by topic): this
  // index answers that in order, where the single-column ones made SQLite sort the whole table.
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
  // Where another document embeds an article (related articles, links in a body), only what
  // a card or a link shows, not the body.
  defaultPopulate: {
    title: true,
    slug: true,
    excerpt: true,
    publishedAt: true,
    readingTime: true,
    author: true,
    _status: true,
  },
  versions: {
    // validate: "Create new" creates nothing until the first Save draft or Publish (with autosave
    // alone Payload creates an empty draft on opening the form); autosave works after that.
    drafts: { autosave: { interval: 1500 }, schedulePublish: true, validate: true },
    maxPerDoc: 50,
  },
  hooks: { ...hooks, beforeChange: [editorialRules, deriveFromBody, ...hooks.beforeChange] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            {
              name: 'title',
              type: 'text',
              required: true,
              maxLength: 160,
              admin: { description: 'The headline, on the article and in the library.' },
            },
            {
              name: 'excerpt',
              type: 'textarea',
              maxLength: EXCERPT_MAX + 20,
              admin: {
                description:
                  'Shown under the title in the library, in search results and when shared. Until you write your own, it follows the first paragraph of the body; clear it to go back to that.',
              },
            },
            {
              name: 'contentNote',
              label: 'Content note',
              type: 'text',
              maxLength: 240,
              admin: {
                description:
                  'Optional, shown above the body for readers who need warning, e.g. "This article discusses infidelity and addiction."',
              },
            },
            {
              name: 'heroImage',
              label: 'Main image',
              type: 'upload',
              relationTo: 'media',
              admin: {
                description:
                  'Shown at the top of the article, and when it is shared unless the SEO tab names another image.',
              },
            },
            { name: 'body', type: 'richText', required: true, editor: articleEditor },
          ],
        },
        {
          label: 'Settings',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'author',
                  type: 'relationship',
                  relationTo: 'authors',
                  required: true,
                  admin: { width: '50%', description: 'Named under the title, with a link to their profile.' },
                },
                {
                  name: 'coAuthors',
                  label: 'Other authors',
                  type: 'relationship',
                  relationTo: 'authors',
                  hasMany: true,
                  admin: { width: '50%', description: 'Optional; named after the author.' },
                },
              ],
            },
            {
              name: 'topics',
              type: 'relationship',
              relationTo: 'topics',
              hasMany: true,
              index: true,
              admin: {
                description: 'Listed on the article; the library’s topic filter and topic pages show it under each.',
              },
            },
            {
              name: 'relatedArticles',
              label: 'Related articles',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              maxRows: 6,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              admin: {
                description:
                  'Shown at the end of the article. When empty, the site suggests articles that share topics.',
              },
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'publishedAt',
      label: 'Publication date',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description:
          'The date shown on the article. Filled in when it is first published; changing it does not schedule anything (to publish later, use the arrow next to Publish → Schedule).',
      },
    },
    {
      name: 'readingTime',
      label: 'Reading time (minutes)',
      type: 'number',
      min: 1,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Counted from the body; shown on the article and its card.',
      },
    },
    {
      name: 'createdBy',
      label: 'Started by',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ({ req }) => Boolean(req.user), create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The staff account that started it; an author can keep editing their own drafts.',
      },
    },
  ],
}
