import type { NextApiRequest, NextApiResponse } from 'next'

import { receiveInquiry } from '@/inquiry/receive'

/**
 * POST /api/inquiries: an appointment request as a plain HTTP endpoint, JSON or form bodies in,
 * status codes that say what happened (201 stored, 400 with a message per field, 403 from
 * another site, 413 too large, 415 another type, 429 with Retry-After, 503 when the CMS cannot
 * take it). A Pages Router API route because its `req` has the socket, whose address the rate
 * limit needs (an App Router route handler has no documented way to it).
 */
export const config = { api: { bodyParser: false } } // receiveInquiry reads the body, with a cap

export default async function inquiries(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('cache-control', 'no-store')
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST')
    return res.status(405).json({ message: 'Send an appointment request with POST.' })
  }
  const result = await receiveInquiry(req)
  if (result.ok) return res.status(201).json({ message: 'Thank you. Your request was sent.' })
  if (result.retryAfterSeconds) res.setHeader('retry-after', String(result.retryAfterSeconds))
  return res.status(result.status).json({ message: result.message, errors: result.errors })
}
