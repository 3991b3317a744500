import type { IncomingMessage } from 'node:http'

/**
 * A request body read with a cap: a form or JSON appointment request is a few kilobytes, so a
 * larger one is refused (413) as soon as its Content-Length, or the bytes read so far, pass the
 * cap, never buffered whole. The body is then parsed by its type: JSON (an object),
 * application/x-www-form-urlencoded or multipart/form-data (with the web platform's own
 * parser); anything unreadable is a 400 a person can understand.
 */
export const MAX_INQUIRY_BODY_BYTES = 32 * 1024

export type BodyResult =
  { ok: true; body: FormData | Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; message: string }

export const BODY_MESSAGES = {
  tooLarge:
    'This request is too large to be an appointment request, so it was not sent. Please shorten the note and try again.',
  unreadable: 'This request could not be read, so it was not sent. Send it as a form or as a JSON object.',
  wrongType:
    'Send the request as a form (application/x-www-form-urlencoded or multipart/form-data) or as a JSON object.',
}

export function readCappedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) return void chunks.push(chunk)
      // Stop reading (the socket stays open so the 413 can be sent; Node closes it after).
      stop()
      req.pause()
      resolve(null)
    }
    const onEnd = () => {
      stop()
      resolve(Buffer.concat(chunks))
    }
    const onError = (err: Error) => {
      stop()
      reject(err)
    }
    req.on('data', onData).on('end', onEnd).on('error', onError)
  })
}

export async function readInquiryBody(req: IncomingMessage, maxBytes = MAX_INQUIRY_BODY_BYTES): Promise<BodyResult> {
  const contentType = String(req.headers['content-type'] ?? '')
  const type = contentType.toLowerCase()
  const kind = type.startsWith('application/json')
    ? 'json'
    : type.startsWith('application/x-www-form-urlencoded')
      ? 'urlencoded'
      : type.startsWith('multipart/form-data')
        ? 'multipart'
        : null
  if (!kind) return { ok: false, status: 415, message: BODY_MESSAGES.wrongType }
  let bytes: Buffer | null
  try {
    bytes = await readCappedBody(req, maxBytes)
  } catch {
    return { ok: false, status: 400, message: BODY_MESSAGES.unreadable } // the client went away mid-body
  }
  if (!bytes) return { ok: false, status: 413, message: BODY_MESSAGES.tooLarge }
  try {
    if (kind === 'json') {
      const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
      return { ok: true, body: parsed as Record<string, unknown> }
    }
    const body = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData()
    return { ok: true, body }
  } catch {
    return { ok: false, status: 400, message: BODY_MESSAGES.unreadable }
  }
}
