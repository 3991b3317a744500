import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { type CollectionConfig, type UploadConfig } from 'payload'

import { anyone, isEditorOrAdmin, isStaff } from '../../access'
import { announceChanges } from '../../hooks/announceChanges'
import { dataDir, settings } from '../../settings'
import { MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES, megabytes } from '../../security/limits'
import { RequestError } from '../../security/errors'

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']
const staticDir = process.env.MEDIA_DIR || path.join(dataDir, 'media')

/** Payload answers 500 for a file that is missing on disk; it is a 404 (local storage only). */
const missingFileIsNotFound: NonNullable<UploadConfig['handlers']>[number] = (_req, { params }) => {
  const file = path.resolve(staticDir, params.filename)
  if (!file.startsWith(path.resolve(staticDir) + path.sep) || !fs.existsSync(file)) {
    return Response.json({ errors: [{ message: 'This file does not exist.' }] }, { status: 404 })
  }
  // Otherwise Payload serves the file.
}

/** Reads only the image header: the decoded size must stay under MAX_IMAGE_PIXELS. */
async function checkImageSize(file: { data: Buffer; name: string; size: number }) {
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new RequestError(`"${file.name}" is larger than ${megabytes(MAX_UPLOAD_BYTES)}. Upload a smaller image.`, 413)
  }
  let width = 0
  let height = 0
  try {
    ;({ width = 0, height = 0 } = await sharp(file.data).metadata())
  } catch {
    throw new RequestError(`"${file.name}" could not be read as an image. Upload a JPEG, PNG, WebP, AVIF or GIF.`, 400)
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new RequestError(
      `"${file.name}" is ${width}×${height} pixels; images may have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Resize it (e.g. to 4000 pixels wide) and upload again.`,
      400,
    )
  }
}

/** Images only, each with the alt text a screen reader needs, in the sizes the site renders. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', group: 'Content' },
  access: { read: anyone, create: isStaff, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    ...announceChanges('media'),
    beforeOperation: [
      async ({ req, operation }) => {
        // Payload's own check answers with a terse message; say what is accepted.
        const file = req.file
        if ((operation === 'create' || operation === 'update') && file && !IMAGE_TYPES.includes(file.mimetype)) {
          throw new RequestError(
            `"${file.name}" is not an image this site can show (got ${file.mimetype || 'an unknown type'}). Upload a JPEG, PNG, WebP, AVIF or GIF.`,
            400,
          )
        }
        if ((operation === 'create' || operation === 'update') && file) await checkImageSize(file)
      },
    ],
  },
  upload: {
    staticDir,
    handlers: settings.S3_BUCKET ? [] : [missingFileIsNotFound],
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
    {
      name: 'caption',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Optional; shown under the image when it is placed in an article’s body.' },
    },
  ],
}
