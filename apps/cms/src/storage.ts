import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Settings } from './settings'

/**
 * Media in S3-compatible object storage when S3_BUCKET is set; on the local disk (MEDIA_DIR)
 * otherwise. The storage fields are inserted either way so that the schema, the generated
 * types and the SQLite migrations do not depend on where the files live.
 */
export function mediaStorage(settings: Settings): Plugin {
  const bucket = settings.S3_BUCKET
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    // A prefix (even an empty one) keeps the `prefix` field in the schema when the bucket is on, as alwaysInsertFields does when it is off.
    collections: { media: { prefix: settings.S3_PREFIX ?? '' } },
    bucket: bucket ?? '',
    config: {
      region: settings.S3_REGION,
      endpoint: settings.S3_ENDPOINT,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE === 'true',
      credentials:
        settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY }
          : undefined,
    },
  })
}
