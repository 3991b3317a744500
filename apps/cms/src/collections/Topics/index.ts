import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../../access'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { withRenameRedirects } from '../../redirects/onRename'

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: 'Content' },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  defaultSort: 'title',
  // Embedded in articles, authors and services as links.
  defaultPopulate: { title: true, slug: true },
  hooks: withRenameRedirects('topics', announceChanges('topics')),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 80,
      admin: { description: 'The topic’s name in the library’s filter and on its topic page.' },
    },
    slugField('title'),
    {
      name: 'description',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'Optional; introduces the topic’s page in the library.' },
    },
  ],
}
