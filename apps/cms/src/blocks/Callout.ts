import type { Block } from 'payload'

/** A highlighted aside inside an article: a gentle note, a tip, or a safety message. */
export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      defaultValue: 'note',
      required: true,
      options: [
        { label: 'Note', value: 'note' },
        { label: 'Tip', value: 'tip' },
        { label: 'Safety', value: 'safety' },
      ],
    },
    { name: 'title', type: 'text', maxLength: 120 },
    { name: 'body', type: 'textarea', required: true, maxLength: 1200 },
  ],
}
