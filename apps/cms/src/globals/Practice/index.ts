import type { GlobalConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../../access'
import { linkFields } from '../../fields/link'
import { AUDIENCES, SESSION_FORMATS, US_STATES } from '../../fields/options'
import { announcePractice } from '../../hooks/announceChanges'
import { settings } from '../../settings'

export const DEFAULT_CRISIS_NOTICE =
  'If you are in crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911.'

/** Facts about the practice itself. Empty fields (address, phone, fees) are hidden by the site. */
export const Practice: GlobalConfig = {
  slug: 'practice',
  label: 'Practice',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [announcePractice] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'About',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 120 },
            { name: 'tagline', type: 'text', maxLength: 200 },
            { name: 'region', type: 'text', maxLength: 120, admin: { description: 'Where clients are served, e.g. "Texas".' } },
            { name: 'sessionFormats', type: 'select', hasMany: true, options: SESSION_FORMATS },
            { name: 'clients', label: 'Works with', type: 'select', hasMany: true, options: AUDIENCES },
            { name: 'licensedIn', label: 'States licensed in', type: 'select', hasMany: true, options: US_STATES },
            { name: 'telehealthNote', type: 'textarea', maxLength: 600 },
          ],
        },
        {
          label: 'Contact',
          fields: [
            {
              name: 'contact',
              type: 'group',
              fields: [
                { name: 'email', type: 'email' },
                { name: 'phone', type: 'text', maxLength: 40 },
              ],
            },
            {
              name: 'locations',
              type: 'array',
              fields: [
                { name: 'name', type: 'text', required: true, maxLength: 120 },
                { name: 'address', type: 'textarea', maxLength: 300 },
                { name: 'notes', type: 'text', maxLength: 200 },
              ],
            },
          ],
        },
        {
          label: 'Safety & legal',
          fields: [
            { name: 'crisisNotice', type: 'text', required: true, maxLength: 300, defaultValue: DEFAULT_CRISIS_NOTICE },
            {
              name: 'quickExitUrl',
              type: 'text',
              defaultValue: 'https://www.weather.gov/',
              admin: { description: 'The neutral site the quick-exit control opens.' },
              validate: (v: unknown) =>
                !v || (typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v)) ? true : 'Enter a full address starting with https://',
            },
            {
              name: 'inquiryRetentionDays',
              label: 'Appointment requests are deleted after (days)',
              type: 'number',
              virtual: true,
              admin: { readOnly: true, description: 'Set by the INQUIRY_RETENTION_DAYS setting; the privacy notice states it.' },
              hooks: { afterRead: [() => settings.INQUIRY_RETENTION_DAYS] },
            },
            {
              name: 'legal',
              type: 'group',
              fields: [
                { name: 'goodFaithEstimate', label: 'Good Faith Estimate notice', type: 'richText' },
                { name: 'complaints', label: 'How to file a complaint', type: 'richText' },
                { name: 'privacy', label: 'Privacy notice', type: 'richText' },
              ],
            },
          ],
        },
        {
          label: 'Navigation',
          fields: [
            {
              name: 'navigation',
              label: 'Main navigation',
              type: 'array',
              maxRows: 8,
              labels: { singular: 'Link', plural: 'Links' },
              admin: { description: 'The links at the top of every page, in this order. A link to a page that is not published yet is left out until it is.' },
              fields: [{ name: 'label', type: 'text', required: true, maxLength: 40 }, ...linkFields()],
            },
            {
              name: 'footerLinks',
              label: 'Footer links',
              type: 'array',
              maxRows: 12,
              labels: { singular: 'Link', plural: 'Links' },
              admin: { description: 'Links at the bottom of every page, before the legal notices (which are always there).' },
              fields: [{ name: 'label', type: 'text', required: true, maxLength: 40 }, ...linkFields()],
            },
          ],
        },
      ],
    },
  ],
}
