import type { CollectionConfig } from 'payload'

import { SESSION_FORMATS } from '@resilient-mind/content'

import { canSubmitInquiry, isAdmin, isAdminField } from '../../access'
import { queueNotification } from './hooks/queueNotification'

/**
 * Appointment requests from the website. Personal data: admins only, over every API, and
 * deleted after the retention period (INQUIRY_RETENTION_DAYS). The form asks for the minimum
 * on purpose. The website submits with an API key of a user whose role is "intake".
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'status', 'createdAt'], group: 'Inbox' },
  access: { read: isAdmin, create: canSubmitInquiry, update: isAdmin, delete: isAdmin },
  defaultSort: '-createdAt',
  hooks: { afterChange: [queueNotification] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'As the person gave it on the request form.' },
    },
    { name: 'email', type: 'email', required: true },
    { name: 'phone', type: 'text', maxLength: 40, admin: { description: 'Optional on the form.' } },
    {
      name: 'preferredContact',
      label: 'Prefers to be contacted by',
      type: 'select',
      defaultValue: 'email',
      options: [
        { label: 'Email', value: 'email' },
        { label: 'Phone', value: 'phone' },
      ],
    },
    { name: 'service', label: 'Service asked about', type: 'relationship', relationTo: 'services' },
    {
      name: 'sessionFormat',
      label: 'Session format wanted',
      type: 'select',
      options: [...SESSION_FORMATS, { label: 'Either', value: 'either' }],
    },
    { name: 'note', label: 'Their note', type: 'textarea', maxLength: 500 },
    {
      name: 'consent',
      label: 'Agreed to be contacted',
      type: 'checkbox',
      required: true,
      validate: (value: unknown) => (value === true ? true : 'Consent to be contacted is required.'),
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      access: { create: isAdminField, update: isAdminField },
      options: [
        { label: 'New', value: 'new' },
        { label: 'Contacted', value: 'contacted' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { position: 'sidebar', description: 'Where this request stands; the dashboard counts the new ones.' },
    },
    {
      name: 'notification',
      label: 'Email to the practice',
      type: 'group',
      // Written by the notification job only.
      access: { create: () => false, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'pending',
          options: [
            { label: 'Pending', value: 'pending' },
            { label: 'Sent', value: 'sent' },
            { label: 'Not sent: no mail server configured', value: 'logged' },
            { label: 'Failed (see error)', value: 'failed' },
          ],
        },
        { name: 'attempts', type: 'number', defaultValue: 0 },
        { name: 'lastError', type: 'text' },
        { name: 'lastAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
