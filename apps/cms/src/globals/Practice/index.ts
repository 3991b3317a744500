import type { GlobalConfig } from 'payload'

import { AUDIENCES, DEFAULT_CRISIS_NOTICE, SESSION_FORMATS, US_STATES } from '@resilient-mind/content'

import { anyone, isEditorOrAdmin, isStaff } from '../../access'
import { linkFields } from '../../fields/link'
import { announcePractice } from '../../hooks/announceChanges'
import { settings } from '../../settings'

/** Facts about the practice itself. Empty fields (address, phone, fees) are hidden by the site. */
export const Practice: GlobalConfig = {
  slug: 'practice',
  label: 'Practice',
  admin: {
    group: 'Settings',
    description:
      'Facts about the practice that every page of the website shows: name, contact, safety notices and menu.',
  },
  access: { read: anyone, update: isEditorOrAdmin, readVersions: isStaff },
  // The history of the crisis notice and the legal texts: who changed what, and when. (Without
  // versions, GET /api/globals/practice/versions answered 500.)
  versions: { max: 50 },
  hooks: { afterChange: [announcePractice] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'About',
          fields: [
            {
              name: 'name',
              label: 'Practice name',
              type: 'text',
              required: true,
              maxLength: 120,
              admin: {
                description: 'In the website’s header and footer, every page title and this admin’s login page.',
              },
            },
            {
              name: 'tagline',
              type: 'text',
              maxLength: 200,
              admin: {
                description: 'A short line under the name in the header; also the home page’s search description.',
              },
            },
            {
              name: 'region',
              type: 'text',
              maxLength: 120,
              admin: { description: 'Where clients are served, e.g. "Texas"; in the footer and the home page.' },
            },
            {
              name: 'sessionFormats',
              label: 'Session formats',
              type: 'select',
              hasMany: true,
              options: SESSION_FORMATS,
              admin: { description: 'How the practice meets clients; in the footer and the home page.' },
            },
            {
              name: 'clients',
              label: 'Works with',
              type: 'select',
              hasMany: true,
              options: AUDIENCES,
              admin: { description: 'Shown on the home page.' },
            },
            {
              name: 'licensedIn',
              label: 'States licensed in',
              type: 'select',
              hasMany: true,
              options: US_STATES,
              admin: { description: 'Shown on the home page.' },
            },
            {
              name: 'telehealthNote',
              label: 'Online sessions note',
              type: 'textarea',
              maxLength: 600,
              admin: { description: 'Optional; shown on the home page.' },
            },
          ],
        },
        {
          label: 'Contact',
          fields: [
            {
              name: 'contact',
              label: 'Contact details',
              type: 'group',
              admin: { description: 'Shown in the footer of every page; leave empty to hide.' },
              fields: [
                { name: 'email', type: 'email' },
                { name: 'phone', type: 'text', maxLength: 40 },
              ],
            },
            {
              name: 'locations',
              label: 'Offices',
              labels: { singular: 'Office', plural: 'Offices' },
              type: 'array',
              admin: { description: 'Kept for the practice’s records; the website does not show these yet.' },
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
            {
              name: 'crisisNotice',
              label: 'Crisis notice (on every page)',
              type: 'text',
              required: true,
              maxLength: 300,
              defaultValue: DEFAULT_CRISIS_NOTICE,
              admin: {
                description:
                  'The line at the top of every page telling someone in crisis where to get help now. Keep the 988 and 911 numbers.',
              },
            },
            {
              name: 'quickExitUrl',
              label: 'Quick exit goes to',
              type: 'text',
              defaultValue: 'https://www.weather.gov/',
              admin: {
                description:
                  'Every page has a “Quick exit” button (or Escape pressed twice) for a visitor who must hide what they are reading; it opens this neutral site in its place.',
              },
              validate: (v: unknown) =>
                !v || (typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v))
                  ? true
                  : 'Enter a full address starting with https://',
            },
            {
              name: 'inquiryRetentionDays',
              label: 'Appointment requests are deleted after (days)',
              type: 'number',
              virtual: true,
              admin: {
                readOnly: true,
                description: 'Set by the INQUIRY_RETENTION_DAYS setting; the privacy notice states it.',
              },
              hooks: { afterRead: [() => settings.INQUIRY_RETENTION_DAYS] },
            },
            {
              name: 'legal',
              label: 'Legal notices',
              type: 'group',
              admin: { description: 'Each has its own page on the website, linked from the footer.' },
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
              admin: {
                description:
                  'The links at the top of every page, in this order. A link to a page that is not published yet is left out until it is.',
              },
              fields: [{ name: 'label', type: 'text', required: true, maxLength: 40 }, ...linkFields()],
            },
            {
              name: 'footerLinks',
              label: 'Footer links',
              type: 'array',
              maxRows: 12,
              labels: { singular: 'Link', plural: 'Links' },
              admin: {
                description: 'Links at the bottom of every page, before the legal notices (which are always there).',
              },
              fields: [{ name: 'label', type: 'text', required: true, maxLength: 40 }, ...linkFields()],
            },
          ],
        },
      ],
    },
  ],
}
