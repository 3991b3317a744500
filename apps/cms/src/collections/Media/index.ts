import path from 'node:path'

import { APIError, type CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin, isStaff } from '../../access'
import { announceChanges } from '../../hooks/announceChanges'
import { dataDir } from '../../settings'

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/** Images only, each with the alt text a screen reader needs, in the sizes the site renders. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', group: 'Content' },
  access: { read: anyone, create: isStaff, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    ...announceChanges('media'),
    beforeOperation: [
      ({ req, operation }) => {
        // Payload's own check answers with a terse message; say what is accepted.
        const file = req.file
        if ((operation === 'create' || operation === 'update') && file && !IMAGE_TYPES.includes(file.mimetype)) {
          throw new APIError(
            `"${file.name}" is not an image this site can show (got ${file.mimetype || 'an unknown type'}). Upload a JPEG, PNG, WebP, AVIF or GIF.`,
            400,
            undefined,
            true,
          )
        }
      },
    ],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || path.join(dataDir, 'media'),
    mimeTypes: IMAGE_TYPES,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: undefined },
      { name: 'hero', width: 1600, height: undefined },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      maxLength: 250,
      admin: { description: 'What the image shows, for people who cannot see it. Required.' },
    },
    { name: 'caption', type: 'text', maxLength: 300, admin: { description: 'Optional; shown under the image when it is placed in an article’s body.' } },
  ],
}
