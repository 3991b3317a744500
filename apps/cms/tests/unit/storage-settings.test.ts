import type { Config } from 'payload'

import { loadSettings } from '../../src/settings'
import { mediaStorage } from '../../src/storage'

/** Media go to object storage only when S3_BUCKET is set, and a half-done S3 setup stops the start with a message. */
const secret = 'x'.repeat(40)
const base = { NODE_ENV: 'test', PAYLOAD_SECRET: secret }
const s3 = {
  ...base,
  S3_BUCKET: 'practice-media',
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'secret',
}

const mediaOnly = (): Config =>
  ({
    collections: [{ slug: 'media', upload: { staticDir: '/tmp/media' }, fields: [{ name: 'alt', type: 'text' }] }],
  }) as unknown as Config

const mediaAfter = async (settings: ReturnType<typeof loadSettings>) => {
  const config = await mediaStorage(settings)(mediaOnly())
  return config.collections!.find((c) => c.slug === 'media')!
}
const fieldNames = (c: { fields: unknown[] }) => c.fields.map((f) => (f as { name?: string }).name)

describe('S3 settings', () => {
  it('keeps media on the local disk without S3_BUCKET', async () => {
    const media = await mediaAfter(loadSettings(base))
    expect((media.upload as { disableLocalStorage?: boolean }).disableLocalStorage).toBeFalsy()
  })

  it('moves media to the bucket when S3_BUCKET and its settings are set', async () => {
    const settings = loadSettings({ ...s3, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' })
    expect(settings.S3_FORCE_PATH_STYLE).toBe('true')
    const media = await mediaAfter(settings)
    expect((media.upload as { disableLocalStorage?: boolean }).disableLocalStorage).toBe(true)
  })

  it('gives the media collection the same fields either way, so the schema does not depend on the storage', async () => {
    const local = await mediaAfter(loadSettings(base))
    const bucket = await mediaAfter(loadSettings(s3))
    expect(fieldNames(local)).toEqual(fieldNames(bucket))
    expect(fieldNames(local)).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
  })

  it('needs a region with a bucket', () => {
    expect(() => loadSettings({ ...base, S3_BUCKET: 'practice-media' })).toThrow(/S3_REGION/)
  })

  it('needs both keys or neither', () => {
    expect(() => loadSettings({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/)
  })

  it('says so when S3 settings are set without a bucket', () => {
    expect(() => loadSettings({ ...base, S3_REGION: 'us-east-1' })).toThrow(/S3_BUCKET is not/)
  })

  it('rejects an endpoint that is not a URL, naming the variable', () => {
    expect(() => loadSettings({ ...s3, S3_ENDPOINT: 'minio' })).toThrow(/S3_ENDPOINT: must be a full URL/)
  })
})
