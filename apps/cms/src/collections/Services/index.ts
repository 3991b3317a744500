import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, publishedOrStaff } from '../../access'
import { AUDIENCES, SESSION_FORMATS } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { withRenameRedirects } from '../../redirects/onRename'
import { previewFor } from '../../preview'

/** What the practice offers. Unknown facts (fee, length, insurance) stay empty and the site hides them. */
export const Services: CollectionConfig = {
  slug: 'services',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'audience', 'displayOrder', '_status'], group: 'Content', preview: previewFor('services') },
  access: { read: publishedOrStaff, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  defaultSort: 'displayOrder',
  versions: { drafts: { autosave: { interval: 1500 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: withRenameRedirects('services', announceChanges('services')),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField('title'),
    { name: 'summary', type: 'textarea', required: true, maxLength: 400 },
    { name: 'description', type: 'richText' },
    { name: 'audience', type: 'select', hasMany: true, required: true, options: AUDIENCES },
    { name: 'formats', type: 'select', hasMany: true, options: SESSION_FORMATS },
    { name: 'sessionLength', type: 'text', maxLength: 60, admin: { description: 'Optional, for example "50 minutes".' } },
    { name: 'fee', type: 'text', maxLength: 120, admin: { description: 'Optional. Leave empty rather than guess.' } },
    { name: 'insuranceNote', type: 'textarea', maxLength: 600 },
    { name: 'providers', type: 'relationship', relationTo: 'authors', hasMany: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    {
      name: 'faqs',
      label: 'FAQs',
      type: 'array',
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 200 },
        { name: 'answer', type: 'textarea', required: true, maxLength: 2000 },
      ],
    },
    { name: 'displayOrder', type: 'number', defaultValue: 100, admin: { position: 'sidebar', description: 'Lower comes first.' } },
  ],
}
