import type { CollectionConfig } from 'payload'

import { editorOrOwnArticle, isEditorOrAdmin, isStaff, publishedOrStaff } from '../../access'
import { isAdminField } from '../../access'
import { articleEditor } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { previewFor } from '../../preview'
import { redirectOnRename } from '../../redirects/onRename'
import { deriveFromBody, EXCERPT_MAX } from './hooks/deriveFromBody'
import { editorialRules } from './hooks/editorialRules'

const announce = announceChanges('articles')
const redirect = redirectOnRename('articles')

/** The resource library. Authors draft; editors publish, now or on a schedule. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', '_status', 'publishedAt'],
    group: 'Content',
    preview: previewFor('articles'),
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
  defaultPopulate: { title: true, slug: true, excerpt: true, publishedAt: true, readingTime: true, author: true, _status: true },
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [editorialRules, deriveFromBody, ...announce.beforeChange, ...redirect.beforeChange],
    afterChange: [...announce.afterChange, ...redirect.afterChange],
    beforeDelete: [...announce.beforeDelete, ...redirect.beforeDelete],
    afterDelete: announce.afterDelete,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField('title'),
    {
      name: 'excerpt',
      type: 'textarea',
      maxLength: EXCERPT_MAX + 20,
      admin: { description: 'Shown in lists and search results. Left empty, it is taken from the first paragraph.' },
    },
    {
      name: 'contentNote',
      type: 'text',
      maxLength: 240,
      admin: { description: 'Optional, shown before the body, e.g. "This article discusses infidelity and addiction."' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', required: true, editor: articleEditor },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'relationship', relationTo: 'authors', required: true, admin: { width: '50%' } },
        { name: 'coAuthors', type: 'relationship', relationTo: 'authors', hasMany: true, admin: { width: '50%' } },
      ],
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, index: true },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { description: 'Chosen by hand. When empty, the site suggests articles that share topics.' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Set on first publication.' },
    },
    {
      name: 'readingTime',
      label: 'Reading time (minutes)',
      type: 'number',
      min: 1,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ({ req }) => Boolean(req.user), create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
