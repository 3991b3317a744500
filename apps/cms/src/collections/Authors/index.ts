import type { CollectionConfig } from 'payload'

import { SESSION_FORMATS, US_STATES } from '@resilient-mind/content'

import { anyone, editorOrOwnProfile, isEditorOrAdmin, isEditorOrAdminField } from '../../access'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { withRenameRedirects } from '../../redirects/onRename'

/** The clinicians and coaches who write and practise; shown on articles, services and their own page. */
export const Authors: CollectionConfig = {
  slug: 'authors',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'slug'], group: 'Content' },
  access: { read: anyone, create: isEditorOrAdmin, update: editorOrOwnProfile, delete: isEditorOrAdmin },
  defaultSort: 'name',
  // Embedded in articles and services: what an author card shows (the bio is on the author's own page).
  defaultPopulate: {
    name: true,
    slug: true,
    role: true,
    credentials: true,
    licensedIn: true,
    sessionFormats: true,
    photo: true,
  },
  hooks: withRenameRedirects('authors', announceChanges('authors')),
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Profile',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              maxLength: 120,
              admin: { description: 'As it appears on articles, services and the profile page.' },
            },
            {
              name: 'role',
              type: 'text',
              maxLength: 120,
              admin: { description: 'Under the name, for example "Founder, therapist and coach".' },
            },
            {
              name: 'photo',
              type: 'upload',
              relationTo: 'media',
              admin: { description: 'On the profile page and on author cards; also used when the profile is shared.' },
            },
            {
              name: 'bio',
              label: 'Biography',
              type: 'richText',
              admin: { description: 'The profile page’s main text.' },
            },
          ],
        },
        {
          label: 'Credentials & practice',
          fields: [
            {
              name: 'credentials',
              type: 'array',
              labels: { singular: 'Credential', plural: 'Credentials' },
              admin: {
                initCollapsed: true,
                description: 'Listed on the profile page; the abbreviations also follow the name on author cards.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'abbreviation',
                      type: 'text',
                      maxLength: 16,
                      admin: { width: '25%', description: 'LPC, NCC… (optional)' },
                    },
                    { name: 'title', type: 'text', required: true, maxLength: 160, admin: { width: '75%' } },
                  ],
                },
              ],
            },
            {
              name: 'licensedIn',
              label: 'States licensed in',
              type: 'select',
              hasMany: true,
              options: US_STATES,
              admin: { description: 'On the profile page and author cards: where this person may see clients.' },
            },
            {
              name: 'sessionFormats',
              label: 'Session formats',
              type: 'select',
              hasMany: true,
              options: SESSION_FORMATS,
              admin: { description: 'How this person meets clients; on the profile page and author cards.' },
            },
            {
              name: 'specialties',
              type: 'relationship',
              relationTo: 'topics',
              hasMany: true,
              admin: { description: 'Topics listed on the profile page.' },
            },
          ],
        },
      ],
    },
    slugField('name'),
    {
      name: 'user',
      label: 'Staff account',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      access: { update: isEditorOrAdminField, create: isEditorOrAdminField },
      admin: { position: 'sidebar', description: 'Lets this person edit their own profile.' },
    },
  ],
}
