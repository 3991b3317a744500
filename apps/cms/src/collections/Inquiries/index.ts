import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { SESSION_FORMATS } from '../../fields/options'

/**
 * Appointment requests from the website. Personal data: admins only, over every API, and
 * deleted after the retention period. The form asks for the minimum on purpose.
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'status', 'createdAt'], group: 'Inbox' },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'email', type: 'email', required: true },
    { name: 'phone', type: 'text', maxLength: 40 },
    {
      name: 'preferredContact',
      type: 'select',
      defaultValue: 'email',
      options: [
        { label: 'Email', value: 'email' },
        { label: 'Phone', value: 'phone' },
      ],
    },
    { name: 'service', type: 'relationship', relationTo: 'services' },
    { name: 'sessionFormat', type: 'select', options: [...SESSION_FORMATS, { label: 'Either', value: 'either' }] },
    { name: 'note', type: 'textarea', maxLength: 500 },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      validate: (value: unknown) => (value === true ? true : 'Consent to be contacted is required.'),
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      options: [
        { label: 'New', value: 'new' },
        { label: 'Contacted', value: 'contacted' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
