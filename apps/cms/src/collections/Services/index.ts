import type { CollectionConfig } from 'payload'

import { AUDIENCES, SESSION_FORMATS } from '@resilient-mind/content'

import { isEditorOrAdmin, isStaff, publishedOrStaff } from '../../access'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { withRenameRedirects } from '../../redirects/onRename'
import { previewFor } from '../../preview'

/** What the practice offers. Unknown facts (fee, length, insurance) stay empty and the site hides them. */
export const Services: CollectionConfig = {
  slug: 'services',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'displayOrder', '_status'],
    group: 'Content',
    preview: previewFor('services'),
    components: { edit: { beforeDocumentControls: ['/admin/components/UnsavedNewDocument#UnsavedNewDocument'] } },
  },
  // Versions hold unpublished drafts: staff only, as for articles.
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
    readVersions: isStaff,
  },
  defaultSort: 'displayOrder',
  // validate: "Create new" makes nothing until the first Save draft or Publish (see Articles).
  versions: { drafts: { autosave: { interval: 1500 }, schedulePublish: true, validate: true }, maxPerDoc: 50 },
  hooks: withRenameRedirects('services', announceChanges('services')),
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
              maxLength: 120,
              admin: { description: 'The service’s name, on its page and in the services list.' },
            },
            {
              name: 'summary',
              type: 'textarea',
              required: true,
              maxLength: 400,
              admin: { description: 'One or two sentences, shown in the services list and under the title.' },
            },
            {
              name: 'description',
              type: 'richText',
              admin: { description: 'The full description on the service’s page.' },
            },
            {
              name: 'faqs',
              label: 'Questions and answers',
              labels: { singular: 'Question', plural: 'Questions' },
              type: 'array',
              admin: { description: 'Shown under “Questions” on the service’s page.' },
              fields: [
                { name: 'question', type: 'text', required: true, maxLength: 200 },
                { name: 'answer', type: 'textarea', required: true, maxLength: 2000 },
              ],
            },
          ],
        },
        {
          label: 'Settings',
          fields: [
            {
              name: 'audience',
              label: 'Who it is for',
              type: 'select',
              hasMany: true,
              required: true,
              options: AUDIENCES,
              admin: { description: 'Shown on the service’s page and in the services list (“For couples…”).' },
            },
            {
              name: 'formats',
              label: 'Session formats',
              type: 'select',
              hasMany: true,
              options: SESSION_FORMATS,
              admin: { description: 'In person, online… shown on the service’s page.' },
            },
            {
              name: 'sessionLength',
              label: 'Session length',
              type: 'text',
              maxLength: 60,
              admin: { description: 'Optional, for example "50 minutes". Hidden on the site when empty.' },
            },
            {
              name: 'fee',
              type: 'text',
              maxLength: 120,
              admin: { description: 'Optional. Leave empty rather than guess; hidden on the site when empty.' },
            },
            {
              name: 'insuranceNote',
              label: 'Insurance note',
              type: 'textarea',
              maxLength: 600,
              admin: { description: 'Optional, shown on the service’s page under the fee; hidden when empty.' },
            },
            {
              name: 'providers',
              label: 'Who offers it',
              type: 'relationship',
              relationTo: 'authors',
              hasMany: true,
              admin: { description: 'Shown as “Your therapist” cards on the service’s page.' },
            },
            {
              name: 'topics',
              type: 'relationship',
              relationTo: 'topics',
              hasMany: true,
              admin: {
                description: 'Listed on the service’s page, with a link to the library’s articles on the first topic.',
              },
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'displayOrder',
      label: 'Order in the list',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Lower numbers come first in the services list.' },
    },
  ],
}
