import type { CollectionConfig } from 'payload'

import { anyone, editorOrOwnProfile, isEditorOrAdmin, isEditorOrAdminField } from '../../access'
import { SESSION_FORMATS, US_STATES } from '../../fields/options'
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
  defaultPopulate: { name: true, slug: true, role: true, credentials: true, licensedIn: true, sessionFormats: true, photo: true },
  hooks: withRenameRedirects('authors', announceChanges('authors')),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    { name: 'role', type: 'text', maxLength: 120, admin: { description: 'For example "Founder, therapist and coach".' } },
    {
      name: 'credentials',
      type: 'array',
      labels: { singular: 'Credential', plural: 'Credentials' },
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'abbreviation', type: 'text', maxLength: 16, admin: { width: '25%', description: 'LPC, NCC… (optional)' } },
            { name: 'title', type: 'text', required: true, maxLength: 160, admin: { width: '75%' } },
          ],
        },
      ],
    },
    { name: 'licensedIn', label: 'States licensed in', type: 'select', hasMany: true, options: US_STATES },
    { name: 'sessionFormats', type: 'select', hasMany: true, options: SESSION_FORMATS },
    { name: 'bio', type: 'richText' },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'specialties', type: 'relationship', relationTo: 'topics', hasMany: true },
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
