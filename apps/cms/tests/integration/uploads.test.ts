import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'

import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BYTES } from '../../src/security/limits'
import { rest } from '../helpers/http'
import { createStaff, PNG_1PX, startPayload } from '../helpers/payload'

/** Uploads and request sizes (issue 15, point 6). */
let payload: Payload
let token: string

beforeAll(async () => {
  payload = await startPayload()
  await createStaff(payload)
  token = (await rest('POST', 'users/login', { body: { email: 'editor@test.dev', password: 'correct-horse-battery' } }))
    .body.token
})
afterAll(async () => {
  await payload.destroy()
})

/** A valid PNG that declares width x height but holds one row of data: a decompression bomb's header. */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const upload = (file: Buffer, name: string, type = 'image/png') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Test image' }))
  return rest('POST', 'media', { token, formData: form })
}

it('an image of 16000x16000 pixels is refused before it is decoded: 400 with the size', async () => {
  const bomb = pngDeclaring(16000, 16000)
  expect(bomb.length).toBeLessThan(100_000)
  const res = await upload(bomb, 'bomb.png')
  expect(res.status).toBe(400)
  expect(res.body.errors[0].message).toMatch(/16000×16000 pixels.*megapixels/)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
})

it('a file over the upload limit: 413', async () => {
  const big = Buffer.concat([PNG_1PX, Buffer.alloc(MAX_UPLOAD_BYTES + 1024)])
  const res = await upload(big, 'big.png')
  expect(res.status).toBe(413)
  expect(res.body.errors[0].message).toMatch(/too large/)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
})

it('a 20 MB JSON body: 413 before it is read', async () => {
  const huge = JSON.stringify({ title: 'x'.repeat(20 * 1024 * 1024) })
  const res = await rest('POST', 'articles', { token, rawBody: huge, headers: { 'content-type': 'application/json' } })
  expect(res.status).toBe(413)
  expect(res.body.errors[0].message).toMatch(/too large/)
  // Also without a Content-Length (a streamed body): counted while read.
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(32))
      controller.close()
    },
  })
  const { withRequestChecks } = await import('../../src/security/routeGuard')
  let reached = false
  const guarded = withRequestChecks(async () => {
    reached = true
    return new Response('{}')
  })
  const streamed = await guarded(
    new Request('http://localhost:3000/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit),
    undefined,
  )
  expect(streamed.status).toBe(413)
  expect(reached).toBe(false)
  expect(MAX_JSON_BODY_BYTES).toBeLessThan(20 * 1024 * 1024)
})

it('a normal image still uploads and is served; a missing file answers 404', async () => {
  const ok = await upload(PNG_1PX, 'pixel.png')
  expect(ok.status).toBe(201)
  const filename = ok.body.doc.filename as string
  expect((await rest('GET', `media/file/${filename}`)).status).toBe(200)

  expect((await rest('GET', 'media/file/never-uploaded.png')).status).toBe(404)
  fs.rmSync(path.join(process.env.MEDIA_DIR!, filename))
  const gone = await rest('GET', `media/file/${filename}`)
  expect(gone.status).toBe(404)
  expect(gone.body.errors[0].message).toMatch(/does not exist/)
})
